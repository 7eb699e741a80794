// Where each post sits in the two lists of a diff, by id and by lineage. Worked out once per diff,
// when first asked for, and shared by the matching, the replacement links, the suggestions and the
// field comparison, rather than each building its own map of every post.
import type { Id, Post } from '../model/types';

/** Where each of a list of posts sits, by id (or by lineage). */
export interface Positions {
  get(id: Id): number | undefined;
  /** Ids held (ids that repeat are held once). */
  readonly size: number;
}

/** Maps an id's index is split over: a power of two. */
const SHARDS = 16;

/**
 * Positions held in sixteen maps, chosen by the id's last two characters, rather than in one.
 * In Node 20 (the oldest Node the command line runs on), filling one Map with ten thousand ids
 * took about 2.5 ms on a 2-core machine, most of it in the few steps where the map doubles past a
 * few thousand entries; sixteen maps of a few hundred ids each filled in about 0.5 ms. The window's
 * newer V8 fills one map in about 0.15 ms, and the split costs it about 0.1 ms more to fill and
 * to look up every id.
 */
class IdPositions implements Positions {
  private readonly shards: Map<Id, number>[] = [];
  constructor() {
    for (let k = 0; k < SHARDS; k++) this.shards.push(new Map());
  }
  private shard(id: Id): Map<Id, number> {
    // NaN (an id of one character or none) counts as 0.
    return this.shards[(id.charCodeAt(id.length - 1) + 3 * id.charCodeAt(id.length - 2)) & (SHARDS - 1)]!;
  }
  get(id: Id): number | undefined {
    return this.shard(id).get(id);
  }
  /** Holds `at` for `id`, in place of any position held for it. */
  set(id: Id, at: number): void {
    this.shard(id).set(id, at);
  }
  has(id: Id): boolean {
    return this.shard(id).has(id);
  }
  get size(): number {
    let n = 0;
    for (const m of this.shards) n += m.size;
    return n;
  }
}

/** Each post's position by its id; where an id repeats, its last. */
function byId(posts: readonly Post[]): IdPositions {
  const at = new IdPositions();
  for (let i = 0; i < posts.length; i++) at.set(posts[i]!.id, i);
  return at;
}

function ownLineages(posts: readonly Post[]): boolean {
  for (let i = 0; i < posts.length; i++) if (posts[i]!.lineageId !== posts[i]!.id) return false;
  return true;
}

export class PostPositions {
  private beforeIds: Positions | null = null;
  private afterIds: Positions | null = null;
  private beforeLineages: Positions | null = null;
  /** Whether every before post is its own lineage, noted when the map of their ids is made. */
  private beforeOwnLineages = true;

  constructor(
    private readonly before: readonly Post[],
    private readonly after: readonly Post[],
  ) {}

  /** Position of each before post by its id. */
  beforeAt(): Positions {
    if (!this.beforeIds) {
      this.beforeIds = byId(this.before);
      this.beforeOwnLineages = ownLineages(this.before);
    }
    return this.beforeIds;
  }

  /** Position of each after post by its id. */
  afterAt(): Positions {
    return (this.afterIds ??= byId(this.after));
  }

  /** Whether no two before posts share a lineage, so no lineage can pair twice. */
  beforeLineagesUnique(): boolean {
    const byLineage = this.beforeByLineage();
    return byLineage.size === this.before.length;
  }

  /** Position of the first before post of each lineage. */
  beforeByLineage(): Positions {
    if (!this.beforeLineages) {
      // Posts of the structure others were copied from are each their own lineage: the same map,
      // where no id repeats (the map of ids holds an id's last position, this one its first).
      const ids = this.beforeAt();
      if (this.beforeOwnLineages && ids.size === this.before.length) return (this.beforeLineages = ids);
      const at = new IdPositions();
      for (let i = 0; i < this.before.length; i++) {
        const l = this.before[i]!.lineageId;
        if (!at.has(l)) at.set(l, i);
      }
      this.beforeLineages = at;
    }
    return this.beforeLineages;
  }
}
