// A comparison worked out by the worker's job handler, with every message copied the way
// postMessage copies it, comes back equal to the one worked out in place, with the window's own
// post objects in it.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentStore } from '../../electron/store/document';
import { buildCostContext } from '../../shared/costing/postCost';
import { compareStructures, lineOfPost, type ChangeSummary } from '../../shared/compare/compare';
import { CompareJobs, POST_CHUNK, type FromWorker, type ToWorker } from '../../shared/compare/job';
import { SummaryPieces } from '../../shared/compare/transfer';
import type { DocumentInfo, Post, Structure } from '../../shared/model/types';
import { createBigDocument } from '../helpers/bigStructure';
import { reshape } from '../helpers/reshape';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
let store: DocumentStore;
let doc: DocumentInfo;
let from: { structure: Structure; posts: Post[] };
let to: { structure: Structure; posts: Post[] };

beforeAll(() => {
  store = createBigDocument(path.join(tmp.dir, 'Big.establish'), 3000, 5);
  const currentId = store.info().structures.find((s) => s.kind === 'current')!.id;
  const { proposalId } = reshape(store, currentId);
  doc = store.info();
  const pick = (id: string) => ({ structure: doc.structures.find((s) => s.id === id)!, posts: store.structure(id).posts });
  from = pick(currentId);
  to = pick(proposalId);
}, 60_000);

afterAll(() => {
  store.close();
  tmp.cleanup();
});

/** Sends the messages to the job handler as copies, as postMessage does, and collects the copied replies. */
function exchange(jobs: CompareJobs, messages: ToWorker[]): FromWorker[] {
  return messages.flatMap((m) => jobs.handle(structuredClone(m)).map((r) => structuredClone(r)));
}

function postsMessages(key: string, posts: Post[]): ToWorker[] {
  const out: ToWorker[] = [];
  for (let i = 0; i < posts.length; i += POST_CHUNK) out.push({ type: 'posts', key, posts: posts.slice(i, i + POST_CHUNK), last: i + POST_CHUNK >= posts.length });
  return out;
}

function viaWorker(jobs: CompareJobs, id: number, send: boolean): { summary: ChangeSummary | null; replies: FromWorker[] } {
  const ask: ToWorker = { type: 'compare', id, reference: doc, from: from.structure, to: to.structure, fromKey: 'from@1', toKey: 'to@1' };
  const replies = exchange(jobs, [...(send ? [...postsMessages('from@1', from.posts), ...postsMessages('to@1', to.posts)] : []), ask]);
  const pieces = new SummaryPieces(from.posts, to.posts);
  for (const r of replies) if (r.type === 'piece' && r.id === id) pieces.add(r.piece);
  return { summary: pieces.complete ? pieces.summary(from.structure, to.structure, buildCostContext(doc)) : null, replies };
}

describe('comparing large structures in a worker', () => {
  it('gives exactly the comparison worked out in place, in pieces, with the window’s own posts', () => {
    const expected = compareStructures(doc, from, to);
    expect(expected.diff.counts.deleted).toBeGreaterThan(300);
    expect(expected.people.atRiskPosts.length).toBeGreaterThan(0);
    const { summary, replies } = viaWorker(new CompareJobs(), 1, true);
    // The changes in chunks of 500, then the rest; no costed lines.
    expect(replies.length).toBe(Math.ceil(expected.diff.changes.length / 500) + 1);
    const got = summary!;
    for (const k of ['diff', 'cost', 'implementationDate', 'byFinancialYear', 'breakdowns', 'people', 'oneOff'] as const) expect(got[k]).toEqual(expected[k]);
    expect(got.before.totals).toEqual(expected.before.totals);
    expect(got.after.totals).toEqual(expected.after.totals);
    // The lines, worked out in the window when asked for, are those worked out in the worker.
    expect(got.before.lines).toEqual(expected.before.lines);
    expect(got.after.lines).toEqual(expected.after.lines);
    // The very post objects the window holds, and the links between parts kept.
    const deleted = got.diff.changes.find((c) => c.kind === 'deleted')!;
    expect(from.posts).toContain(deleted.before);
    expect(lineOfPost(got, 'before', deleted.before!.id)!.post).toBe(deleted.before);
    expect(got.diff.changes).toContain(got.people.atRiskPosts[0]!.change);
    expect(got.people.atRiskPosts).toContain(got.oneOff.lines[0]!.post);
    expect(got.oneOff.lines[0]!.post.change.before!.postholders).toContain(got.oneOff.lines[0]!.holder);
  });

  it('asks again for posts it does not hold, and compares posts it already holds without them being sent again', () => {
    const jobs = new CompareJobs();
    const first = viaWorker(jobs, 1, false);
    expect(first.summary).toBeNull();
    expect(first.replies).toEqual([{ type: 'missing', id: 1, keys: ['from@1', 'to@1'] }]);
    expect(viaWorker(jobs, 2, true).summary).not.toBeNull();
    const again = viaWorker(jobs, 3, false);
    expect(again.summary!.cost).toEqual(compareStructures(doc, from, to).cost);
  });
});
