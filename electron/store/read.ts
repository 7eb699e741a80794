// Reads the document model out of SQLite rows.
import type { Database } from 'better-sqlite3';
import type {
  DocumentInfo,
  DocumentSettings,
  FundingSource,
  Grade,
  MatchDecision,
  Id,
  Organisation,
  PayPoint,
  PersonDetails,
  Post,
  Structure,
} from '../../shared/model/types';
import type { LineagePost } from '../../shared/edits/references';
import { fieldsFrom } from '../../shared/model/postColumns';
import type { Statements } from './recorder';
import { designRulesOf, NO_DESIGN_RULES } from '../../shared/shape/designRules';
import { DEFAULT_EQUALITY, equalityOf, readEqualityProfile, type EqualityProfile } from '../../shared/equality/profile';

export const DEFAULT_SETTINGS: DocumentSettings = {
  name: 'Untitled restructure',
  payYear: '2025/26',
  vacancyCosting: 'top',
  niRateBp: 1500,
  niThresholdPence: 500_000,
  niUpperThresholdPence: 5_027_000,
  levyEnabled: false,
  levyRateBp: 50,
  defaultOrganisationId: null,
  defaultFundingSourceId: null,
  designRules: NO_DESIGN_RULES,
  equality: DEFAULT_EQUALITY.map((c) => ({ ...c, categories: [...c.categories] })),
  redundancyWeekCapPence: 71_900,
  redundancyMultiplierBp: 10_000,
  redundancyWeekPay: 'capped',
};

export type ReferenceData = Omit<DocumentInfo, 'path' | 'fileName' | 'history'>;

/** A row of the posts table: a post's place, and its fields in the columns postFields.ts names. */
export interface PostRow extends Record<string, unknown> {
  id: string;
  structure_id: string;
  lineage_id: string;
  manager_id: string | null;
  sort_order: number;
  holding: number;
}

import { fteFromUnits as fteFromE4, fteUnits as fteToE4 } from '../../shared/model/fte';

export { fteFromE4, fteToE4 };

/** A postholder's details for one-off costs, as columns of the postholders table. */
export const PERSON_COLUMNS = ['age', 'service_years', 'weekly_pay_pence', 'redundancy_pence', 'pension_strain_pence'] as const;
export type PersonColumns = Record<(typeof PERSON_COLUMNS)[number], number | null>;

export function detailsToColumns(d: PersonDetails | undefined): PersonColumns {
  return {
    age: d?.age ?? null,
    service_years: d?.serviceYears ?? null,
    weekly_pay_pence: d?.weeklyPayPence ?? null,
    redundancy_pence: d?.redundancyPence ?? null,
    pension_strain_pence: d?.pensionStrainPence ?? null,
  };
}

/** A person's equality profile as the column stores it: JSON with its keys in order, or null when empty. */
export function equalityToColumn(e: EqualityProfile | undefined): string | null {
  if (!e) return null;
  const keys = Object.keys(e).sort();
  return keys.length ? JSON.stringify(Object.fromEntries(keys.map((k) => [k, e[k]]))) : null;
}

/** The profile read back; undefined when none is entered or the column does not read as one. */
export function equalityFromColumn(v: string | null | undefined): EqualityProfile | undefined {
  if (!v) return undefined;
  try {
    const r = readEqualityProfile(JSON.parse(v));
    return r && Object.keys(r).length ? r : undefined;
  } catch {
    return undefined;
  }
}

/** The details read back; undefined when none is entered. */
export function detailsFromColumns(c: PersonColumns): PersonDetails | undefined {
  if (PERSON_COLUMNS.every((k) => c[k] === null || c[k] === undefined)) return undefined;
  return { age: c.age, serviceYears: c.service_years, weeklyPayPence: c.weekly_pay_pence, redundancyPence: c.redundancy_pence, pensionStrainPence: c.pension_strain_pence };
}

export function readSettings(db: Database): DocumentSettings {
  const rows = db.prepare('SELECT id, value FROM settings').all() as { id: string; value: string }[];
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const r of rows) {
    if (r.id in DEFAULT_SETTINGS) settings[r.id] = JSON.parse(r.value) as unknown;
  }
  // Rules that do not read as rules (a file edited by hand) count as none rather than stop the file opening.
  settings.designRules = designRulesOf(settings);
  settings.equality = equalityOf(settings);
  return settings as unknown as DocumentSettings;
}

export function readReferenceData(db: Database): ReferenceData {
  const organisations = (
    db.prepare('SELECT * FROM organisations ORDER BY sort_order, name').all() as {
      id: string;
      name: string;
      pension_rate_bp: number;
      sort_order: number;
    }[]
  ).map((r): Organisation => ({ id: r.id, name: r.name, pensionRateBp: r.pension_rate_bp, sortOrder: r.sort_order }));

  const points = (
    db.prepare('SELECT * FROM pay_points ORDER BY sort_order, salary_pence').all() as {
      id: string;
      grade_id: string;
      code: string;
      salary_pence: number;
      sort_order: number;
    }[]
  ).map((r): PayPoint => ({ id: r.id, gradeId: r.grade_id, code: r.code, salaryPence: r.salary_pence, sortOrder: r.sort_order }));
  const pointsByGrade = new Map<Id, PayPoint[]>();
  for (const p of points) {
    const list = pointsByGrade.get(p.gradeId);
    if (list) list.push(p);
    else pointsByGrade.set(p.gradeId, [p]);
  }
  const grades = (
    db.prepare('SELECT * FROM grades ORDER BY sort_order, code').all() as {
      id: string;
      code: string;
      name: string;
      sort_order: number;
    }[]
  ).map((r): Grade => ({ id: r.id, code: r.code, name: r.name, sortOrder: r.sort_order, points: pointsByGrade.get(r.id) ?? [] }));

  const fundingSources = (
    db.prepare('SELECT * FROM funding_sources ORDER BY sort_order, name').all() as {
      id: string;
      name: string;
      end_date: string | null;
      sort_order: number;
    }[]
  ).map((r): FundingSource => ({ id: r.id, name: r.name, endDate: r.end_date, sortOrder: r.sort_order }));

  const structures = (
    db.prepare("SELECT * FROM structures ORDER BY kind = 'proposal', sort_order, name").all() as {
      id: string;
      name: string;
      kind: 'current' | 'proposal';
      status: Structure['status'];
      implementation_date: string | null;
      based_on_id: string | null;
      sort_order: number;
    }[]
  ).map(
    (r): Structure => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      status: r.status,
      implementationDate: r.implementation_date,
      basedOnId: r.based_on_id,
      sortOrder: r.sort_order,
    }),
  );

  const matchDecisions = (
    db.prepare('SELECT before_lineage_id, after_lineage_id, decision FROM match_decisions ORDER BY decided_at, id').all() as {
      before_lineage_id: string;
      after_lineage_id: string;
      decision: MatchDecision['decision'];
    }[]
  ).map((r): MatchDecision => ({ beforeLineageId: r.before_lineage_id, afterLineageId: r.after_lineage_id, decision: r.decision }));

  return { settings: readSettings(db), organisations, grades, fundingSources, structures, matchDecisions };
}

export function group<T extends { post_id: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(r.post_id);
    if (list) list.push(r);
    else map.set(r.post_id, [r]);
  }
  return map;
}

export interface ChildRows {
  dotted: { post_id: string; manager_id: string }[];
  funding: { post_id: string; source_id: string; share_bp: number }[];
  holders: ({ id: string; post_id: string; name: string; fte_e4: number | null; equality?: string | null } & PersonColumns)[];
  replaces: { post_id: string; lineage_id: string }[];
  shares: { post_id: string; organisation_id: string; share_bp: number }[];
}

export function assemble(rows: PostRow[], children: ChildRows): Post[] {
  return build(rows.length, (i, column) => rows[i]![column], children);
}

/** Rows of the posts table read as arrays, with each column's place in them. */
export interface RawPostRows {
  columns: readonly string[];
  rows: readonly (readonly unknown[])[];
}

/** Posts from rows read as arrays (a wide table's many rows read several times faster as arrays). */
export function assembleRaw(raw: RawPostRows, children: ChildRows): Post[] {
  const at = new Map(raw.columns.map((c, i) => [c, i]));
  const place = (column: string): number => {
    const i = at.get(column);
    if (i === undefined) throw new Error(`The posts table has no column ${column}.`);
    return i;
  };
  return build(raw.rows.length, (i, column) => raw.rows[i]![place(column)], children);
}

function build(count: number, value: (row: number, column: string) => unknown, children: ChildRows): Post[] {
  const d = group(children.dotted);
  const f = group(children.funding);
  const h = group(children.holders);
  const rep = group(children.replaces);
  const o = group(children.shares);
  const posts = new Array<Post>(count);
  for (let i = 0; i < count; i++) {
    const id = value(i, 'id') as string;
    posts[i] = {
      id,
      structureId: value(i, 'structure_id') as string,
      lineageId: value(i, 'lineage_id') as string,
      ...fieldsFrom((column) => value(i, column)),
      replacesLineageIds: (rep.get(id) ?? []).map((x) => x.lineage_id),
      organisationShares: (o.get(id) ?? []).map((x) => ({ organisationId: x.organisation_id, shareBp: x.share_bp })),
      managerId: value(i, 'manager_id') as string | null,
      dottedManagerIds: (d.get(id) ?? []).map((x) => x.manager_id),
      funding: (f.get(id) ?? []).map((x) => ({ sourceId: x.source_id, shareBp: x.share_bp })),
      postholders: (h.get(id) ?? []).map(holderFrom),
      sortOrder: value(i, 'sort_order') as number,
      holding: value(i, 'holding') === 1,
    };
  }
  return posts;
}

/** A postholder from its row. */
export function holderFrom(x: ChildRows['holders'][number]): Post['postholders'][number] {
  const details = detailsFromColumns(x);
  const equality = equalityFromColumn(x.equality);
  return { id: x.id, name: x.name, fte: x.fte_e4 === null ? null : fteFromE4(x.fte_e4), ...(details ? { details } : {}), ...(equality ? { equality } : {}) };
}

/** Child rows of posts, for posts picked by `where` (a condition on posts aliased p). */
export function readChildren(sql: Statements, where: string, args: readonly string[]): ChildRows {
  const q = <T>(cols: string, table: string) =>
    sql.get(`SELECT ${cols} FROM ${table} c JOIN posts p ON p.id = c.post_id WHERE ${where} ORDER BY c.sort_order`).all(...args) as T[];
  return {
    dotted: q('c.post_id, c.manager_id', 'dotted_lines'),
    funding: q('c.post_id, c.source_id, c.share_bp', 'post_funding'),
    holders: q(`c.id, c.post_id, c.name, c.fte_e4, c.equality, ${PERSON_COLUMNS.map((c) => `c.${c}`).join(', ')}`, 'postholders'),
    replaces: q('c.post_id, c.lineage_id', 'post_replaces'),
    shares: q('c.post_id, c.organisation_id, c.share_bp', 'post_organisation_shares'),
  };
}

export function rawRows(sql: Statements, query: string, args: readonly string[]): RawPostRows {
  const statement = sql.raw(query);
  return { columns: statement.columns().map((c) => c.name), rows: statement.all(...args) as unknown[][] };
}

export const STRUCTURE_POSTS = 'SELECT * FROM posts WHERE structure_id = ? ORDER BY sort_order, rowid';

export function readStructurePosts(sql: Statements, structureId: Id): Post[] {
  return assembleRaw(rawRows(sql, STRUCTURE_POSTS, [structureId]), readChildren(sql, 'p.structure_id = ?', [structureId]));
}

/** Who reports to whom in a structure, without the rest of each post: enough to check a move. */
export interface PostLink {
  id: Id;
  managerId: Id | null;
  sortOrder: number;
}

export function readStructureLinks(sql: Statements, structureId: Id): PostLink[] {
  return sql.get('SELECT id, manager_id AS managerId, sort_order AS sortOrder FROM posts WHERE structure_id = ? ORDER BY sort_order, rowid').all(structureId) as PostLink[];
}

/** The reports of a manager (or the top posts of a structure), in their order. */
export function readReportLinks(sql: Statements, structureId: Id, managerId: Id | null): PostLink[] {
  return (
    managerId === null
      ? sql.get('SELECT id, manager_id AS managerId, sort_order AS sortOrder FROM posts WHERE structure_id = ? AND manager_id IS NULL ORDER BY sort_order, rowid').all(structureId)
      : sql.get('SELECT id, manager_id AS managerId, sort_order AS sortOrder FROM posts WHERE manager_id = ? ORDER BY sort_order, rowid').all(managerId)
  ) as PostLink[];
}

/** The place after the last report of a manager (null: after the last top post of a structure). */
export function readNextSortOrder(sql: Statements, structureId: Id, managerId: Id | null): number {
  const row = (
    managerId === null
      ? sql.get('SELECT MAX(sort_order) AS m FROM posts WHERE structure_id = ? AND manager_id IS NULL').get(structureId)
      : sql.get('SELECT MAX(sort_order) AS m FROM posts WHERE manager_id = ?').get(managerId)
  ) as { m: number | null };
  return (row.m ?? -1) + 1;
}

/** Every post of a lineage, in whichever structure it is. */
export function readLineagePosts(sql: Statements, lineageId: Id): LineagePost[] {
  return sql.get('SELECT id, title, structure_id AS structureId FROM posts WHERE lineage_id = ?').all(lineageId) as LineagePost[];
}

/** A post and every manager above it, nearest first; stops if the data loops. */
export function readManagerChain(sql: Statements, postId: Id): Id[] {
  const chain: Id[] = [];
  const seen = new Set<Id>();
  const up = sql.get('SELECT manager_id AS m FROM posts WHERE id = ?');
  for (let cur: Id | null = postId; cur !== null && !seen.has(cur); ) {
    seen.add(cur);
    chain.push(cur);
    cur = ((up.get(cur) as { m: Id | null } | undefined)?.m ?? null);
  }
  return chain;
}

/** The structures that hold any of these posts. */
export function readStructuresOfPosts(sql: Statements, ids: readonly Id[]): Id[] {
  if (ids.length === 0) return [];
  return sql.get('SELECT DISTINCT structure_id FROM posts WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(ids)) as Id[];
}

export function readPostsByIds(sql: Statements, ids: readonly Id[]): Post[] {
  // Many posts (an import) are read with one statement per table, the ids passed as one JSON list.
  if (ids.length > 2_000) {
    const where = 'p.id IN (SELECT value FROM json_each(?))';
    const list = [JSON.stringify(ids)];
    return assembleRaw(rawRows(sql, `SELECT * FROM posts p WHERE ${where} ORDER BY p.sort_order, p.rowid`, list), readChildren(sql, where, list));
  }
  const out: Post[] = [];
  // Batches keep each statement well inside SQLite's limit on bound parameters.
  for (let i = 0; i < ids.length; i += 500) {
    const batch = ids.slice(i, i + 500);
    const marks = batch.map(() => '?').join(',');
    const rows = sql.get(`SELECT * FROM posts WHERE id IN (${marks})`).all(...batch) as PostRow[];
    if (rows.length === 0) continue;
    out.push(...assemble(rows, readChildren(sql, `p.id IN (${marks})`, batch)));
  }
  return out;
}
