// Where each post sits in the two lists of a diff, by id and by lineage. Worked out once per diff,
// when first asked for, and shared by the matching, the replacement links, the suggestions and the
// field comparison, rather than each building its own map of every post.
import type { Id, Post } from '../model/types';

function byId(posts: readonly Post[]): Map<Id, number> {
  const at = new Map<Id, number>();
  for (let i = 0; i < posts.length; i++) at.set(posts[i]!.id, i);
  return at;
}

function ownLineages(posts: readonly Post[]): boolean {
  for (let i = 0; i < posts.length; i++) if (posts[i]!.lineageId !== posts[i]!.id) return false;
  return true;
}

export class PostPositions {
  private beforeIds: Map<Id, number> | null = null;
  private afterIds: Map<Id, number> | null = null;
  private beforeLineages: ReadonlyMap<Id, number> | null = null;
  /** Whether every before post is its own lineage, noted when the map of their ids is made. */
  private beforeOwnLineages = true;

  constructor(
    private readonly before: readonly Post[],
    private readonly after: readonly Post[],
  ) {}

  /** Position of each before post by its id. */
  beforeAt(): ReadonlyMap<Id, number> {
    if (!this.beforeIds) {
      this.beforeIds = byId(this.before);
      this.beforeOwnLineages = ownLineages(this.before);
    }
    return this.beforeIds;
  }

  /** Position of each after post by its id. */
  afterAt(): ReadonlyMap<Id, number> {
    return (this.afterIds ??= byId(this.after));
  }

  /** Whether no two before posts share a lineage, so no lineage can pair twice. */
  beforeLineagesUnique(): boolean {
    const byLineage = this.beforeByLineage();
    return byLineage.size === this.before.length;
  }

  /** Position of the first before post of each lineage. */
  beforeByLineage(): ReadonlyMap<Id, number> {
    if (!this.beforeLineages) {
      // Posts of the structure others were copied from are each their own lineage: the same map.
      const ids = this.beforeAt();
      if (this.beforeOwnLineages) return (this.beforeLineages = ids);
      const at = new Map<Id, number>();
      for (let i = 0; i < this.before.length; i++) {
        const l = this.before[i]!.lineageId;
        if (!at.has(l)) at.set(l, i);
      }
      this.beforeLineages = at;
    }
    return this.beforeLineages;
  }
}
