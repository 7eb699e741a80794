// The people affected by a change, one row per person: the post they hold now, what happens to them
// (slotted in to a new post, ring-fenced in a selection pool, redeployed into a vacancy or a new
// post they are named in, at risk, or their post kept with a
// change), and the selection pools: which people compete for which new posts, how many for how many.
// Counts are of people and of posts, never of rows; names are the document's and shown only when chosen.
import type { PostChange } from '../diff/types';
import type { Id, Post } from '../model/types';
import { headcountOf } from '../costing/postCost';
import { fteUnits } from '../model/fte';
import type { PeopleEffect } from './people';

export type PersonOutcome = 'slotted-in' | 'ring-fenced' | 'redeployed' | 'at-risk' | 'post-retained';

export const OUTCOME_LABEL: Record<PersonOutcome, string> = {
  'slotted-in': 'Slotted in',
  'ring-fenced': 'Ring-fenced',
  redeployed: 'Redeployed',
  'at-risk': 'At risk',
  'post-retained': 'Post retained',
};

/** The order people are listed in: those at risk first, those keeping their post last. */
export const OUTCOME_ORDER: PersonOutcome[] = ['at-risk', 'ring-fenced', 'slotted-in', 'redeployed', 'post-retained'];

export interface PersonRow {
  key: string;
  /** The postholder's name as recorded; empty where none is recorded. Personal data. */
  name: string;
  /** Which person of the post this is (1 of 3), for posts held by several people. */
  personOf: { n: number; of: number };
  /** The post held now (in the before structure). */
  post: Post;
  change: PostChange;
  outcome: PersonOutcome;
  /** What happens, in words that never name a person: "Slotted in to Senior Officer (BS2001)". */
  detail: string;
  /** The selection pool the person is in (1-based), where there is one. */
  pool: number | null;
}

/** People competing for fewer places than there are of them: a ring-fenced selection pool. */
export interface SelectionPool {
  /** 1-based, in the order of the comparison. */
  number: number;
  /** Posts held now whose holders are in the pool. */
  from: Post[];
  /** New or redesignated posts they are pooled for. */
  to: Post[];
  people: number;
  posts: number;
  peopleFteUnits: number;
  postFteUnits: number;
}

export interface PeopleSchedule {
  rows: PersonRow[];
  pools: SelectionPool[];
  /** People by outcome; their sum is the number of rows. */
  counts: Record<PersonOutcome, number>;
}

const postName = (p: Post) => (p.ref ? `${p.title} (${p.ref})` : p.title);

function list(posts: readonly Post[]): string {
  const names = posts.map(postName);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Why a kept post is on the list: what changes about it for the person in it. */
function retainedDetail(c: PostChange): string {
  const b = c.before!;
  const a = c.after!;
  if (c.kind === 'fte-changed') {
    const fewer = fteUnits(a.fte) < fteUnits(b.fte);
    return `Post kept with ${fewer ? 'fewer' : 'more'} hours: ${b.fte} to ${a.fte} FTE`;
  }
  return `Post kept, now reporting to a new manager${a.team !== b.team ? ` in ${a.team || 'no team'}` : ''}`;
}

export function peopleSchedule(changes: readonly PostChange[], people: PeopleEffect): PeopleSchedule {
  const afterById = new Map<Id, Post>();
  const beforeById = new Map<Id, Post>();
  for (const c of changes) {
    if (c.after) afterById.set(c.after.id, c.after);
    if (c.before) beforeById.set(c.before.id, c.before);
  }
  const pools: SelectionPool[] = [];
  // Where each replaced post's people go: the posts replacing it, and their pool when they compete.
  const placed = new Map<Id, { to: Post[]; pool: SelectionPool | null }>();
  for (const r of people.replacements) {
    if (r.outcome === 'no-candidates') continue;
    const to = r.group.afterIds.map((id) => afterById.get(id)).filter((p): p is Post => !!p);
    let pool: SelectionPool | null = null;
    // Only people who compete for fewer places are a selection pool; a slot-in is a match, not a contest.
    if (r.outcome === 'ring-fence') {
      const from = r.group.beforeIds.map((id) => beforeById.get(id)).filter((p): p is Post => !!p && !p.vacant);
      pool = { number: pools.length + 1, from, to, people: r.candidates, posts: r.places, peopleFteUnits: r.candidateFteUnits, postFteUnits: r.placeFteUnits };
      pools.push(pool);
    }
    for (const id of r.group.beforeIds) placed.set(id, { to, pool });
  }

  const rows: PersonRow[] = [];
  const counts: Record<PersonOutcome, number> = { 'slotted-in': 0, 'ring-fenced': 0, redeployed: 0, 'at-risk': 0, 'post-retained': 0 };
  // Where a person named again in the after structure goes: a vacancy kept and filled, or a new post.
  const placeOf = new Map<string, Post>();
  const nameKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const c of changes) {
    const a = c.after;
    if (!a || a.vacant || (c.before && !c.before.vacant)) continue;
    for (const h of a.postholders) if (h.name.trim() && !placeOf.has(nameKey(h.name))) placeOf.set(nameKey(h.name), a);
  }
  const addPeople = (c: PostChange, outcome: PersonOutcome, detail: string, pool: number | null, redeployed: readonly Id[] = []) => {
    const post = c.before!;
    const n = headcountOf(post);
    for (let i = 0; i < n; i++) {
      const holder = post.postholders[i];
      const moved = holder && redeployed.includes(holder.id);
      const to = moved ? placeOf.get(nameKey(holder.name)) : undefined;
      const own: PersonOutcome = moved ? 'redeployed' : outcome;
      const words = moved ? `Redeployed to ${to ? list([to]) : 'another post'}, where they are named` : detail;
      rows.push({ key: `${post.id}:${i}`, name: holder?.name.trim() ?? '', personOf: { n: i + 1, of: n }, post, change: c, outcome: own, detail: words, pool: moved ? null : pool });
      counts[own]++;
    }
  };

  for (const r of people.atRiskPosts) {
    const c = r.change;
    const goes = placed.get(c.before!.id);
    const redeployed = r.redeployedHolderIds;
    if (r.outcome === 'slot-in' && goes) addPeople(c, 'slotted-in', `Slotted in to ${list(goes.to)}`, null);
    else if ((r.outcome === 'ring-fence' || (r.outcome === 'redeployed' && goes?.pool)) && goes?.pool) {
      const { pool } = goes;
      const others = pool.people - headcountOf(c.before!);
      addPeople(c, 'ring-fenced', `Ring-fenced with ${others} other${others === 1 ? '' : 's'} for ${list(pool.to)}: ${pool.people} people for ${pool.posts} post${pool.posts === 1 ? '' : 's'}`, pool.number, redeployed);
    } else addPeople(c, 'at-risk', c.kind === 'deleted' ? 'Post deleted, no post to slot in to' : 'Post redesignated, no match made', null, redeployed);
  }
  for (const c of changes) {
    const b = c.before;
    if (!b || b.vacant || !c.after) continue;
    if (c.kind === 'fte-changed' || c.kind === 'moved') addPeople(c, 'post-retained', retainedDetail(c), null);
  }
  return { rows, pools, counts };
}

/** People in listing order: by outcome, then as their posts stand in the structure. */
export function sortedPeople(rows: readonly PersonRow[]): PersonRow[] {
  return [...rows].sort((a, b) => OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome) || a.post.sortOrder - b.post.sortOrder || a.personOf.n - b.personOf.n);
}

/** The person's own FTE: their share of a job share where it is set, else an even part of the post's. */
export function personFte(r: PersonRow): number {
  return r.post.postholders[r.personOf.n - 1]?.fte ?? r.post.fte / Math.max(1, r.personOf.of);
}
