// What crosses between the host and the window (Electron IPC or the loopback bridge) may be packed
// more compactly than the contract's values: a structure's posts go as columns (packRecords.ts).
// The host packs with `toWire`, the window's client unpacks with `fromWire`; code on either side
// sees only the contract's own values.
import type { Structure } from '../model/types';
import type { MethodName, ResultOf } from './contract';
import type { Envelope } from './errors';
import { isPackedRecords, packRecords, type PackedRecords } from './packRecords';
import { unpackPosts } from './unpackPosts';

/** A structure as it travels: its posts packed. */
export interface PackedStructure {
  structure: Structure;
  posts: PackedRecords;
}

/** Each method's answer as it travels: the contract's, or a structure with its posts packed. */
export type WireResultOf<M extends MethodName> = M extends 'getStructure' ? PackedStructure | ResultOf<M> : ResultOf<M>;

/** Methods whose answer carries a structure's posts, packed on the way. */
const PACKED_POSTS = new Set(['getStructure']);

export function toWire(method: string, env: Envelope<unknown>): Envelope<unknown> {
  if (!env.ok || !PACKED_POSTS.has(method)) return env;
  const value = env.value as { posts: Record<string, unknown>[] | PackedRecords };
  // Packed already by the host, which read the posts straight into that form.
  if (isPackedRecords(value.posts)) return env;
  return { ok: true, value: { ...value, posts: packRecords(value.posts) } };
}

export function fromWire(method: string, value: unknown): unknown {
  if (!PACKED_POSTS.has(method)) return value;
  const v = value as { posts: unknown };
  return isPackedRecords(v.posts) ? { ...v, posts: unpackPosts(v.posts) } : value;
}
