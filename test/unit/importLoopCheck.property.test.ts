// Posts written by an import are checked for loops in their reporting lines a post at a time. When
// every manager comes before its reports the walk is skipped; whatever the order, the answer is the
// one the full check gives for all the posts at once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkImportedPosts } from '../../shared/edits/importPosts';
import type { ReferenceModel } from '../../shared/edits/references';
import { checkNoLoops } from '../../shared/edits/reportingLines';
import type { Post } from '../../shared/model/types';

function post(id: string, managerId: string | null): Post {
  return {
    id, structureId: 's', lineageId: id, ref: '', title: id.toUpperCase(), gradeId: null, payPointId: null, salaryOverridePence: null, allInCostPence: null, niCategory: 'standard',
    fte: 1, vacant: false, organisationId: null, team: '', notes: '', duties: '', replacesLineageIds: [], organisationShares: [],
    isAssistant: false, managerId, dottedManagerIds: [], funding: [], postholders: [], sortOrder: 0, holding: false, grouped: false, headcount: null,
  };
}

const ref: ReferenceModel = {
  settings: { name: 'Doc', payYear: '2025/26', vacancyCosting: 'bottom', niRateBp: 1500, niThresholdPence: 500_000, niUpperThresholdPence: 5_027_000, levyEnabled: false, levyRateBp: 50, defaultOrganisationId: null, defaultFundingSourceId: null, redundancyWeekCapPence: 71_900, redundancyMultiplierBp: 10_000, redundancyWeekPay: 'capped' },
  organisations: [],
  grades: [],
  fundingSources: [],
  structures: [{ id: 's', name: 'Current', kind: 'current', status: 'draft', implementationDate: null, basedOnId: null, sortOrder: 0 }],
};

/** What the import's check says of the lines: null when it admits the posts, else its refusal. */
function importCheck(posts: Post[]) {
  const out = checkImportedPosts(ref, posts);
  return out.ok ? null : out.refusal;
}

describe('the loop check of imported posts', () => {
  it('admits a tree listed managers first, and refuses the loop a later post closes, in the words of the full check', () => {
    const tree = [post('a', null), post('b', 'a'), post('c', 'b'), post('d', 'a')];
    expect(importCheck(tree)).toBeNull();
    // a reports to c, which comes after it: a > ... > c > b > a.
    const looped = [post('a', 'c'), post('b', 'a'), post('c', 'b'), post('d', 'a')];
    expect(importCheck(looped)).toEqual(checkNoLoops(looped));
    expect(importCheck(looped)?.message).toBe('"A" cannot report to "C", because "C" already reports to it (directly or through other posts). Nothing was changed.');
    expect(importCheck([post('a', 'a')])?.message).toBe('"A" cannot report to itself.');
    // A manager outside the posts is taken to be at the top.
    expect(importCheck([post('b', 'x'), post('c', 'b')])).toBeNull();
    // Two posts with one id: the later one's line is the id's line, as in the full check (a > b > a).
    const twice = [post('a', null), post('b', 'a'), post('a', 'b')];
    expect(importCheck(twice)).toEqual(checkNoLoops(twice));
    expect(importCheck(twice)?.code).toBe('cycle');
  });

  it('gives the full check\'s answer for any lines, in any order', () => {
    const lines = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.tuple(
        // Each post's manager: none, another post (perhaps later, perhaps itself) or one outside.
        fc.array(fc.oneof(fc.constant(null), fc.integer({ min: 0, max: n - 1 }), fc.constant(-1)), { minLength: n, maxLength: n }),
        // The order the posts are listed in.
        fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
        // Managers only ever earlier in that order (as most files list them), or not.
        fc.boolean(),
      ),
    );
    fc.assert(
      fc.property(lines, ([managers, order, managersFirst]) => {
        const at = new Map(order.map((k, i) => [k, i]));
        const posts = order.map((k) => {
          let m: number | null = managers[k]!;
          if (managersFirst && m !== null && m >= 0 && at.get(m)! >= at.get(k)!) m = null;
          return post(`p${k}`, m === null ? null : m < 0 ? 'outside' : `p${m}`);
        });
        expect(importCheck(posts)).toEqual(checkNoLoops(posts));
        if (managersFirst) expect(importCheck(posts)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
