import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/tempDir';
import { call, testSession } from '../helpers/session';

describe('a document end to end through the handlers', () => {
  const t = makeTempDir();
  afterAll(() => t.cleanup());
  it('creates the sample and edits it', async () => {
    const s = testSession(t.dir);
    const info = await call(s, 'newDocument', { path: path.join(t.dir, 'a.establish'), sample: true });
    const current = info.structures[0]!;
    const data = await call(s, 'getStructure', { structureId: current.id });
    expect(data.posts.length).toBe(60);
    const head = data.posts.find((p) => p.managerId === null)!;
    const r = await call(s, 'addPost', { structureId: current.id, managerId: head.id, post: { title: 'New officer' } });
    expect(r.changes.posts).toHaveLength(1);
    const u = await call(s, 'undo');
    expect(u!.changes.deletedPostIds).toHaveLength(1);
    const rr = await call(s, 'redo');
    expect(rr!.changes.posts).toHaveLength(1);
    s.dispose();
  });
});
