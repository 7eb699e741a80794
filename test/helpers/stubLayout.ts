// A deliberately naive stand-in for the chart layout (every card under its manager, leaves side by
// side, no grouping) so the export's own logic can be tested on its own.
import type { ChartLayout, LayoutCard, LayoutEdge, LayoutOptions } from '../../shared/layout/types';
import type { Post } from '../../shared/model/types';

export function stubLayout(posts: readonly Post[], o: LayoutOptions): ChartLayout {
  const ids = new Set(posts.map((p) => p.id));
  const kids = new Map<string | null, Post[]>();
  for (const p of [...posts].sort((a, b) => a.sortOrder - b.sortOrder)) {
    const k = p.managerId && ids.has(p.managerId) ? p.managerId : null;
    kids.set(k, [...(kids.get(k) ?? []), p]);
  }
  const cards: LayoutCard[] = [];
  const edges: LayoutEdge[] = [];
  let nextX = 0;
  const place = (p: Post, depth: number): number => {
    const children = o.collapsed.has(p.id) ? [] : (kids.get(p.id) ?? []);
    const xs = children.map((c) => place(c, depth + 1));
    const x = xs.length ? (xs[0]! + xs[xs.length - 1]!) / 2 : (nextX += o.cardWidth + o.siblingGap) - o.cardWidth - o.siblingGap;
    const y = depth * (o.cardHeight + o.levelGap);
    cards.push({ id: p.id, kind: 'post', postIds: [p.id], parentId: p.managerId && ids.has(p.managerId) ? p.managerId : null, depth, x, y, width: o.cardWidth, height: o.cardHeight, assistant: false, hiddenCount: 0, childCount: children.length });
    for (const c of children) {
      const cx = cards.find((k) => k.id === c.id)!.x + o.cardWidth / 2;
      const midY = y + o.cardHeight + o.levelGap / 2;
      edges.push({ id: `${p.id}-${c.id}`, from: p.id, to: c.id, kind: 'line', points: [{ x: x + o.cardWidth / 2, y: y + o.cardHeight }, { x: x + o.cardWidth / 2, y: midY }, { x: cx, y: midY }, { x: cx, y: midY + o.levelGap / 2 }] });
    }
    return x;
  };
  for (const r of kids.get(null) ?? []) place(r, 0);
  const width = cards.reduce((m, c) => Math.max(m, c.x + c.width), 0);
  const height = cards.reduce((m, c) => Math.max(m, c.y + c.height), 0);
  return { cards, edges, width, height };
}
