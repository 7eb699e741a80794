// No file imports itself, directly or through others: each part of the code sits above the parts
// it uses, so it can be read, tested and moved without the rest. Type-only imports count too: they
// tie the design together as much as run-time ones. To see the circles and where to cut them:
//   npx tsx test/helpers/importGraph.ts --edges
import { describe, expect, it } from 'vitest';
import { describeCircles, importCircles, importGraph } from '../helpers/importGraph';

describe('the import graph', () => {
  it('has no circles', () => {
    const graph = importGraph();
    const circles = importCircles(graph);
    expect(circles, describeCircles(graph, circles)).toEqual([]);
  });

  it('finds a circle when there is one, however it is closed', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(importCircles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
    expect(describeCircles(graph, importCircles(graph))).toContain('a.ts -> b.ts -> c.ts -> a.ts');
  });
});
