// Generated structures for checking that the chart layout places every card exactly where it did:
// ids made from each post's place so that a run always gives the same chart, and a digest of a
// layout that any change of a position, a line, a count or a card's post shows.
import { createHash } from 'node:crypto';
import { DEFAULT_LAYOUT_OPTIONS } from '../../shared/layout/geometry';
import type { ChartLayoutResult } from '../../shared/layout/layoutChart';
import type { LayoutOptions, LayoutPost } from '../../shared/layout/types';
import { generateCouncil, generateStructure } from './bigStructure';

export interface LayoutFixture {
  name: string;
  posts: LayoutPost[];
  options: LayoutOptions;
}

const WRAP_WIDTH = 12 * (DEFAULT_LAYOUT_OPTIONS.cardWidth + DEFAULT_LAYOUT_OPTIONS.siblingGap);

/** The council of `count` posts as the chart shows it with every branch open. */
function council(count: number): LayoutFixture {
  const gen = generateCouncil(count, 1);
  const ids = new Map(gen.map((p, i) => [p.id, `c${i}`]));
  const key = new Map(gen.map((p, i) => [`c${i}`, `${p.fte}|${p.vacant}`]));
  const posts = gen.map((p, i) => ({ id: `c${i}`, managerId: p.managerId && ids.get(p.managerId)!, sortOrder: i, title: p.title, gradeId: p.grade, isAssistant: false, dottedManagerIds: [] }));
  const options = { ...DEFAULT_LAYOUT_OPTIONS, collapsed: new Set<string>(), expandedGroups: new Set<string>(), groupKey: (id: string) => key.get(id)!, wrapWidth: WRAP_WIDTH };
  return { name: `council of ${count}`, posts, options };
}

/** A mixed structure: assistants, dotted lines, ghosts, a holding card, folded branches, sort-order ties. */
function mixed(count: number): LayoutPost[] {
  const gen = generateStructure(count, 2);
  const ids = new Map(gen.map((p, i) => [p.id, `m${i}`]));
  const managers = new Set(gen.map((p) => p.managerId));
  const posts: LayoutPost[] = gen.map((p, i) => ({
    id: `m${i}`,
    managerId: p.managerId && ids.get(p.managerId)!,
    sortOrder: Math.floor(i / 3),
    title: p.title,
    gradeId: i % 11 === 0 ? null : p.grade,
    isAssistant: i % 13 === 5 && !managers.has(p.id),
    dottedManagerIds: i % 41 === 7 ? [`m${(i * 7) % count}`] : [],
    ...(i % 53 === 9 && !managers.has(p.id) ? { ghost: true } : {}),
  }));
  posts.push({ id: 'unplaced', managerId: 'm0', sortOrder: 1e6, title: 'Unplaced', gradeId: null, isAssistant: false, dottedManagerIds: [], holding: true });
  for (let k = 0; k < 3; k++) posts.push({ id: `u${k}`, managerId: 'unplaced', sortOrder: k, title: 'Imported', gradeId: null, isAssistant: false, dottedManagerIds: [] });
  // A reporting loop, drawn from its first post.
  posts.push({ id: 'loopA', managerId: 'loopB', sortOrder: 0, title: 'Loop', gradeId: null, isAssistant: false, dottedManagerIds: [] });
  posts.push({ id: 'loopB', managerId: 'loopA', sortOrder: 0, title: 'Loop', gradeId: null, isAssistant: false, dottedManagerIds: [] });
  return posts;
}

export function layoutFixtures(): LayoutFixture[] {
  const posts = mixed(3000);
  const managerIds = [...new Set(posts.map((p) => p.managerId).filter((m): m is string => m !== null))];
  const collapsed = new Set(managerIds.filter((_, i) => i % 9 === 4));
  return [
    council(10_000),
    { name: 'mixed, grouped, wrapped, some folded', posts, options: { ...DEFAULT_LAYOUT_OPTIONS, collapsed, expandedGroups: new Set<string>(), wrapWidth: WRAP_WIDTH } },
    { name: 'mixed, ungrouped, stacked from 4', posts, options: { ...DEFAULT_LAYOUT_OPTIONS, groupIdentical: false, stackThreshold: 4, collapsed: new Set<string>(), expandedGroups: new Set<string>() } },
  ];
}

/** A digest of everything a layout gives: cards, lines, size, and the card each post is drawn in. */
export function layoutDigest(posts: readonly LayoutPost[], layout: ChartLayoutResult): string {
  const cardOfPost = posts.map((p) => layout.cardOfPost.get(p.id) ?? null);
  const json = JSON.stringify({ cards: layout.cards, edges: layout.edges, width: layout.width, height: layout.height, cardOfPost });
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}
