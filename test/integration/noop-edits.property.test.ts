// Through the real API on a real file: edits that change nothing (fields set to the values they
// hold, a post moved to where it is, an edit undone) leave the cost the same to the penny, and
// the diff against the structure as it was is empty.
import fc from 'fast-check';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostPatch } from '../../shared/api/schemas';
import { buildCostContext } from '../../shared/costing/postCost';
import { costStructure } from '../../shared/costing/structureCost';
import { costedDiff } from '../../shared/compare/compare';
import type { DocumentInfo, Post } from '../../shared/model/types';
import type { Session } from '../../electron/api/session';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
let s: Session;
let doc: DocumentInfo;
let structureId: string;

beforeAll(async () => {
  s = testSession(tmp.dir);
  doc = await call(s, 'newDocument', { path: path.join(tmp.dir, 'noop.establish'), sample: true });
  structureId = doc.structures[0]!.id;
});
afterAll(() => {
  s.dispose();
  tmp.cleanup();
});

const FIELDS = ['title', 'team', 'fte', 'gradeId', 'payPointId', 'funding', 'organisationId', 'organisationShares', 'duties', 'vacant', 'notes'] as const;

function samePatch(p: Post, pick: number): PostPatch {
  const patch: Record<string, unknown> = {};
  FIELDS.forEach((f, i) => {
    if (pick & (1 << i)) patch[f] = p[f];
  });
  if (Object.keys(patch).length === 0) patch.title = p.title;
  return patch as PostPatch;
}

type NoOp = { kind: 'same-values'; at: number; pick: number } | { kind: 'move-in-place'; at: number } | { kind: 'edit-and-undo'; at: number };

const noOpArb: fc.Arbitrary<NoOp> = fc.oneof(
  fc.record({ kind: fc.constant('same-values' as const), at: fc.nat(), pick: fc.nat({ max: (1 << FIELDS.length) - 1 }) }),
  fc.record({ kind: fc.constant('move-in-place' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('edit-and-undo' as const), at: fc.nat() }),
);

async function apply(op: NoOp, posts: Post[]): Promise<void> {
  const p = posts[op.at % posts.length]!;
  if (op.kind === 'same-values') {
    await call(s, 'updatePosts', { postIds: [p.id], patch: samePatch(p, op.pick) });
  } else if (op.kind === 'move-in-place') {
    const siblings = posts.filter((x) => x.managerId === p.managerId).sort((a, b) => a.sortOrder - b.sortOrder);
    const next = siblings[siblings.findIndex((x) => x.id === p.id) + 1];
    await call(s, 'movePosts', { postIds: [p.id], managerId: p.managerId, beforeId: next ? next.id : null });
  } else {
    await call(s, 'updatePosts', { postIds: [p.id], patch: { fte: p.fte === 1 ? 0.5 : 1, title: `${p.title} (draft)` } });
    await call(s, 'undo');
  }
}

describe('no-op edits through the API', () => {
  it('leave the structure costing the same pence, and the diff against it empty', async () => {
    const ctx = buildCostContext(doc);
    await fc.assert(
      fc.asyncProperty(fc.array(noOpArb, { minLength: 1, maxLength: 4 }), async (ops) => {
        const before = (await call(s, 'getStructure', { structureId })).posts;
        const costBefore = costStructure(before, ctx).totals;
        for (const op of ops) await apply(op, (await call(s, 'getStructure', { structureId })).posts);
        const after = (await call(s, 'getStructure', { structureId })).posts;
        expect(costStructure(after, ctx).totals).toEqual(costBefore);
        const d = costedDiff({ structure: { id: structureId }, posts: before }, { structure: { id: structureId }, posts: after }, ctx);
        expect(d.changes.filter((c) => c.kind !== 'unchanged' || c.fields.length > 0)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
