// What a chart export prints about each post, built from the document: grade codes, costs and
// change marks, with postholder names only when the user asked for them.
import type { ChartContent } from '../chart/card';
import type { PostMark } from '../chart/status';
import { buildCostContext, costPost } from '../costing/postCost';
import type { DocumentInfo, Id, Post } from '../model/types';

export interface ContentOptions {
  names: boolean;
  costs: boolean;
  monochrome: boolean;
}

export function chartContent(
  doc: Pick<DocumentInfo, 'settings' | 'organisations' | 'grades'>,
  posts: readonly Post[],
  marks: ReadonlyMap<Id, PostMark> | null,
  o: ContentOptions,
): ChartContent {
  const gradeCodes = new Map(doc.grades.map((g) => [g.id, g.code]));
  let costs: Map<Id, number> | null = null;
  if (o.costs) {
    const ctx = buildCostContext(doc);
    costs = new Map(posts.map((p) => [p.id, costPost(p, ctx).totalPence]));
  }
  const byId = new Map<Id, Post>();
  for (const p of posts) byId.set(p.id, p);
  if (marks) for (const m of marks.values()) if (m.before && !byId.has(m.before.id)) byId.set(m.before.id, m.before);
  return { posts: byId, gradeCodes, marks, costs, names: o.names, monochrome: o.monochrome };
}

const STATUS_TEXT = { draft: 'DRAFT', consultation: 'DRAFT FOR CONSULTATION', implementation: 'FOR IMPLEMENTATION' } as const;

export function statusText(kind: 'current' | 'proposal', status: keyof typeof STATUS_TEXT): string {
  return kind === 'current' ? 'CURRENT STRUCTURE' : STATUS_TEXT[status];
}

/** "23 November 2025" from an ISO date. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}
