// What one printed card says: a post (or identical posts grouped), a ghost of a deleted post, a
// holding card, a box standing for a branch printed on another page, or a tab joining pages. The
// words are decided here once; cardFit.ts sizes the card to them and draws it.
import { formatFte, formatPounds } from '../model/money';
import type { Post } from '../model/types';
import type { ChartContent } from './card';
import { markLabel, type MarkKind, type PostMark } from './status';

export type { ChartContent };

export type FaceKind = 'post' | 'group' | 'ghost' | 'holding' | 'box' | 'from' | 'more';

export interface CardFace {
  kind: FaceKind;
  /** Changes shown in the band across the top (the first sets the border), and the band's words. */
  kinds: readonly MarkKind[];
  band: string;
  title: string;
  /** Title struck through (a post to be deleted). */
  strike: boolean;
  /** Grade, FTE, vacancies; the cost at the right when shown. */
  detail: string;
  cost: string;
  /** Further lines in a lighter ink: what the post was, its postholders, a branch's totals. */
  notes: string[];
  /** The last line of a branch box or tab, in bold: where the chart continues. */
  link: string;
  /** Zero-based page a box, tab or "more" card leads to. */
  page: number | null;
}

function gradeCode(post: Post | null | undefined, content: ChartContent): string {
  return post?.gradeId ? (content.gradeCodes.get(post.gradeId) ?? '') : '';
}

/** "Was: ..." for every change that has a before value, in one line. */
function wasLine(post: Post, mark: PostMark, content: ChartContent): string {
  const b = mark.before;
  if (!b) return '';
  const parts: string[] = [];
  const g = gradeCode(b, content);
  for (const k of mark.kinds) {
    if (k === 'redesignated') parts.push(`${b.title}${g && !mark.kinds.includes('regraded') ? ` (${g})` : ''}`);
    else if (k === 'regraded') parts.push(g || 'ungraded');
    else if (k === 'fte-changed') parts.push(`${formatFte(b.fte)} FTE`);
    else if (k === 'moved' && b.team !== post.team && b.team) parts.push(`in ${b.team}`);
  }
  return parts.length ? `Was: ${parts.join(' · ')}` : '';
}

/** The face of a card standing for `posts` (one, or identical ones grouped). */
export function postFace(posts: readonly Post[], content: ChartContent, ghost = false): CardFace {
  const first = posts[0]!;
  const n = posts.length;
  const mark = content.marks?.get(first.id) ?? null;
  const kinds: readonly MarkKind[] = ghost ? ['deleted'] : (mark?.kinds ?? []);
  if (first.holding) {
    return { kind: 'holding', kinds: [], band: '', title: first.title, strike: false, detail: 'Holding card, not a post', cost: '', notes: [], link: '', page: null };
  }
  const fteUnits = posts.reduce((sum, p) => sum + Math.round(p.fte * 10_000), 0);
  const vacant = posts.filter((p) => p.vacant).length;
  const grade = gradeCode(first, content);
  const parts = [grade, n > 1 ? `${n} posts` : '', `${formatFte(fteUnits / 10_000)} FTE`].filter(Boolean);
  if (vacant) parts.push(n > 1 ? `${vacant} vacant` : 'Vacant');
  // A cost given all-in (on-costs included, none added) says so.
  const allIn = posts.every((p) => p.allInCostPence !== null) ? ' all-in' : posts.some((p) => p.allInCostPence !== null) ? ' part all-in' : '';
  const cost = content.costs ? `${formatPounds(posts.reduce((sum, p) => sum + (content.costs!.get(p.id) ?? 0), 0))}${allIn}` : '';
  const notes: string[] = [];
  if (mark && !ghost) {
    const was = wasLine(first, mark, content);
    if (was) notes.push(was);
  }
  if (content.names) {
    const holders = posts.flatMap((p) => (p.vacant ? [] : p.postholders.map((h) => h.name.trim()).filter(Boolean)));
    if (holders.length) notes.push(holders.join(', '));
  }
  return {
    kind: ghost ? 'ghost' : n > 1 ? 'group' : 'post',
    kinds,
    band: markLabel(kinds),
    title: n > 1 ? `${first.title} × ${n}` : first.title,
    strike: kinds[0] === 'deleted',
    detail: parts.join(' · '),
    cost,
    notes,
    link: '',
    page: null,
  };
}

export interface BranchTotals {
  posts: number;
  fteUnits: number;
  costPence: number;
}

/** A box standing for a branch that continues on another page: its head, its size and where it goes. */
export function boxFace(head: Post, totals: BranchTotals, page: number, pageNumber: number): CardFace {
  const posts = `${totals.posts} post${totals.posts === 1 ? '' : 's'}`;
  return {
    kind: 'box',
    kinds: [],
    band: '',
    title: head.title,
    strike: false,
    detail: `${posts} · ${formatFte(totals.fteUnits / 10_000)} FTE`,
    cost: formatPounds(totals.costPence),
    notes: [],
    link: `Continued on page ${pageNumber}`,
    page,
  };
}

/** The tab a branch hangs from on the page it continues on. */
export function fromFace(page: number, pageNumber: number): CardFace {
  return { kind: 'from', kinds: [], band: '', title: '', strike: false, detail: '', cost: '', notes: [], link: `Continued from page ${pageNumber}`, page };
}

/** The last card of a team split over pages: how many more reports there are, and where. */
export function moreFace(count: number, page: number, pageNumber: number): CardFace {
  return {
    kind: 'more',
    kinds: [],
    band: '',
    title: '',
    strike: false,
    detail: `${count} more report${count === 1 ? '' : 's'}`,
    cost: '',
    notes: [],
    link: `Continued on page ${pageNumber}`,
    page,
  };
}
