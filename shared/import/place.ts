// Reporting lines of imported posts: each post's manager found by reference (or title). A post whose
// manager is not in the file goes under one "Unplaced" holding card; a post that reports to itself,
// or the first of a loop, is set at the top. A structure may have several top posts (joint heads
// are normal): they sit side by side. Each of these gets a line of the report saying why.
import { reportingLoops } from '../edits/reportingLines';
import type { PlannedPost, ReportItem } from './types';
import { norm, refWithoutZeros, rowList } from './values';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The keys of the posts (not holding cards) under each value of `keyOf` (null: none), in order. */
function indexPosts(posts: readonly PlannedPost[], keyOf: (p: PlannedPost) => string | null): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const p of posts) {
    if (p.kind !== 'post') continue;
    const k = keyOf(p);
    if (k !== null) push(index, k, p.key);
  }
  return index;
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
 * `posts`; returns the report lines. `links` holds each post's link to its manager, by post key.
 */
export function placePosts(posts: PlannedPost[], links: readonly (Link | undefined)[], options: PlaceOptions): ReportItem[] {
  const report: ReportItem[] = [];
  // Posts by key, made the first time a message needs one.
  let keyed: Map<number, PlannedPost> | null = null;
  const byKey = (key: number) => (keyed ??= new Map(posts.map((p) => [p.key, p]))).get(key);
  const refIndex = new Map<string, number>();
  for (const p of posts) if (p.kind === 'post' && p.ref && p.ref !== '0' && !refIndex.has(p.ref)) refIndex.set(p.ref, p.key);
  // Posts by their reference without leading zeros, and by title: made only if a manager is not
  // found by its exact reference, or is named by title.
  let zeroIndex: Map<string, number[]> | null = null;
  let titleIndex: Map<string, number[]> | null = null;
  const byZeros = () => (zeroIndex ??= indexPosts(posts, (p) => (p.ref && p.ref !== '0' ? refWithoutZeros(p.ref) : null)));
  const byTitle = () => (titleIndex ??= indexPosts(posts, (p) => norm(p.title)));
  const unplaced = new Set<number>();
  const manager = new Map<number, number | null>();
  // Lines about posts moved under Unplaced or to the top end by saying how many posts came with them, once known.
  const withBelow = new Map<ReportItem, number>();
  const unplace = (p: PlannedPost, item: Omit<ReportItem, 'role'>) => {
    unplaced.add(p.key);
    const full = { ...item, role: p.role };
    report.push(full);
    withBelow.set(full, p.key);
  };
  const toTop = (p: PlannedPost, item: Omit<ReportItem, 'role'>) => {
    manager.set(p.key, null);
    const full = { ...item, role: p.role };
    report.push(full);
    withBelow.set(full, p.key);
  };

  const findRef = (ref: string): { key: number; viaZeros: boolean } | null => {
    const exact = refIndex.get(ref);
    if (exact !== undefined) return { key: exact, viaZeros: false };
    const z = refWithoutZeros(ref);
    const candidates = z === null ? [] : (byZeros().get(z) ?? []);
    return candidates.length === 1 ? { key: candidates[0]!, viaZeros: true } : null;
  };

  for (const p of posts) {
    if (p.kind === 'holding') continue;
    const link = links[p.key];
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
        toTop(p, {
          severity: 'error',
          code: 'self-report',
          rows: [row],
          message: `${rowsText([row])}: ${describePost(p)} reports to itself (${options.managerColumn[p.role]} is its own reference). It was placed at the top of the structure`,
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
          const to = found ? describePost(byKey(found.key)!) : 'the top of the structure';
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
          const m = byKey(found.key)!;
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
    const candidates = (byTitle().get(norm(link.managerTitle)) ?? []).filter((k) => k !== p.key);
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
        message: `${rowsText([row])}: ${describePost(p)} reports to "${link.managerTitle}", a title ${candidates.length} posts share (${rowList(candidates.map((k) => byKey(k)!.rows[0]!))}). It was placed under "${UNPLACED_TITLE}" for you to move to the right one`,
      });
  }

  breakLoops(posts, manager, unplaced, toTop);

  if (unplaced.size > 0) {
    const key = posts.reduce((m, p) => Math.max(m, p.key + 1), 0);
    posts.push({
      key,
      ref: '',
      title: UNPLACED_TITLE,
      grade: null,
      payPoint: null,
      salaryOverridePence: null,
      allInCostPence: null,
      niCategory: 'standard',
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
      grouped: false,
      headcount: null,
      funding: null,
      organisation: null,
      organisationShares: [],
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
  if (options.hasManagers) reportTops(posts, report);
  return report;
}

function earlierOrNone(manager: number | null | undefined, key: number): boolean {
  return manager === null || manager === undefined || manager < key;
}

/** Posts whose managers lead round in a loop: the first of each loop in file order goes to the top. */
function breakLoops(posts: PlannedPost[], manager: Map<number, number | null>, unplaced: Set<number>, toTop: (p: PlannedPost, item: Omit<ReportItem, 'role'>) => void): void {
  // A post going under Unplaced leaves its loop (if any) through the holding card.
  const managerOf = (k: number) => (unplaced.has(k) ? null : manager.get(k));
  // When every manager comes before its reports in the file (as most files list them), following
  // managers up goes to ever earlier keys and must end: no loop is possible, and none is looked for.
  if (posts.every((p) => earlierOrNone(managerOf(p.key), p.key))) return;
  const byKey = new Map(posts.map((p) => [p.key, p]));
  const loops = reportingLoops(
    posts.map((p) => p.key),
    managerOf,
  );
  for (const loop of loops) {
    const loopPosts = loop.map((k) => byKey.get(k)!).sort((a, b) => a.rows[0]! - b.rows[0]!);
    const first = loopPosts[0]!;
    const rows = loopPosts.map((x) => x.rows[0]!);
    toTop(first, {
      severity: 'error',
      code: 'cycle',
      rows,
      message:
        `${rowsText(rows)}: ${listText(loopPosts.map(describePost))} report to each other in a loop, so none of them reaches the top. ` +
        `${describePost(first)} was placed at the top of the structure`,
    });
  }
}

/** A structure may have several top posts, side by side: the report names them, with what is below each. */
function reportTops(posts: PlannedPost[], report: ReportItem[]): void {
  const tops = posts.filter((p) => p.kind !== 'holding' && p.manager === null);
  if (tops.length < 2) return;
  const kids = new Map<number, number[]>();
  for (const p of posts) if (p.manager !== null) push(kids, p.manager, p.key);
  const below = (root: number): number => {
    let n = 0;
    const stack = [...(kids.get(root) ?? [])];
    while (stack.length) {
      n++;
      for (const k of kids.get(stack.pop()!) ?? []) stack.push(k);
    }
    return n;
  };
  const shown = tops.slice(0, 20).map((t) => {
    const n = below(t.key);
    return `row ${t.rows[0]} ${describePost(t)} (${n} post${n === 1 ? '' : 's'} below it)`;
  });
  const more = tops.length - shown.length;
  report.push({
    severity: 'info',
    code: 'several-tops',
    role: tops[0]!.role,
    rows: tops.map((t) => t.rows[0]!),
    message:
      `${tops.length} posts are at the top of the structure and sit side by side on the chart: ` +
      `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`,
  });
}
