// A structure's posts read straight into the packed columns they travel to the window in
// (shared/api/packRecords.ts): the posts table is read as arrays, each field's values are taken
// column by column, and no record per post is made on the way. What the window unpacks is exactly
// what readStructurePosts gives.
import { packColumns, type PackedRecords } from '../../shared/api/packRecords';
import { COLUMN_FIELDS, POST_COLUMNS } from '../../shared/model/postColumns';
import type { Id } from '../../shared/model/types';
import { group, holderFrom, rawRows, readChildren, STRUCTURE_POSTS } from './read';
import type { Statements } from './recorder';

const NONE: readonly never[] = Object.freeze([]);

export function readStructurePacked(sql: Statements, structureId: Id): PackedRecords {
  const { columns, rows } = rawRows(sql, STRUCTURE_POSTS, [structureId]);
  const children = readChildren(sql, 'p.structure_id = ?', [structureId]);
  const place = (column: string): number => {
    const i = columns.indexOf(column);
    if (i < 0) throw new Error(`The posts table has no column ${column}.`);
    return i;
  };
  const column = (name: string, read: (v: unknown) => unknown = (v) => v): unknown[] => {
    const at = place(name);
    return rows.map((r) => read(r[at]));
  };
  const ids = column('id') as string[];
  const perPost = <T, U>(grouped: Map<string, T[]>, item: (x: T) => U): readonly U[][] => ids.map((id) => grouped.get(id)?.map(item) ?? (NONE as unknown as U[]));
  // In the order a post's fields are made in readStructurePosts, so the records come back alike.
  return packColumns(rows.length, [
    ['id', ids],
    ['structureId', column('structure_id')],
    ['lineageId', column('lineage_id')],
    ...COLUMN_FIELDS.map((k): [string, unknown[]] => {
      const f = POST_COLUMNS[k];
      return [k, column(f.column, f.fromColumn as (v: unknown) => unknown)];
    }),
    ['replacesLineageIds', perPost(group(children.replaces), (x) => x.lineage_id)],
    ['organisationShares', perPost(group(children.shares), (x) => ({ organisationId: x.organisation_id, shareBp: x.share_bp }))],
    ['managerId', column('manager_id')],
    ['dottedManagerIds', perPost(group(children.dotted), (x) => x.manager_id)],
    ['funding', perPost(group(children.funding), (x) => ({ sourceId: x.source_id, shareBp: x.share_bp }))],
    ['postholders', perPost(group(children.holders), holderFrom)],
    ['sortOrder', column('sort_order')],
    ['holding', column('holding', (v) => v === 1)],
  ]);
}
