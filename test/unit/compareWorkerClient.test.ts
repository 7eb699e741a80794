// The window's side of the comparison worker, against the real job handler behind a stand-in for
// Worker that copies every message as postMessage does and answers in a later task: a newer
// request for the same two structures drops the older one's answer, posts the worker has let go
// are sent again, and a worker that fails rejects what was asked of it.
import { describe, expect, it } from 'vitest';
import { compareStructures } from '../../shared/compare/compare';
import { CompareJobs, type FromWorker, type ToWorker } from '../../shared/compare/job';
import type { Post } from '../../shared/model/types';
import { CompareWorkerClient, type CompareRequest } from '../../renderer/src/store/compareWorker';
import { copyOf, post, reference, structure } from '../helpers/model';

class FakeWorker {
  jobs = new CompareJobs();
  sent: ToWorker[] = [];
  private listeners: { message: ((e: { data: FromWorker }) => void)[]; error: ((e: { message: string }) => void)[] } = { message: [], error: [] };
  /** Forgets every post it holds before handling the next comparison (as when it keeps too few). */
  forgetful = false;
  terminated = false;

  addEventListener(type: 'message' | 'error', f: never): void {
    this.listeners[type].push(f);
  }

  postMessage(msg: ToWorker): void {
    const copy = structuredClone(msg);
    this.sent.push(copy);
    setTimeout(() => {
      if (this.forgetful && copy.type === 'compare') {
        this.jobs = new CompareJobs();
        this.forgetful = false;
      }
      for (const reply of this.jobs.handle(copy)) for (const f of this.listeners.message) f({ data: structuredClone(reply) });
    }, 1);
  }

  fail(message: string): void {
    for (const f of this.listeners.error) f({ message });
  }

  terminate(): void {
    this.terminated = true;
  }
}

function posts(n: number, structureId: string): Post[] {
  const out = [post({ id: 'top', title: 'Head of Service', structureId })];
  for (let i = 1; i < n; i++) out.push(post({ id: `p${i}`, title: `Officer ${i}`, managerId: 'top', structureId }));
  return out;
}

function request(afterPosts: Post[]): CompareRequest {
  const { ctx, ...ref } = reference();
  const before = posts(1200, 'cur');
  return { reference: ref, from: structure('cur'), to: structure('prop', { kind: 'proposal' }), fromPosts: before, toPosts: afterPosts, costContext: ctx };
}

const proposal = () => copyOf(posts(1200, 'cur'), 'prop');

describe('the comparison worker client', () => {
  it('gives the comparison worked out in place, sending each structure’s posts in chunks of 500 once', async () => {
    const worker = new FakeWorker();
    const client = new CompareWorkerClient(worker as unknown as Worker);
    const req = request(proposal().filter((p) => p.id !== 'c:p7'));
    const outcome = await client.compare(req);
    expect('summary' in outcome && outcome.summary.diff).toEqual(compareStructures(req.reference, { structure: req.from, posts: req.fromPosts }, { structure: req.to, posts: req.toPosts }).diff);
    expect(worker.sent.filter((m) => m.type === 'posts').map((m) => (m.type === 'posts' ? m.posts.length : 0))).toEqual([500, 500, 500, 500, 200, 199]);
    // The same posts again: only the question is sent.
    await client.compare({ ...req });
    expect(worker.sent.filter((m) => m.type === 'posts')).toHaveLength(6);
  });

  it('drops the answer to a request a newer one for the same structures superseded', async () => {
    const client = new CompareWorkerClient(new FakeWorker() as unknown as Worker);
    const older = client.compare(request(proposal()));
    const newerPosts = proposal().filter((p) => p.id !== 'c:p3');
    const newer = client.compare(request(newerPosts));
    expect(await older).toEqual({ superseded: true });
    const got = await newer;
    expect('summary' in got && got.summary.diff.counts.deleted).toBe(1);
  });

  it('sends the posts again when the worker no longer holds them', async () => {
    const worker = new FakeWorker();
    const client = new CompareWorkerClient(worker as unknown as Worker);
    const req = request(proposal());
    await client.compare(req);
    worker.forgetful = true;
    const again = await client.compare({ ...req });
    expect('summary' in again && again.summary.diff.counts.unchanged).toBe(1200);
    expect(worker.sent.filter((m) => m.type === 'posts')).toHaveLength(6 + 6);
  });

  it('rejects what was asked when the worker fails, and refuses more', async () => {
    const worker = new FakeWorker();
    const client = new CompareWorkerClient(worker as unknown as Worker);
    const pending = client.compare(request(proposal()));
    worker.fail('out of memory');
    await expect(pending).rejects.toThrow('out of memory');
    expect(worker.terminated).toBe(true);
    await expect(client.compare(request(proposal()))).rejects.toThrow('out of memory');
  });
});
