// A post's fields are described once (shared/model/postFields.ts): the API's schema, the columns of
// the posts table and the tables of its lists all follow from that table, checked on a real file.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postFieldsSchema } from '../../shared/api/schemas';
import { COLUMN_FIELDS, fieldsFromColumns, fieldsToColumns, POST_FIELDS, type PostFieldName } from '../../shared/model/postFields';
import { POST_CHILD_TABLES } from '../../electron/store/postRows';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';
import { post } from '../helpers/model';

const tmp = makeTempDir();
const s = testSession(tmp.dir);
afterAll(() => {
  s.dispose();
  tmp.cleanup();
});

/** Columns of the posts table that place a post rather than describe it. */
const PLACE_COLUMNS = ['id', 'structure_id', 'lineage_id', 'manager_id', 'sort_order', 'holding'];

describe('the field table of a post', () => {
  it('is the API schema of a post: the same fields, nothing more', () => {
    expect(Object.keys(postFieldsSchema.shape).sort()).toEqual(Object.keys(POST_FIELDS).sort());
  });

  it('names every column of the posts table and every table of a post’s lists in a real document', async () => {
    await call(s, 'newDocument', { path: path.join(tmp.dir, 'Fields.establish'), sample: true });
    const db = s.document!.db;
    const columns = (db.pragma('table_info(posts)') as { name: string }[]).map((c) => c.name);
    const fieldColumns = COLUMN_FIELDS.map((k) => (POST_FIELDS[k] as { column: string }).column);
    expect([...PLACE_COLUMNS, ...fieldColumns].sort()).toEqual([...columns].sort());
    const listTables = (Object.keys(POST_FIELDS) as PostFieldName[]).map((k) => POST_FIELDS[k]).flatMap((f) => ('table' in f ? [f.table] : []));
    expect([...listTables].sort()).toEqual([...POST_CHILD_TABLES].sort());
  });

  it('writes a post’s fields to columns and reads them back unchanged', () => {
    const p = post({ title: 'Senior Officer', fte: 0.8125, vacant: true, isAssistant: true, salaryOverridePence: 3_100_000, duties: 'JD 4', notes: 'n' });
    const row = fieldsToColumns(p);
    expect(row).toMatchObject({ fte_e4: 8125, vacant: 1, is_assistant: 1, salary_override_pence: 3_100_000, duties: 'JD 4' });
    const back = fieldsFromColumns(row);
    for (const k of COLUMN_FIELDS) expect(back[k]).toEqual(p[k]);
  });
});
