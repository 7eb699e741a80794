// The council-shaped structure every chart and table benchmark uses: exactly the posts asked for,
// one chief executive, 8 directorates, spans inside their bounds, and the same structure each time.
import { describe, expect, it } from 'vitest';
import { COUNCIL_SPAN, generateCouncil, type GeneratedPost } from '../helpers/bigStructure';

function reportsOf(posts: GeneratedPost[]): Map<string, GeneratedPost[]> {
  const out = new Map<string, GeneratedPost[]>();
  for (const p of posts) if (p.managerId) out.set(p.managerId, [...(out.get(p.managerId) ?? []), p]);
  return out;
}

describe('generateCouncil', () => {
  for (const count of [12, 13, 100, 1_000, 10_000, 50_000]) {
    it(`builds exactly ${count} posts in one tree under one chief executive and 8 directors, every span 3 to 15 or a team of 20 to 40`, () => {
      const posts = generateCouncil(count, 3);
      expect(posts).toHaveLength(count);
      expect(new Set(posts.map((p) => p.id)).size).toBe(count);
      const tops = posts.filter((p) => p.managerId === null);
      expect(tops.map((p) => p.title)).toEqual(['Chief Executive']);
      const reports = reportsOf(posts);
      const directors = reports.get(tops[0]!.id)!;
      expect(directors).toHaveLength(8);
      expect(new Set(directors.map((d) => d.team)).size).toBe(8);
      // Every post reaches the top through known managers, at the depth it says.
      const byId = new Map(posts.map((p) => [p.id, p]));
      for (const p of posts) {
        let depth = 0;
        for (let m = p.managerId; m; m = byId.get(m)!.managerId) depth++;
        expect(depth).toBe(p.depth);
      }
      for (const [managerId, team] of reports) {
        if (managerId === tops[0]!.id) continue;
        const n = team.length;
        const inSpan = n >= COUNCIL_SPAN.min && n <= COUNCIL_SPAN.max;
        const wideTeam = n >= COUNCIL_SPAN.teamMin && n <= COUNCIL_SPAN.teamMax;
        expect(inSpan || wideTeam, `a manager with ${n} reports`).toBe(true);
        // A wide team is of one front-line post, and its members manage no one.
        if (!inSpan) {
          expect(new Set(team.map((p) => p.title)).size).toBe(1);
          expect(team.every((p) => !reports.has(p.id))).toBe(true);
        }
      }
    });
  }

  it('has some wide front-line teams and 5 to 8 levels at 10,000 posts', () => {
    const posts = generateCouncil(10_000);
    const teams = [...reportsOf(posts).values()].filter((t) => t.length >= COUNCIL_SPAN.teamMin);
    expect(teams.length).toBeGreaterThan(20);
    const levels = Math.max(...posts.map((p) => p.depth)) + 1;
    expect(levels).toBeGreaterThanOrEqual(5);
    expect(levels).toBeLessThanOrEqual(8);
  });

  it('builds the same structure, ids and all, from the same seed, and another from another seed', () => {
    expect(generateCouncil(2_000, 5)).toEqual(generateCouncil(2_000, 5));
    expect(generateCouncil(2_000, 6)).not.toEqual(generateCouncil(2_000, 5));
  });

  it('refuses fewer than 12 posts', () => {
    expect(() => generateCouncil(11)).toThrow(/at least 12/);
  });
});
