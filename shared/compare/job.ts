// The comparison of two large structures, worked out away from the window: the messages the
// window and the worker exchange, and what the worker does with each. Pure: the worker's own
// file only passes messages in and out.
//
// The window sends each structure's posts once per version, in chunks (so no one copy holds it
// up), then asks for comparisons of posts the worker holds. Each answer comes back in pieces
// (see transfer.ts), the last one saying it is done.
import type { Post, Structure } from '../model/types';
import { compareStructures, type CostReference } from './compare';
import { packSummary, type Piece } from './transfer';

/** Posts per message from the window. */
export const POST_CHUNK = 500;

/** Versions of structures the worker keeps: a comparison's two sides and a few more. */
const KEPT = 6;

export type ToWorker =
  /** Part of a structure's posts at one version (`key`), in order; `last` on the final part. */
  | { type: 'posts'; key: string; posts: Post[]; last: boolean }
  | { type: 'compare'; id: number; reference: CostReference; from: Structure; to: Structure; fromKey: string; toKey: string };

export type FromWorker =
  | { type: 'piece'; id: number; piece: Piece }
  /** The posts of a side are no longer (or not yet wholly) held: send them again. */
  | { type: 'missing'; id: number; keys: string[] }
  | { type: 'failed'; id: number; message: string };

export class CompareJobs {
  private filling = new Map<string, Post[]>();
  private held = new Map<string, Post[]>();

  /** What to send back for one message from the window. */
  handle(msg: ToWorker): FromWorker[] {
    if (msg.type === 'posts') {
      const list = this.filling.get(msg.key) ?? [];
      for (const p of msg.posts) list.push(p);
      if (!msg.last) {
        this.filling.set(msg.key, list);
        return [];
      }
      this.filling.delete(msg.key);
      this.held.delete(msg.key);
      this.held.set(msg.key, list);
      while (this.held.size > KEPT) this.held.delete(this.held.keys().next().value!);
      return [];
    }
    const fromPosts = this.held.get(msg.fromKey);
    const toPosts = this.held.get(msg.toKey);
    if (!fromPosts || !toPosts) return [{ type: 'missing', id: msg.id, keys: [msg.fromKey, msg.toKey].filter((k) => !this.held.has(k)) }];
    // Most recently used last, so the oldest goes first.
    for (const [k, v] of [[msg.fromKey, fromPosts], [msg.toKey, toPosts]] as const) {
      this.held.delete(k);
      this.held.set(k, v);
    }
    try {
      const summary = compareStructures(msg.reference, { structure: msg.from, posts: fromPosts }, { structure: msg.to, posts: toPosts });
      return packSummary(summary, fromPosts, toPosts).map((piece) => ({ type: 'piece', id: msg.id, piece }));
    } catch (err) {
      return [{ type: 'failed', id: msg.id, message: err instanceof Error ? err.message : String(err) }];
    }
  }
}
