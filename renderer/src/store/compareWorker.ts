// The window's side of the worker that compares large structures. Each structure's posts go to
// the worker once per version, a chunk per task, so no one copy holds the window up; a
// comparison's answer comes back in pieces, each copied in its own task. A newer request for the
// same two structures supersedes a running one: its answer, when it comes, is dropped.
//
// The worker is bundled inline (a blob: URL), so it starts the same from the bridge's http:// page
// and from the packaged app's file:// page. Where it cannot start, comparisons are worked out in
// place as before.
/// <reference types="vite/client" />
import CompareWorker from '../workers/compare.worker?worker&inline';
import type { ChangeSummary, CostReference } from '../../../shared/compare/compare';
import { POST_CHUNK, type FromWorker, type ToWorker } from '../../../shared/compare/job';
import { SummaryPieces } from '../../../shared/compare/transfer';
import type { CostContext } from '../../../shared/costing/postCost';
import type { Post, Structure } from '../../../shared/model/types';

export interface CompareRequest {
  reference: CostReference;
  from: Structure;
  to: Structure;
  fromPosts: readonly Post[];
  toPosts: readonly Post[];
  /** The cost context of `reference`, to cost the posts line by line if a view asks. */
  costContext: CostContext;
}

/** What became of a request: its summary, or dropped because a newer one for the same pair superseded it. */
export type CompareOutcome = { summary: ChangeSummary } | { superseded: true };

interface Job {
  request: CompareRequest;
  pair: string;
  pieces: SummaryPieces;
  asked: number;
  resolve(outcome: CompareOutcome): void;
  reject(err: Error): void;
}

/** Times a step in the page's performance timeline, where profiles and the benchmark find it. */
function timed<T>(name: string, f: () => T): T {
  const start = performance.now();
  try {
    return f();
  } finally {
    performance.measure(`establish:compare:${name}`, { start, end: performance.now() });
  }
}

/**
 * Lets the window paint and answer between chunks: a task of its own, queued through a message
 * channel, as chained timeouts would be held back 4 ms each.
 */
function nextTask(): Promise<void> {
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export class CompareWorkerClient {
  private worker: Worker;
  private sent = new Map<string, Promise<void>>();
  private jobs = new Map<number, Job>();
  /** The newest request for each pair of structures. */
  private latest = new Map<string, number>();
  private nextId = 1;
  /** One key per list of posts: the store keeps one list per version of a structure. */
  private keys = new WeakMap<readonly Post[], string>();
  private nextKey = 1;
  broken: Error | null = null;

  constructor(worker: Worker) {
    this.worker = worker;
    worker.addEventListener('message', (e: MessageEvent<FromWorker>) => this.receive(e.data));
    worker.addEventListener('error', (e) => this.fail(new Error(e.message || 'The comparison worker stopped')));
  }

  /** Works out the comparison in the worker. Rejects if the worker fails. */
  compare(request: CompareRequest): Promise<CompareOutcome> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    const pair = `${request.from.id}>${request.to.id}`;
    const superseded = this.latest.get(pair);
    this.latest.set(pair, id);
    if (superseded !== undefined) this.drop(superseded);
    return new Promise<CompareOutcome>((resolve, reject) => {
      this.jobs.set(id, { request, pair, pieces: new SummaryPieces(request.fromPosts, request.toPosts), asked: 0, resolve, reject });
      void this.ask(id);
    });
  }

  private async ask(id: number): Promise<void> {
    const job = this.jobs.get(id);
    if (!job) return;
    job.asked++;
    const { request } = job;
    try {
      await Promise.all([this.sendPosts(request.fromPosts), this.sendPosts(request.toPosts)]);
    } catch (err) {
      this.fail(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    // Superseded while its posts went over: there is nothing to ask.
    if (!this.jobs.has(id)) return;
    const { reference, from, to } = request;
    const ref: CostReference = { settings: reference.settings, organisations: reference.organisations, grades: reference.grades, fundingSources: reference.fundingSources, matchDecisions: reference.matchDecisions };
    this.post({ type: 'compare', id, reference: ref, from, to, fromKey: this.keyOf(request.fromPosts), toKey: this.keyOf(request.toPosts) });
  }

  private keyOf(posts: readonly Post[]): string {
    let k = this.keys.get(posts);
    if (!k) this.keys.set(posts, (k = `posts-${this.nextKey++}`));
    return k;
  }

  private sendPosts(posts: readonly Post[]): Promise<void> {
    const key = this.keyOf(posts);
    let sending = this.sent.get(key);
    if (!sending) {
      sending = (async () => {
        for (let i = 0; i === 0 || i < posts.length; i += POST_CHUNK) {
          if (i > 0) await nextTask();
          timed('send', () => this.post({ type: 'posts', key, posts: posts.slice(i, i + POST_CHUNK), last: i + POST_CHUNK >= posts.length }));
        }
      })();
      this.sent.set(key, sending);
      // The worker keeps only a few versions; forget what was sent long ago.
      while (this.sent.size > 6) this.sent.delete(this.sent.keys().next().value!);
    }
    return sending;
  }

  private receive(msg: FromWorker): void {
    const job = this.jobs.get(msg.id);
    if (!job) return; // superseded: dropped
    if (msg.type === 'failed') {
      this.jobs.delete(msg.id);
      job.reject(new Error(msg.message));
    } else if (msg.type === 'missing') {
      for (const k of msg.keys) this.sent.delete(k);
      if (job.asked > 2) {
        this.jobs.delete(msg.id);
        job.reject(new Error('The comparison worker did not receive the posts'));
      } else void this.ask(msg.id);
    } else {
      timed('piece', () => job.pieces.add(msg.piece));
      if (!job.pieces.complete) return;
      this.jobs.delete(msg.id);
      if (this.latest.get(job.pair) === msg.id) this.latest.delete(job.pair);
      const { from, to, costContext } = job.request;
      const summary = timed('assemble', () => job.pieces.summary(from, to, costContext));
      // The views draw the figures in a task of their own.
      setTimeout(() => job.resolve({ summary }), 0);
    }
  }

  private drop(id: number): void {
    const job = this.jobs.get(id);
    if (!job) return;
    this.jobs.delete(id);
    job.resolve({ superseded: true });
  }

  private post(msg: ToWorker): void {
    this.worker.postMessage(msg);
  }

  private fail(err: Error): void {
    this.broken = err;
    for (const job of this.jobs.values()) job.reject(err);
    this.jobs.clear();
    this.worker.terminate();
  }
}

/** Each store's worker (kept with the store's API client, one per window), or null where workers cannot run. */
const clients = new WeakMap<object, CompareWorkerClient | null>();

/** The comparison worker of the store that `owner` belongs to, started on first use; null where workers cannot run or it failed. */
export function compareWorker(owner: object): CompareWorkerClient | null {
  let client = clients.get(owner);
  if (client === undefined) {
    try {
      client = typeof Worker === 'undefined' ? null : new CompareWorkerClient(new CompareWorker());
    } catch {
      client = null;
    }
    clients.set(owner, client);
  }
  return client && !client.broken ? client : null;
}
