// Large, realistically shaped structures for benchmarks and scale tests. generateStructure: spans of
// 2 to 12, 6 to 9 levels, some very wide teams of identical front-line posts. generateCouncil: a
// public body of exactly N posts under one chief executive and 8 directorates, spans of 3 to 15 and
// some front-line teams of 20 to 40. Both have a few vacancies and part-timers.
import type { Database } from 'better-sqlite3';
import { createDocumentFile } from '../../electron/store/files';
import { newId } from '../../electron/store/postRows';
import { seedDocument } from '../../electron/store/seed';
import type { DocumentStore } from '../../electron/store/document';

/** A small deterministic random generator, so every run builds the same structure. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedPost {
  id: string;
  managerId: string | null;
  title: string;
  grade: string;
  team: string;
  fte: number;
  vacant: boolean;
  depth: number;
}

const LEVEL_TITLES = [
  ['Chief Executive'],
  ['Corporate Director of Resources', 'Corporate Director of Adults and Health', "Corporate Director of Children's Services", 'Corporate Director of Place'],
  ['Director of Finance', 'Director of People', 'Director of Digital', 'Director of Adult Social Care', 'Director of Education', 'Director of Highways'],
  ['Head of Service', 'Head of Operations', 'Head of Business Support', 'Head of Commissioning'],
  ['Service Manager', 'Operations Manager', 'Business Support Manager'],
  ['Team Manager', 'Team Leader', 'Practice Manager'],
  ['Senior Officer', 'Senior Practitioner', 'Senior Business Support Officer'],
  ['Officer', 'Practitioner', 'Business Support Officer', 'Assistant'],
  ['Assistant', 'Apprentice', 'Administrator'],
];
const GRADES = ['M5', 'M4', 'M3', 'M1', 'H9', 'H8', 'H7', 'H5', 'H3'];
const TEAMS = ['Finance', 'People', 'Digital', 'Adult Social Care', 'Education', 'Highways', 'Business Support', 'Commissioning', 'Early Help'];

/**
 * Builds `count` posts breadth first. Each manager gets 2 to 12 reports; about one manager in
 * fifteen near the bottom gets a very wide team (40 to 120) of identical posts.
 */
export function generateStructure(count: number, seed = 1): GeneratedPost[] {
  const rand = seededRandom(seed);
  const posts: GeneratedPost[] = [];
  const top: GeneratedPost = { id: newId(), managerId: null, title: 'Chief Executive', grade: 'M5', team: 'Corporate', fte: 1, vacant: false, depth: 0 };
  posts.push(top);
  let frontier = [top];
  const maxDepth = 6 + Math.floor(rand() * 4) - 1; // deepest level index: 5..8, so 6 to 9 levels
  while (posts.length < count && frontier.length) {
    const next: GeneratedPost[] = [];
    for (const manager of frontier) {
      if (posts.length >= count) break;
      const depth = manager.depth + 1;
      if (depth > maxDepth) continue;
      const nearBottom = depth >= maxDepth - 1;
      const wide = nearBottom && rand() < 1 / 15;
      const span = wide ? 40 + Math.floor(rand() * 81) : 2 + Math.floor(rand() * 11);
      const titles = LEVEL_TITLES[Math.min(depth, LEVEL_TITLES.length - 1)]!;
      const team = depth <= 1 ? TEAMS[Math.floor(rand() * TEAMS.length)]! : manager.team;
      const sharedTitle = titles[Math.floor(rand() * titles.length)]!;
      for (let i = 0; i < span && posts.length < count; i++) {
        const p: GeneratedPost = {
          id: newId(),
          managerId: manager.id,
          title: wide ? sharedTitle : titles[Math.floor(rand() * titles.length)]!,
          grade: GRADES[Math.min(depth, GRADES.length - 1)]!,
          team,
          fte: rand() < 0.12 ? [0.5, 0.6, 0.8][Math.floor(rand() * 3)]! : 1,
          vacant: rand() < 0.08,
          depth,
        };
        posts.push(p);
        // Wide front-line teams have no reports of their own.
        if (!wide) next.push(p);
      }
    }
    frontier = next;
    // Keep growing from the widest level still allowed when a level fills up early.
    if (frontier.length === 0 && posts.length < count) frontier = posts.filter((p) => p.depth < maxDepth - 1).slice(-50);
  }
  return posts;
}

const DIRECTORATES = ['Resources', 'Adults and Health', "Children's Services", 'Place', 'Public Health', 'Housing', 'Communities', 'Law and Governance'];
const COUNCIL_TITLES = [
  ['Chief Executive'],
  ['Director'],
  ['Head of Service', 'Head of Operations', 'Head of Commissioning', 'Head of Business Support'],
  ['Service Manager', 'Operations Manager', 'Business Support Manager'],
  ['Team Manager', 'Team Leader', 'Practice Manager'],
  ['Senior Practitioner', 'Senior Officer', 'Senior Business Support Officer'],
  ['Practitioner', 'Officer', 'Business Support Officer', 'Assistant'],
];
const FRONT_LINE = ['Care Worker', 'Customer Service Adviser', 'Refuse Loader', 'Family Support Worker', 'Library Assistant', 'Cleaner', 'School Crossing Patrol'];
/** Reports a manager has: a span of 3 to 15, or a front-line team of 20 to 40. */
export const COUNCIL_SPAN = { min: 3, max: 15, teamMin: 20, teamMax: 40 } as const;

/** A UUID-shaped id from the seeded generator, so the same seed gives the same ids. */
function seededId(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/**
 * Builds exactly `count` posts (at least 12): a chief executive, 8 directors, then level by level,
 * managers taken in a seeded order so every directorate grows alike. Below the heads of service,
 * about one post in three manages; one manager in eight there has a front-line team of 20 to 40
 * identical posts, who manage no one. The last manager's span is trimmed (or the one before it
 * shortened) so that no manager ends with fewer than 3 reports.
 */
export function generateCouncil(count: number, seed = 1): GeneratedPost[] {
  if (count < 12) throw new Error('A council structure has at least 12 posts');
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const grade = (depth: number) => GRADES[Math.min(depth + (depth >= 2 ? 1 : 0), GRADES.length - 1)]!;
  const post = (managerId: string | null, title: string, team: string, depth: number): GeneratedPost => ({
    id: seededId(rand),
    managerId,
    title,
    grade: grade(depth),
    team,
    fte: rand() < 0.12 ? pick([0.5, 0.6, 0.8]) : 1,
    vacant: rand() < 0.08,
    depth,
  });
  const top = post(null, 'Chief Executive', 'Corporate', 0);
  const posts: GeneratedPost[] = [top];
  let frontier: GeneratedPost[] = [];
  for (const d of DIRECTORATES) {
    const p = post(top.id, `Director of ${d}`, d, 1);
    posts.push(p);
    frontier.push(p);
  }
  const spare: GeneratedPost[] = []; // posts passed over as managers, used if the levels run out
  while (posts.length < count) {
    if (frontier.length === 0) frontier = spare.splice(0, Math.max(1, Math.ceil(spare.length / 4)));
    if (frontier.length === 0) throw new Error('No post left to manage the rest');
    // A seeded shuffle of this level's managers.
    for (let i = frontier.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [frontier[i], frontier[j]] = [frontier[j]!, frontier[i]!];
    }
    const next: GeneratedPost[] = [];
    for (const manager of frontier) {
      const left = count - posts.length;
      if (left === 0) break;
      const depth = manager.depth + 1;
      // What is left is never 1 or 2: each span leaves none, or at least 3.
      const team = depth >= 4 && rand() < 1 / 8 && left >= COUNCIL_SPAN.teamMin;
      const cap = team ? COUNCIL_SPAN.teamMax : COUNCIL_SPAN.max;
      let span = team ? COUNCIL_SPAN.teamMin + Math.floor(rand() * 21) : COUNCIL_SPAN.min + Math.floor(rand() * 13);
      if (span >= left || left - span < COUNCIL_SPAN.min) span = left <= cap ? left : left - COUNCIL_SPAN.min;
      const titles = COUNCIL_TITLES[Math.min(depth, COUNCIL_TITLES.length - 1)]!;
      const frontLine = pick(FRONT_LINE);
      for (let i = 0; i < span; i++) {
        const p = post(manager.id, team ? frontLine : pick(titles), manager.team, depth);
        posts.push(p);
        if (team) continue;
        if (depth <= 2 || rand() < 1 / 3) next.push(p);
        else spare.push(p);
      }
    }
    frontier = next;
  }
  return posts;
}

function writePosts(db: Database, structureId: string, posts: GeneratedPost[], orgId: string, fundingId: string): void {
  const grades = new Map(
    (db.prepare('SELECT g.code AS code, g.id AS id, (SELECT id FROM pay_points WHERE grade_id = g.id ORDER BY sort_order DESC LIMIT 1) AS point FROM grades g').all() as {
      code: string;
      id: string;
      point: string;
    }[]).map((g) => [g.code, g]),
  );
  const insertPost = db.prepare(
    `INSERT INTO posts (id, structure_id, lineage_id, ref, title, grade_id, pay_point_id, salary_override_pence, fte_e4, vacant,
       organisation_id, team, notes, is_assistant, manager_id, sort_order)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, '', 0, ?, ?)`,
  );
  const insertFunding = db.prepare('INSERT INTO post_funding (id, post_id, source_id, share_bp, sort_order) VALUES (?, ?, ?, 10000, 0)');
  const insertHolder = db.prepare("INSERT INTO postholders (id, post_id, name, fte_e4, sort_order) VALUES (?, ?, '', NULL, 0)");
  posts.forEach((p, i) => {
    const g = grades.get(p.grade)!;
    insertPost.run(p.id, structureId, p.id, `P${String(i + 1).padStart(5, '0')}`, p.title, g.id, p.vacant ? null : g.point, Math.round(p.fte * 10_000), p.vacant ? 1 : 0, orgId, p.team, p.managerId, i);
    insertFunding.run(newId(), p.id, fundingId);
    if (!p.vacant) insertHolder.run(newId(), p.id);
  });
}

const SERVICE_DIRECTORATES = ['Finance', 'People', 'Digital', 'Adult Social Care', "Children's Services", 'Education', 'Highways', 'Housing'];
const SERVICE_TITLES = ['Head of Service', 'Service Manager', 'Team Manager'];
const SERVICE_FRONT_LINE = ['Officer', 'Practitioner', 'Assistant', 'Adviser', 'Technician', 'Coordinator', 'Support Worker'];

/**
 * A council service shaped as most are: one chief executive, eight directors, each with 2 to 4
 * heads of service, each head with up to 2 team managers (or a team of their own), teams of 3 to
 * 15 front-line posts, and two teams of 20 to 40. With `uniqueTitles` every title ends with the
 * post's number, so no two cards can be grouped and each title names one post.
 */
export function generateService(count: number, seed = 1, uniqueTitles = false): GeneratedPost[] {
  const rand = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const posts: GeneratedPost[] = [];
  const add = (managerId: string | null, title: string, grade: string, team: string, depth: number): GeneratedPost => {
    const p: GeneratedPost = { id: newId(), managerId, title: uniqueTitles ? `${title} ${posts.length + 1}` : title, grade, team, fte: rand() < 0.12 ? 0.5 : 1, vacant: rand() < 0.08, depth };
    posts.push(p);
    return p;
  };
  const top = add(null, 'Chief Executive', 'M5', 'Corporate', 0);
  const teams: GeneratedPost[] = [];
  for (const d of SERVICE_DIRECTORATES) {
    const director = add(top.id, `Director of ${d}`, 'M4', d, 1);
    for (let h = int(2, 4); h > 0; h--) {
      const head = add(director.id, SERVICE_TITLES[0]!, 'M1', d, 2);
      const managers = int(0, 2);
      if (managers === 0) teams.push(head);
      for (let m = 0; m < managers; m++) teams.push(add(head.id, SERVICE_TITLES[1 + (m % 2)]!, 'H9', d, 3));
    }
  }
  // Front-line teams until the count is reached: two large ones, the rest of 3 to 15.
  const sizes = new Map<GeneratedPost, number>(teams.map((t) => [t, 3]));
  const big = [teams[Math.floor(teams.length / 3)]!, teams[Math.floor((2 * teams.length) / 3)]!];
  for (const t of big) sizes.set(t, int(20, 40));
  let left = count - posts.length - [...sizes.values()].reduce((s, n) => s + n, 0);
  for (let guard = 0; left > 0 && guard < 100_000; guard++) {
    const t = teams[int(0, teams.length - 1)]!;
    if (big.includes(t) || sizes.get(t)! >= 15) continue;
    sizes.set(t, sizes.get(t)! + 1);
    left--;
  }
  for (const t of teams) {
    const title = SERVICE_FRONT_LINE[int(0, SERVICE_FRONT_LINE.length - 1)]!;
    for (let k = 0; k < sizes.get(t)! && posts.length < count; k++) add(t.id, title, 'H5', t.team, t.depth + 1);
  }
  return posts.slice(0, count);
}

/** 'wide teams' (or 'generated') is generateStructure's shape, 'council' generateCouncil's, 'service' generateService's. */
export type BigShape = 'wide teams' | 'council' | 'generated' | 'generated-unique' | 'service' | 'service-unique';

/**
 * Creates a document whose Current structure has `count` generated posts, and opens it. A shape
 * ending "-unique" ends every title with the post's number, so each card names one post.
 */
export function createBigDocument(file: string, count: number, seed = 1, shape: BigShape = 'generated'): DocumentStore {
  const posts =
    shape === 'council' ? generateCouncil(count, seed) : shape.startsWith('service') ? generateService(count, seed, shape === 'service-unique') : generateStructure(count, seed);
  if (shape === 'generated-unique') posts.forEach((p, i) => (p.title = `${p.title} ${i + 1}`));
  return createDocumentFile(file, {
    overwrite: true,
    seed: (db) => {
      seedDocument(db, { name: `Generated structure of ${count} posts`, sample: false });
      const structureId = (db.prepare("SELECT id FROM structures WHERE kind = 'current'").get() as { id: string }).id;
      const orgId = (db.prepare('SELECT id FROM organisations LIMIT 1').get() as { id: string }).id;
      const fundingId = (db.prepare('SELECT id FROM funding_sources LIMIT 1').get() as { id: string }).id;
      writePosts(db, structureId, posts, orgId, fundingId);
    },
  });
}
