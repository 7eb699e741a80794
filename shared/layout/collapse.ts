// Which branches start collapsed when a large structure is first shown: the top tiers open, as far
// down as keeps the chart to about `budget` cards, and every branch below that tier folded with
// its count. A structure small enough opens with nothing collapsed.
import { buildCardForest } from './cardTree';
import { geometry } from './geometry';
import type { LayoutOptions, LayoutPost } from './types';

export function defaultCollapsed(posts: readonly LayoutPost[], options: LayoutOptions, budget = 200): Set<string> {
  // The top tiers are counted first, going deeper only while the answer could depend on the tiers
  // below: a large structure is rarely laid out past its fourth tier to choose.
  for (let maxDepth = 3; ; maxDepth *= 2) {
    const forest = buildCardForest(posts, { ...options, collapsed: new Set(), maxDepth }, geometry(options));
    const cut = forest.order.some((n) => n.card.depth === maxDepth && n.card.childCount > 0);
    if (!cut && forest.order.length <= budget) return new Set();
    const perDepth: number[] = [];
    for (const n of forest.order) perDepth[n.card.depth] = (perDepth[n.card.depth] ?? 0) + 1;
    // Always show the top and its direct reports, however many there are.
    let open = 1;
    let shown = (perDepth[0] ?? 0) + (perDepth[1] ?? 0);
    while (open + 1 < perDepth.length && shown + perDepth[open + 1]! <= budget) {
      open++;
      shown += perDepth[open]!;
    }
    // Stopped only for want of the tiers left uncounted: count deeper.
    if (cut && open + 1 >= perDepth.length) continue;
    const collapsed = new Set<string>();
    for (const n of forest.order) if (n.card.depth === open && n.card.childCount > 0) collapsed.add(n.card.id);
    return collapsed;
  }
}

/** Collapses every branch below the first `levels` tiers (1 shows only the top). */
export function collapseBelow(posts: readonly LayoutPost[], options: LayoutOptions, levels: number): Set<string> {
  const forest = buildCardForest(posts, { ...options, collapsed: new Set() }, geometry(options));
  return new Set(forest.order.filter((n) => n.card.depth === levels - 1 && n.card.childCount > 0).map((n) => n.card.id));
}
