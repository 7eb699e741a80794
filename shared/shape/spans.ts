// The shape of a structure: how many layers sit below the top post, each manager's span of control
// (direct reports, a grouped post counting as the number of posts it stands for), and how the spans
// are spread. Pure: it looks at the posts only.
import { establishmentPosts } from '../model/establishment';
import { childrenMap } from '../model/tree';
import type { Id, Post } from '../model/types';

export type ShapePost = Pick<Post, 'id' | 'managerId' | 'sortOrder' | 'title' | 'gradeId' | 'grouped' | 'headcount' | 'fte' | 'holding'>;

export interface ManagerSpan {
  postId: Id;
  title: string;
  gradeId: Id | null;
  /** 0 for a top post, 1 for those reporting to it, and so on. */
  layer: number;
  /** Direct reports, a grouped post counted as the posts it stands for. */
  span: number;
}

export interface SpanRange {
  min: number;
  max: number;
}

export interface StructureSpans {
  /** Layers below the top post: 0 when no one reports to anyone. */
  layers: number;
  /** Posts with at least one direct report, in the order of the chart (top down). */
  managers: ManagerSpan[];
  /** How many managers have each span, smallest span first. */
  distribution: { span: number; managers: number }[];
  /** Null when there are no managers. */
  median: number | null;
  min: number | null;
  max: number | null;
  /** Each post's layer (posts caught in a reporting loop have none). */
  layerOf: ReadonlyMap<Id, number>;
}

/** The fewer-than-3 or more-than-12 range a span is marked outside of when the document sets none. */
export const DEFAULT_SPAN_RANGE: SpanRange = { min: 3, max: 12 };

/**
 * How many posts a post stands for: one, or for a grouped post the people it holds when known,
 * otherwise its FTE rounded up (a group of 4.5 FTE is five posts).
 */
export function postNumber(p: Pick<Post, 'grouped' | 'headcount' | 'fte'>): number {
  if (!p.grouped) return 1;
  if (p.headcount) return p.headcount;
  return Math.max(1, Math.ceil(p.fte - 1e-9));
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function structureSpans(allPosts: readonly ShapePost[]): StructureSpans {
  // A holding card ("Unplaced") is not a post: the posts under it count as tops of their own.
  const posts = establishmentPosts(allPosts as Post[]) as readonly ShapePost[];
  const byId = new Map(posts.map((p) => [p.id, p]));
  const children = childrenMap(posts);
  const layerOf = new Map<Id, number>();
  const managers: ManagerSpan[] = [];
  let layers = 0;
  // Breadth first from the tops, so managers come top down; a loop is never reached from a top.
  let level = children.get(null) ?? [];
  let depth = 0;
  while (level.length) {
    const next: Id[] = [];
    for (const id of level) {
      if (layerOf.has(id)) continue;
      layerOf.set(id, depth);
      if (depth > layers) layers = depth;
      const kids = children.get(id) ?? [];
      if (kids.length) {
        const p = byId.get(id)!;
        const span = kids.reduce((n, k) => n + postNumber(byId.get(k)!), 0);
        managers.push({ postId: id, title: p.title, gradeId: p.gradeId, layer: depth, span });
        next.push(...kids);
      }
    }
    level = next;
    depth++;
  }
  const counts = new Map<number, number>();
  for (const m of managers) counts.set(m.span, (counts.get(m.span) ?? 0) + 1);
  const spans = managers.map((m) => m.span);
  return {
    layers,
    managers,
    distribution: [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([span, n]) => ({ span, managers: n })),
    median: median(spans),
    min: spans.length ? Math.min(...spans) : null,
    max: spans.length ? Math.max(...spans) : null,
    layerOf,
  };
}

/** Managers whose span is below or above the range. */
export function spansOutside(spans: StructureSpans, range: SpanRange): ManagerSpan[] {
  return spans.managers.filter((m) => m.span < range.min || m.span > range.max);
}
