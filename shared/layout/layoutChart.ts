// The chart of a structure: every visible card placed, and every line between them routed.
// Pure and fast enough to rerun after every edit on a structure of 10,000 posts.
import type { Id } from '../model/types';
import { buildCardForest, type CardForest, type CardOfPost } from './cardTree';
import { geometry } from './geometry';
import { positionForest } from './position';
import { dottedEdge, edgeSink } from './routes';
import type { ChartLayout, LayoutCard, LayoutOptions, LayoutPost } from './types';

function assistantsOutOfRoom(forest: CardForest): boolean {
  return forest.order.some((n) => {
    if (!n.shift || n.assistants.length === 0) return false;
    return (forest.assistantRows[n.card.depth + n.shift] ?? 0) < Math.ceil(n.assistants.length / 2);
  });
}

export interface ChartLayoutResult extends ChartLayout {
  /** The card each visible post is drawn in (its own, or its group's). */
  cardOfPost: CardOfPost;
}

/**
 * Lays out `posts` as an org chart. `cards` come in depth-first order (a card, its assistants,
 * then its reports left to right), so each card's manager comes before it.
 */
export function layoutChart(posts: readonly LayoutPost[], options: LayoutOptions): ChartLayoutResult {
  const g = geometry(options);
  const forest = buildCardForest(posts, options, g);
  let sink = edgeSink();
  let size = positionForest(forest, g, sink);
  // Room for assistants is kept below each tier for the managers of that depth. A manager moved
  // down into a later tier (its level wrapped into rows) may have more assistants than that tier
  // has room for: then every tier gets room for the most, so no report sits on an assistant.
  // Tiers are counted to the lowest a card was moved down to, and again if that changes.
  for (let round = 0; round < 4 && assistantsOutOfRoom(forest); round++) {
    let most = 0;
    for (const n of forest.assistantRows) if (n !== undefined) most = Math.max(most, n);
    let tiers = 0;
    for (const n of forest.order) tiers = Math.max(tiers, n.card.depth + (n.shift ?? 0) + 1);
    forest.assistantRows = Array.from({ length: tiers }, () => most);
    sink = edgeSink();
    size = positionForest(forest, g, sink);
  }
  const cards: LayoutCard[] = forest.order.map((n) => n.card);
  let byId: Map<string, LayoutCard> | null = null;

  const seen = new Set<string>();
  for (const p of posts) {
    if (p.dottedManagerIds.length === 0) continue;
    byId ??= new Map(cards.map((c) => [c.id, c]));
    const to = forest.cardOfPost.get(p.id);
    if (!to) continue;
    for (const m of p.dottedManagerIds) {
      const from = forest.cardOfPost.get(m);
      if (!from || from === to) continue;
      const key = `${from}>${to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sink.add(dottedEdge(byId.get(from)!, byId.get(to)!));
    }
  }

  let width = size.width;
  for (const e of sink.edges) for (const pt of e.points) width = Math.max(width, pt.x);
  return { cards, edges: sink.edges, width, height: size.height, cardOfPost: forest.cardOfPost };
}
