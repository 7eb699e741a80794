// Suggested pairs between posts left deleted and new after matching, as when a department
// renumbered its post references between two snapshots: the same postholder, title, grade,
// manager, team and FTE are each evidence, combined into a confidence, with the reasons given.
// Where several posts fit equally well the suggestion says so and its confidence is cut, so a
// guess is never offered as near certain. The user accepts or rejects each in Compare.
import type { Id, Post } from '../model/types';
import type { Matching } from './match';
import { PostPositions } from './positions';

export interface SuggestedMatch {
  beforeId: Id;
  afterId: Id;
  beforeLineageId: Id;
  afterLineageId: Id;
  from: { ref: string; title: string };
  to: { ref: string; title: string };
  /** From 0 to 1, two decimals. */
  confidence: number;
  reasons: string[];
}

/** How much each piece of evidence alone would make a pair likely; combined as independent evidence. */
const WEIGHT = { name: 0.8, title: 0.6, similarTitle: 0.35, grade: 0.3, manager: 0.6, team: 0.25, fte: 0.15 } as const;
type Evidence = keyof typeof WEIGHT;
const REASON: Record<Evidence, string> = {
  name: 'same postholder',
  title: 'same title',
  similarTitle: 'similar title',
  grade: 'same grade',
  manager: 'same manager',
  team: 'same team',
  fte: 'same FTE',
};
const AMBIGUOUS = 0.7;
const LOWEST = 0.5;
/** Candidates looked at for one post from one index bucket: bounds the work on very repetitive structures. */
const BUCKET_LIMIT = 60;

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const words = (s: string) => new Set(norm(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1));

/** Titles that share at least half their words (of the two titles' words together). */
function similar(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  if (x.size === 0 || y.size === 0) return false;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / (x.size + y.size - both) >= 0.5;
}

interface Candidate {
  b: number;
  a: number;
  evidence: Evidence[];
  score: number;
}

/** What is compared of a post, worked out once per post rather than once per pair. */
interface Keys {
  title: string;
  words: Set<string>;
  names: Set<string>;
  team: string;
}

function keysOf(p: Post): Keys {
  return { title: norm(p.title), words: words(p.title), names: new Set(p.postholders.map((h) => norm(h.name)).filter(Boolean)), team: norm(p.team) };
}

/** The pieces of evidence in the order they are weighed and given as reasons. */
const EVIDENCE: readonly Evidence[] = ['name', 'title', 'similarTitle', 'grade', 'manager', 'team', 'fte'];

/** The confidence of evidence given as bits (bit k for EVIDENCE[k]), combined in that order. */
function scoreOf(bits: number): number {
  let p = 1;
  for (let k = 0; k < EVIDENCE.length; k++) if (bits & (1 << k)) p *= 1 - WEIGHT[EVIDENCE[k]!];
  return 1 - p;
}

function sharesOne(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  for (const n of y) if (x.has(n)) return true;
  return false;
}

export function suggestMatches(
  before: readonly Post[],
  after: readonly Post[],
  m: Matching,
  rejected: ReadonlySet<string> = new Set(),
  at = new PostPositions(before, after),
): SuggestedMatch[] {
  const bs: number[] = [];
  const as: number[] = [];
  for (let b = 0; b < before.length; b++) if (m.afterOfBefore[b] === -1) bs.push(b);
  for (let a = 0; a < after.length; a++) if (m.beforeOfAfter[a] === -1) as.push(a);
  if (bs.length === 0 || as.length === 0) return [];

  const beforeAt = at.beforeAt();
  const byTitle = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  const afterKeys = new Map<number, Keys>();
  for (const a of as) afterKeys.set(a, keysOf(after[a]!));
  const add = (index: Map<string, number[]>, key: string, a: number) => {
    const list = index.get(key);
    if (!list) index.set(key, [a]);
    else if (list.length < BUCKET_LIMIT) list.push(a);
  };
  // Posts under each after post, for candidates under the counterpart of a post's manager.
  const byManager = new Map<Id, number[]>();
  for (const a of as) {
    const p = after[a]!;
    if (p.managerId !== null) {
      const list = byManager.get(p.managerId);
      if (list) list.push(a);
      else byManager.set(p.managerId, [a]);
    }
    const k = afterKeys.get(a)!;
    add(byTitle, k.title, a);
    for (const n of k.names) add(byName, n, a);
    for (const w of k.words) add(byWord, w, a);
  }

  // The after post a before post's manager became: through the pairs made, then the guesses of the first pass.
  const counterpartOfManager = (b: Post, guessed: ReadonlyMap<number, number>): number | undefined => {
    if (b.managerId === null) return undefined;
    const i = beforeAt.get(b.managerId);
    if (i === undefined) return undefined;
    const paired = m.afterOfBefore[i]!;
    return paired >= 0 ? paired : guessed.get(i);
  };
  const managerMatches = (b: Post, a: Post, guessed: ReadonlyMap<number, number>): boolean => {
    if (b.managerId === null || a.managerId === null) return b.managerId === null && a.managerId === null;
    // Ids are unique within a structure: the counterpart is a's manager when it has the manager's id.
    const j = counterpartOfManager(b, guessed);
    return j !== undefined && after[j]!.id === a.managerId;
  };

  const beforeKeys = new Map<number, Keys>();
  for (const b of bs) beforeKeys.set(b, keysOf(before[b]!));

  const score = (guessed: ReadonlyMap<number, number>): Candidate[] => {
    const out: Candidate[] = [];
    // Which after posts were looked at for the before post at b: seen[a] === b + 1.
    const seen = new Int32Array(after.length);
    for (const b of bs) {
      const p = before[b]!;
      const pk = beforeKeys.get(b)!;
      const names = pk.names;
      // The buckets of candidates, looked through in turn: same title, same postholder, a shared
      // word of the title, the same manager.
      const pool: (readonly number[] | undefined)[] = [byTitle.get(pk.title)];
      for (const n of names) pool.push(byName.get(n));
      for (const w of pk.words) pool.push(byWord.get(w));
      const boss = counterpartOfManager(p, guessed);
      if (boss !== undefined) pool.push(byManager.get(after[boss]!.id));
      for (const bucket of pool) {
        if (!bucket) continue;
        for (const a of bucket) {
          if (seen[a] === b + 1) continue;
          seen[a] = b + 1;
          const q = after[a]!;
          const qk = afterKeys.get(a)!;
          if (rejected.size > 0 && rejected.has(`${p.lineageId}|${q.lineageId}`)) continue;
          if ((p.grouped === true) !== (q.grouped === true)) continue;
          // Each piece of evidence as a bit, in the order of EVIDENCE: most pairs looked at fail,
          // so the list of reasons is made only for a pair likely enough to keep.
          let bits = 0;
          if (names.size > 0 && sharesOne(names, qk.names)) bits |= 1;
          if (pk.title === qk.title) bits |= 2;
          else if (similar(pk.words, qk.words)) bits |= 4;
          if (bits === 0) continue;
          if (p.gradeId !== null && p.gradeId === q.gradeId) bits |= 8;
          if (managerMatches(p, q, guessed)) bits |= 16;
          if (pk.team !== '' && pk.team === qk.team) bits |= 32;
          if (p.fte === q.fte) bits |= 64;
          const s = scoreOf(bits);
          if (s >= LOWEST) out.push({ b, a, evidence: EVIDENCE.filter((_, k) => bits & (1 << k)), score: s });
        }
      }
    }
    return out;
  };

  const pick = (candidates: Candidate[]): { chosen: Candidate[]; tied: Set<Candidate> } => {
    // A pair is ambiguous when either post has another candidate that fits as well.
    const bestOfB = new Map<number, number[]>();
    const bestOfA = new Map<number, number[]>();
    const note = (map: Map<number, number[]>, k: number, s: number) => {
      const cur = map.get(k);
      if (!cur || s > cur[0]! + 1e-9) map.set(k, [s, 1]);
      else if (Math.abs(s - cur[0]!) <= 1e-9) cur[1]!++;
    };
    for (const c of candidates) {
      note(bestOfB, c.b, c.score);
      note(bestOfA, c.a, c.score);
    }
    const tied = new Set<Candidate>();
    for (const c of candidates) {
      const [sb, nb] = bestOfB.get(c.b)!;
      const [sa, na] = bestOfA.get(c.a)!;
      if ((Math.abs(sb! - c.score) <= 1e-9 && nb! > 1) || (Math.abs(sa! - c.score) <= 1e-9 && na! > 1)) tied.add(c);
    }
    const conf = (c: Candidate) => c.score * (tied.has(c) ? AMBIGUOUS : 1);
    const sorted = [...candidates].sort((x, y) => conf(y) - conf(x) || x.b - y.b || x.a - y.a);
    const usedB = new Set<number>();
    const usedA = new Set<number>();
    const chosen: Candidate[] = [];
    for (const c of sorted) {
      if (usedB.has(c.b) || usedA.has(c.a)) continue;
      usedB.add(c.b);
      usedA.add(c.a);
      chosen.push(c);
    }
    return { chosen, tied };
  };

  const first = pick(score(new Map()));
  const guessed = new Map<number, number>();
  for (const c of first.chosen) if (!first.tied.has(c)) guessed.set(c.b, c.a);
  const { chosen, tied } = pick(score(guessed));
  return chosen
    .map((c) => {
      const p = before[c.b]!;
      const q = after[c.a]!;
      const ambiguous = tied.has(c);
      return {
        beforeId: p.id,
        afterId: q.id,
        beforeLineageId: p.lineageId,
        afterLineageId: q.lineageId,
        from: { ref: p.ref, title: p.title },
        to: { ref: q.ref, title: q.title },
        confidence: Math.floor(c.score * (ambiguous ? AMBIGUOUS : 1) * 100) / 100,
        reasons: [...c.evidence.map((e) => REASON[e]), ...(ambiguous ? ['another post fits as well'] : [])],
      };
    })
    .sort((x, y) => y.confidence - x.confidence || x.from.title.localeCompare(y.from.title));
}
