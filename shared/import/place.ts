// Reporting lines of imported posts: each post's manager found by reference (or title), and every
// post that cannot be placed (missing manager, self-report, loop, a second top) put under one
// "Unplaced" holding card with a line of the report saying why.
import type { PlannedPost, ReportItem } from './types';
import { norm, refWithoutZeros, rowList } from './values';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface Link {
  /** The manager's reference as the file gives it; '' when none. */
  managerRef: string;
  /** The manager's job title, when the file names managers by title. */
  managerTitle: string;
  /** The file marks this post as the top ("XX" in an organogram). */
  top: boolean;
  /** The layout requires a manager unless `top`: a blank one cannot be placed. */
  required: boolean;
}

export interface PlaceOptions {
  /** Whether the file says who reports to whom at all; without it every post sits at the top. */
  hasManagers: boolean;
  /** Posts whose references the file lists but which are gone ("Eliminated"), with their own manager. */
  removed: ReadonlyMap<string, { managerRef: string; row: number }>;
  /** The manager column's heading, for messages ("Reports to Senior Post"). */
  managerColumn: Record<'main' | 'junior', string>;
  topMarker: string | null;
}

export const UNPLACED_TITLE = 'Unplaced';

export function describePost(p: Pick<PlannedPost, 'ref' | 'title'>): string {
  return p.ref ? `${p.ref} "${p.title}"` : `"${p.title}"`;
}

function listText(items: readonly string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function rowsText(rows: readonly number[]): string {
  const t = rowList(rows);
  return t[0]!.toUpperCase() + t.slice(1);
}

/**
 * Sets `manager` on every post. Posts that cannot be placed go under a holding card appended to
 * `posts`; returns the report lines.
 */
export function placePosts(posts: PlannedPost[], links: ReadonlyMap<number, Link>, options: PlaceOptions): ReportItem[] {
  const report: ReportItem[] = [];
  const byKey = new Map(posts.map((p) => [p.key, p]));
  const refIndex = new Map<string, number>();
  const zeroIndex = new Map<string, number[]>();
  const titleIndex = new Map<string, number[]>();
  for (const p of posts) {
    if (p.kind !== 'post') continue;
    if (p.ref && p.ref !== '0') {
      if (!refIndex.has(p.ref)) refIndex.set(p.ref, p.key);
      const z = refWithoutZeros(p.ref);
      if (z !== null) push(zeroIndex, z, p.key);
    }
    push(titleIndex, norm(p.title), p.key);
  }
  const unplaced = new Set<number>();
  const manager = new Map<number, number | null>();
  // Lines about posts moved under Unplaced end by saying how many posts came with them, once known.
  const withBelow = new Map<ReportItem, number>();
  const unplace = (p: PlannedPost, item: Omit<ReportItem, 'role'>) => {
    unplaced.add(p.key);
    const full = { ...item, role: p.role };
    report.push(full);
    withBelow.set(full, p.key);
  };

  const findRef = (ref: string): { key: number; viaZeros: boolean } | null => {
    const exact = refIndex.get(ref);
    if (exact !== undefined) return { key: exact, viaZeros: false };
    const z = refWithoutZeros(ref);
    const candidates = z === null ? [] : (zeroIndex.get(z) ?? []);
    return candidates.length === 1 ? { key: candidates[0]!, viaZeros: true } : null;
  };

  for (const p of posts) {
    if (p.kind === 'holding') continue;
    const link = links.get(p.key);
    const row = p.rows[0]!;
    if (link && link.required && !link.top && link.managerRef === '') {
      unplace(p, {
        severity: 'error',
        code: 'missing-manager',
        rows: [row],
        message: `${rowsText([row])}: ${describePost(p)} has no ${options.managerColumn[p.role]}. It was placed under "${UNPLACED_TITLE}"`,
      });
      continue;
    }
    if (!link || link.top || (link.managerRef === '' && link.managerTitle === '')) {
      manager.set(p.key, null);
      continue;
    }
    if (link.managerRef !== '') {
      let ref = link.managerRef;
      if (p.ref && ref === p.ref && p.kind === 'post') {
        unplace(p, {
          severity: 'error',
          code: 'self-report',
          rows: [row],
          message: `${rowsText([row])}: ${describePost(p)} reports to itself (${options.managerColumn[p.role]} is its own reference). It was placed under "${UNPLACED_TITLE}"`,
        });
        continue;
      }
      // A manager that the file marks as gone: the post moves up to the nearest manager still there.
      const skipped: string[] = [];
      while (options.removed.has(ref) && skipped.length < 100) {
        skipped.push(ref);
        ref = options.removed.get(ref)!.managerRef;
      }
      if (skipped.length > 0) {
        const atTop = options.topMarker !== null && ref.toUpperCase() === options.topMarker;
        const found = atTop ? null : findRef(ref);
        if (atTop || found) {
          manager.set(p.key, found ? found.key : null);
          const to = found ? describePost(byKey.get(found.key)!) : 'the top of the structure';
          report.push({
            severity: 'warning',
            code: 'manager-eliminated',
            role: p.role,
            rows: [row],
            message: `${rowsText([row])}: ${describePost(p)} reports to ${skipped[0]}, which the file marks as eliminated, so it was placed under ${to}.`,
          });
          continue;
        }
      }
      const found = findRef(ref);
      if (found) {
        manager.set(p.key, found.key);
        if (found.viaZeros) {
          const m = byKey.get(found.key)!;
          report.push({
            severity: 'info',
            code: 'ref-leading-zeros',
            role: p.role,
            rows: [row],
            message: `${rowsText([row])}: ${describePost(p)} reports to "${ref}", taken to be ${describePost(m)} (the same number with its leading zeros written differently).`,
          });
        }
        continue;
      }
      unplace(p, {
        severity: 'error',
        code: 'missing-manager',
        rows: [row],
        message: `${rowsText([row])}: ${describePost(p)} reports to "${link.managerRef}", which is not a post in the file. It was placed under "${UNPLACED_TITLE}"`,
      });
      continue;
    }
    const candidates = (titleIndex.get(norm(link.managerTitle)) ?? []).filter((k) => k !== p.key);
    if (candidates.length === 1) manager.set(p.key, candidates[0]!);
    else if (candidates.length === 0)
      unplace(p, {
        severity: 'error',
        code: 'missing-manager',
        rows: [row],
        message: `${rowsText([row])}: ${describePost(p)} reports to "${link.managerTitle}", but no post in the file has that title. It was placed under "${UNPLACED_TITLE}"`,
      });
    else
      unplace(p, {
        severity: 'error',
        code: 'ambiguous-manager',
        rows: [row],
        message: `${rowsText([row])}: ${describePost(p)} reports to "${link.managerTitle}", a title ${candidates.length} posts share (${rowList(candidates.map((k) => byKey.get(k)!.rows[0]!))}). It was placed under "${UNPLACED_TITLE}" for you to move to the right one`,
      });
  }

  breakLoops(posts, manager, unplaced, report);
  if (options.hasManagers) settleTops(posts, manager, unplaced, report, options);

  if (unplaced.size > 0) {
    const key = posts.length === 0 ? 0 : Math.max(...posts.map((p) => p.key)) + 1;
    posts.push({
      key,
      ref: '',
      title: UNPLACED_TITLE,
      grade: null,
      payPoint: null,
      salaryOverridePence: null,
      fteE4: 10_000,
      vacant: true,
      team: '',
      notes: 'Holds the posts the import could not place. Move each to its manager, then delete this card. It is not counted in posts, FTE or cost.',
      postholders: [],
      manager: null,
      kind: 'holding',
      rows: [],
      role: 'main',
      matchKey: 'holding',
    });
    for (const k of unplaced) manager.set(k, key);
  }
  for (const p of posts) p.manager = manager.get(p.key) ?? null;
  if (withBelow.size > 0) {
    const kids = new Map<number, number[]>();
    for (const p of posts) if (p.manager !== null) push(kids, p.manager, p.key);
    for (const [item, key] of withBelow) {
      let n = 0;
      const stack = [...(kids.get(key) ?? [])];
      while (stack.length) {
        n++;
        for (const k of kids.get(stack.pop()!) ?? []) stack.push(k);
      }
      item.message += n > 0 ? `, with the ${n} post${n === 1 ? '' : 's'} below it.` : '.';
    }
  }
  return report;
}

/** Posts whose managers lead round in a loop: the first of each loop in file order goes under Unplaced. */
function breakLoops(posts: PlannedPost[], manager: Map<number, number | null>, unplaced: Set<number>, report: ReportItem[]): void {
  const state = new Map<number, 'done' | 'active'>();
  const byKey = new Map(posts.map((p) => [p.key, p]));
  for (const p of posts) {
    if (state.has(p.key)) continue;
    const path: number[] = [];
    let cur: number | null | undefined = p.key;
    while (cur != null && !unplaced.has(cur) && !state.has(cur)) {
      state.set(cur, 'active');
      path.push(cur);
      cur = manager.get(cur);
    }
    if (cur != null && state.get(cur) === 'active') {
      const loop = path.slice(path.indexOf(cur));
      const loopPosts = loop.map((k) => byKey.get(k)!).sort((a, b) => a.rows[0]! - b.rows[0]!);
      const first = loopPosts[0]!;
      unplaced.add(first.key);
      const rows = loopPosts.map((x) => x.rows[0]!);
      report.push({
        severity: 'error',
        code: 'cycle',
        role: first.role,
        rows,
        message:
          `${rowsText(rows)}: ${listText(loopPosts.map(describePost))} report to each other in a loop, so none of them reaches the top. ` +
          `${describePost(first)} was placed under "${UNPLACED_TITLE}", with the others still below it.`,
      });
    }
    for (const k of path) state.set(k, 'done');
  }
}

/** Only one post heads a structure: the one with most posts below it. Other tops go under Unplaced. */
function settleTops(posts: PlannedPost[], manager: Map<number, number | null>, unplaced: Set<number>, report: ReportItem[], options: PlaceOptions): void {
  const tops = posts.filter((p) => p.kind !== 'holding' && !unplaced.has(p.key) && manager.get(p.key) === null);
  if (tops.length < 2) return;
  const size = new Map<number, number>();
  const kids = new Map<number, number[]>();
  for (const p of posts) {
    const m = unplaced.has(p.key) ? null : manager.get(p.key);
    if (m != null) push(kids, m, p.key);
  }
  const count = (root: number): number => {
    let n = 0;
    const stack = [...(kids.get(root) ?? [])];
    while (stack.length) {
      const k = stack.pop()!;
      n++;
      stack.push(...(kids.get(k) ?? []));
    }
    return n;
  };
  for (const t of tops) size.set(t.key, count(t.key));
  const main = tops.reduce((best, t) => (size.get(t.key)! > size.get(best.key)! ? t : best), tops[0]!);
  for (const t of tops) {
    if (t === main) continue;
    unplaced.add(t.key);
    const below = size.get(t.key)!;
    const how = options.topMarker ? `reports to "${options.topMarker}" (the top)` : 'has no manager';
    report.push({
      severity: 'error',
      code: 'several-tops',
      role: t.role,
      rows: [t.rows[0]!],
      message:
        `${rowsText([t.rows[0]!])}: ${describePost(t)} ${how}, as does row ${main.rows[0]} ${describePost(main)}, which heads the structure ` +
        `(${size.get(main.key)} post${size.get(main.key) === 1 ? '' : 's'} below it). Only one post can be at the top, so ${describePost(t)} was placed under "${UNPLACED_TITLE}"` +
        (below > 0 ? `, with the ${below} post${below === 1 ? '' : 's'} below it.` : '.'),
    });
  }
}
