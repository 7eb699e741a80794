// Posts an edit created, built from the rows it wrote rather than read back: a post that did not
// exist before the edit has every row of it (and of its child rows) in the edit's changes.
import { COLUMN_FIELDS, POST_COLUMNS as FIELD_COLUMNS } from '../../shared/model/postColumns';
import type { Id, Post } from '../../shared/model/types';
import { assemble, PERSON_COLUMNS, type ChildRows, type PostRow } from './read';
import type { Row, RowChange } from './recorder';

const POST_COLUMNS: readonly string[] = [
  'id', 'structure_id', 'lineage_id', 'manager_id', 'sort_order', 'holding',
  ...COLUMN_FIELDS.map((k) => FIELD_COLUMNS[k].column),
];

const CHILD_COLUMNS = {
  dotted_lines: { key: 'dotted', cols: ['post_id', 'manager_id', 'sort_order'] },
  post_funding: { key: 'funding', cols: ['post_id', 'source_id', 'share_bp', 'sort_order'] },
  postholders: { key: 'holders', cols: ['id', 'post_id', 'name', 'fte_e4', 'sort_order', 'equality', ...PERSON_COLUMNS] },
  post_replaces: { key: 'replaces', cols: ['post_id', 'lineage_id', 'sort_order'] },
  post_organisation_shares: { key: 'shares', cols: ['post_id', 'organisation_id', 'share_bp', 'sort_order'] },
} as const satisfies Record<string, { key: keyof ChildRows; cols: readonly string[] }>;

type ChildTable = keyof typeof CHILD_COLUMNS;

const hasAll = (row: Row, cols: readonly string[]) => cols.every((c) => c in row);

/**
 * Splits the posts an edit touched into those it created (built here from its rows, keyed by id)
 * and the rest, which the caller reads from the database. A post whose rows lack a column (one
 * left to its default) is left to be read.
 */
export function postsCreatedBy(changes: readonly RowChange[]): Map<Id, Post> {
  const existedBefore = new Map<Id, boolean>();
  const finalPost = new Map<Id, Row | null>();
  const finalChild = new Map<ChildTable, Map<string, Row | null>>();
  for (const c of changes) {
    if (c.t === 'posts') {
      if (!existedBefore.has(c.id)) existedBefore.set(c.id, c.b !== null);
      finalPost.set(c.id, c.a);
    } else if (c.t in CHILD_COLUMNS) {
      const t = c.t as ChildTable;
      let m = finalChild.get(t);
      if (!m) finalChild.set(t, (m = new Map()));
      m.set(c.id, c.a);
    }
  }
  const created = new Set<Id>();
  for (const [id, before] of existedBefore) {
    const row = finalPost.get(id);
    if (!before && row && hasAll(row, POST_COLUMNS)) created.add(id);
  }
  const children: ChildRows = { dotted: [], funding: [], holders: [], replaces: [], shares: [] };
  for (const [t, rows] of finalChild) {
    const { key, cols } = CHILD_COLUMNS[t];
    const list = children[key] as unknown as Row[];
    for (const row of rows.values()) {
      if (!row || !created.has(row.post_id as Id)) continue;
      if (hasAll(row, cols)) list.push(row);
      else created.delete(row.post_id as Id);
    }
    // As read back: each post's child rows in their order.
    list.sort((a, b) => (a.sort_order as number) - (b.sort_order as number));
  }
  const rows: PostRow[] = [];
  for (const id of created) rows.push(finalPost.get(id) as unknown as PostRow);
  rows.sort((a, b) => a.sort_order - b.sort_order);
  const posts = new Map<Id, Post>();
  for (const p of assemble(rows, children)) posts.set(p.id, p);
  return posts;
}
