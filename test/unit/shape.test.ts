// Spans of control, layers and design rules on a small tree worked out by hand:
//
//   Director (G3)
//   ├─ Personal Assistant (G1)
//   ├─ Manager (G2)              span 3 officers + a grouped post of 4.5 FTE (five posts) = 8
//   │  ├─ Officer ×3 (G1)
//   │  └─ Officer, grouped 4.5 FTE (G1)
//   └─ Manager (G2)              span 2
//      ├─ Officer (G1)
//      └─ Senior Officer (G2)    span 1
//         └─ Trainee (G1)        layer 3
//   Unplaced (holding card)
//   └─ Officer (G1)              a top of its own, no manager
import { describe, expect, it } from 'vitest';
import { NO_DESIGN_RULES, type DesignRules } from '../../shared/shape/designRules';
import { designRulesSchema } from '../../shared/shape/designRulesSchema';
import { checkDesignRules } from '../../shared/shape/ruleCheck';
import { postNumber, spansOutside, structureSpans } from '../../shared/shape/spans';
import { post, reference } from '../helpers/model';

const posts = [
  post({ id: 'dir', title: 'Director', gradeId: 'g3' }),
  post({ id: 'pa', title: 'Personal Assistant', managerId: 'dir' }),
  post({ id: 'm1', title: 'Manager', gradeId: 'g2', managerId: 'dir' }),
  post({ id: 'm2', title: 'Manager', gradeId: 'g2', managerId: 'dir' }),
  post({ id: 'o1', managerId: 'm1' }),
  post({ id: 'o2', managerId: 'm1' }),
  post({ id: 'o3', managerId: 'm1' }),
  post({ id: 'grp', managerId: 'm1', grouped: true, fte: 4.5, postholders: [] }),
  post({ id: 'o4', managerId: 'm2' }),
  post({ id: 'o5', title: 'Senior Officer', gradeId: 'g2', managerId: 'm2' }),
  post({ id: 't1', title: 'Trainee', managerId: 'o5' }),
  post({ id: 'hold', title: 'Unplaced', holding: true }),
  post({ id: 'u1', managerId: 'hold' }),
];
const grades = reference().grades;
const subject = { posts, costPence: 50_000_000, fteUnits: 155_000 };
const rules = (patch: Partial<DesignRules>): DesignRules => designRulesSchema.parse({ ...NO_DESIGN_RULES, ...patch });
const breaches = (patch: Partial<DesignRules>) => checkDesignRules(rules(patch), subject, grades);

describe('spans and layers', () => {
  it('counts a grouped post as the posts it stands for', () => {
    expect(postNumber(posts[7]!)).toBe(5);
    expect(postNumber({ grouped: true, headcount: 7, fte: 4.5 })).toBe(7);
    expect(postNumber({ grouped: false, headcount: null, fte: 0.5 })).toBe(1);
  });

  it('gives each manager its span and layer, the layers below the top, and the spread', () => {
    const s = structureSpans(posts);
    expect(s.managers.map((m) => [m.postId, m.layer, m.span])).toEqual([
      ['dir', 0, 3],
      ['m1', 1, 8],
      ['m2', 1, 2],
      ['o5', 2, 1],
    ]);
    expect(s.layers).toBe(3);
    expect(s.distribution).toEqual([
      { span: 1, managers: 1 },
      { span: 2, managers: 1 },
      { span: 3, managers: 1 },
      { span: 8, managers: 1 },
    ]);
    expect([s.median, s.min, s.max]).toEqual([2.5, 1, 8]);
    // The holding card is not a post: the post under it is a top, in no one's span.
    expect(s.layerOf.get('u1')).toBe(0);
    expect(s.layerOf.has('hold')).toBe(false);
    expect(spansOutside(s, { min: 3, max: 12 }).map((m) => m.postId)).toEqual(['m2', 'o5']);
    expect(spansOutside(s, { min: 2, max: 7 }).map((m) => m.postId)).toEqual(['m1', 'o5']);
  });

  it('has no layers or spans for posts no one reports to, and an odd count takes the middle span', () => {
    const alone = structureSpans([post({ id: 'a' }), post({ id: 'b' })]);
    expect([alone.layers, alone.managers.length, alone.median, alone.min, alone.max]).toEqual([0, 0, null, null, null]);
    const three = structureSpans(posts.filter((p) => p.id !== 't1'));
    expect([three.median, three.layers]).toEqual([3, 2]);
  });
});

describe('design rules', () => {
  it('finds nothing when no rule is set', () => {
    expect(checkDesignRules(NO_DESIGN_RULES, subject, grades)).toEqual([]);
  });

  it('span range: names each manager outside it, and none when all are inside', () => {
    const b = breaches({ spanMin: 3, spanMax: 6 });
    expect(b.map((x) => [x.rule, x.postIds])).toEqual([
      ['span', ['m1']],
      ['span', ['m2']],
      ['span', ['o5']],
    ]);
    expect(b[0]!.message).toBe('"Manager" manages 8 posts, more than 6.');
    expect(b[2]!.message).toBe('"Senior Officer" manages 1 post, fewer than 3.');
    expect(breaches({ spanMin: 1, spanMax: 8 })).toEqual([]);
    expect(() => rules({ spanMin: 5, spanMax: 4 })).toThrow();
  });

  it('most layers: names the posts below the last layer allowed', () => {
    const b = breaches({ maxLayers: 2 });
    expect(b).toHaveLength(1);
    expect(b[0]!.postIds).toEqual(['t1']);
    expect(b[0]!.message).toContain('3 layers below the top post, more than 2');
    expect(breaches({ maxLayers: 3 })).toEqual([]);
  });

  it('ratio by title and by grade: at most so many for every so many', () => {
    // One Personal Assistant for two Managers: 1 × 2 is not more than 1 × 2.
    expect(breaches({ ratios: [{ count: 1, posts: { title: 'personal  assistant' }, per: 2, of: { title: 'Manager' } }] })).toEqual([]);
    // One for every three: 1 × 3 > 1 × 2, so at most 0.
    const t = breaches({ ratios: [{ count: 1, posts: { title: 'Personal Assistant' }, per: 3, of: { title: 'Manager' } }] });
    expect(t.map((x) => [x.rule, x.postIds])).toEqual([['ratio', ['pa']]]);
    expect(t[0]!.message).toBe('1 post is "Personal Assistant" for 2 "Manager": the rule allows 1 for every 3, so at most 0.');
    // G1 posts: PA, 3 officers, the group of five, officer, trainee, the unplaced officer = 12; G2 = 3.
    const g = breaches({ ratios: [{ count: 2, posts: { grade: 'g1' }, per: 1, of: { grade: 'g2' } }] });
    expect(g).toHaveLength(1);
    expect(g[0]!.message).toBe('12 posts are grade G1 for 3 grade G2: the rule allows 2 for every 1, so at most 6.');
    expect(g[0]!.postIds).toHaveLength(8);
    expect(breaches({ ratios: [{ count: 4, posts: { grade: 'g1' }, per: 1, of: { grade: 'g2' } }] })).toEqual([]);
  });

  it('a grade reporting to a higher grade, or to at least a given grade', () => {
    const up = breaches({ reportsUp: [{ grade: 'g2', atLeast: null }] });
    expect(up.map((x) => [x.rule, x.postIds])).toEqual([['reports', ['o5']]]);
    expect(up[0]!.message).toBe('"Senior Officer" on grade G2 does not report to a higher grade.');
    expect(breaches({ reportsUp: [{ grade: 'g2', atLeast: 'g2' }] })).toEqual([]);
    // G1 to at least G2: all do, except the unplaced officer, who reports to no post.
    const g1 = breaches({ reportsUp: [{ grade: 'g1', atLeast: 'g2' }] });
    expect(g1.map((x) => x.postIds)).toEqual([['u1']]);
    expect(g1[0]!.message).toBe('"Officer" on grade G1 does not report to grade G2 or higher.');
    expect(breaches({ reportsUp: [{ grade: 'g1', atLeast: 'g3' }] })[0]!.postIds).toEqual(['o1', 'o2', 'o3', 'grp', 'o4', 't1', 'u1']);
  });

  it('most cost and most FTE of the whole structure', () => {
    expect(breaches({ maxCostPence: 50_000_000, maxFte: 15.5 })).toEqual([]);
    const b = breaches({ maxCostPence: 49_000_000, maxFte: 15.4999 });
    expect(b.map((x) => [x.rule, x.postIds])).toEqual([
      ['cost', []],
      ['fte', []],
    ]);
    expect(b[0]!.message).toBe('The full-year cost, £500,000, is more than £490,000.');
    expect(b[1]!.message).toBe('The structure has 15.5 FTE, more than 15.4999.');
  });
});
