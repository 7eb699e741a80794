// Pure model helpers: reporting-line trees, money formats, validation.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { postsInCycles } from '../../shared/edits/reportingLines';
import { childrenMap, descendants, managerMap } from '../../shared/model/tree';
import { formatFte, formatPounds, formatPoundsPence, parsePounds, roundToPounds } from '../../shared/model/money';
import { validateDocument } from '../../shared/model/validate';
import type { DocumentInfo, Post } from '../../shared/model/types';

function post(id: string, managerId: string | null, extra: Partial<Post> = {}): Post {
  return {
    id, structureId: 's', lineageId: id, ref: '', title: id, gradeId: null, payPointId: null, salaryOverridePence: 100_000_00, allInCostPence: null, niCategory: 'standard',
    fte: 1, vacant: false, organisationId: null, team: '', notes: '', isAssistant: false, managerId,
    duties: '', replacesLineageIds: [], organisationShares: [],
    dottedManagerIds: [], funding: [], postholders: [], sortOrder: 0, holding: false, grouped: false, headcount: null, ...extra,
  };
}

describe('reporting lines', () => {
  const posts = [post('a', null), post('b', 'a'), post('c', 'b'), post('d', 'a')];
  it('finds every post below a manager, depth first', () => {
    expect(descendants(childrenMap(posts), 'a')).toEqual(['b', 'c', 'd']);
  });
  it('finds the posts in a loop, not those merely hanging below one', () => {
    const m = managerMap([post('x', 'y'), post('y', 'x'), post('z', 'x'), post('top', null), post('self', 'self')]);
    expect([...postsInCycles(m)].sort()).toEqual(['self', 'x', 'y']);
  });
  it('reports exactly the posts whose line of managers comes back to them (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat(30), { nil: null }), { minLength: 1, maxLength: 30 }), (parents) => {
        const ps = parents.map((p, i) => post(`p${i}`, p === null ? null : `p${p % parents.length}`));
        const m = managerMap(ps);
        const returns = (id: string) => {
          let cur = m.get(id) ?? null;
          for (let steps = 0; cur !== null && steps <= ps.length; steps++) {
            if (cur === id) return true;
            cur = m.get(cur) ?? null;
          }
          return false;
        };
        const expected = ps.filter((p) => returns(p.id)).map((p) => p.id).sort();
        expect([...postsInCycles(m)].sort()).toEqual(expected);
      }),
    );
  });

  it('never reports a loop in a tree (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 60 }), (parents) => {
        // Post i reports to a post before it, so there can be no loop.
        const ps = parents.map((p, i) => post(`p${i}`, i === 0 ? null : `p${p % i}`));
        return postsInCycles(managerMap(ps)).size === 0;
      }),
    );
  });
});

describe('money', () => {
  it('rounds half away from zero only for display', () => {
    expect(roundToPounds(6_837_050)).toBe(68_371);
    expect(roundToPounds(6_837_049)).toBe(68_370);
    expect(roundToPounds(-150)).toBe(-2);
    expect(formatPounds(20_511_201)).toBe('£205,112');
    expect(formatPoundsPence(6_837_067)).toBe('£68,370.67');
  });
  it('shows whole pounds as en-GB does, without making a number format', () => {
    expect(formatPounds(0)).toBe('£0');
    expect(formatPounds(49)).toBe('£0');
    expect(formatPounds(-49)).toBe('£0');
    expect(formatPounds(99_950)).toBe('£1,000');
    expect(formatPounds(-226_594_800)).toBe('-£2,265,948');
    expect(formatPounds(10_000_000_000_000)).toBe('£100,000,000,000');
    const intl = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0, minimumFractionDigits: 0 });
    expect(formatPounds(Infinity)).toBe(intl.format(Infinity));
    fc.assert(fc.property(fc.integer({ min: -1e13, max: 1e13 }), (pence) => formatPounds(pence) === intl.format(roundToPounds(pence))), { numRuns: 2_000 });
  });
  it('reads pounds typed by people, refusing what is not an amount', () => {
    expect(parsePounds('£68,370.67')).toBe(6_837_067);
    expect(parsePounds('32597')).toBe(3_259_700);
    expect(parsePounds('32,597.5')).toBe(3_259_750);
    expect(parsePounds('thirty')).toBeNull();
    expect(parsePounds('12.345')).toBeNull();
    expect(parsePounds('-5')).toBeNull();
  });
  it('shows FTE without float noise', () => {
    expect(formatFte(0.1 + 0.2)).toBe('0.3');
    expect(formatFte(2.69)).toBe('2.69');
  });
});

describe('validation', () => {
  const doc = {
    settings: {} as DocumentInfo['settings'],
    organisations: [],
    grades: [],
    fundingSources: [{ id: 'core', name: 'Core', endDate: null, sortOrder: 0 }],
    structures: [{ id: 's', name: 'Current', kind: 'current' as const, status: 'draft' as const, implementationDate: null, basedOnId: null, sortOrder: 0 }],
  };
  it('reports loops, missing managers, unknown grades and funding not adding up', () => {
    const posts = [
      post('a', null),
      post('b', 'ghost'),
      post('c', 'd'),
      post('d', 'c'),
      post('e', 'a', { gradeId: 'G99', funding: [{ sourceId: 'core', shareBp: 6000 }] }),
    ];
    const codes = validateDocument(doc, new Map([['s', posts]])).map((i) => i.code).sort();
    expect(codes).toEqual(['cycle', 'cycle', 'funding-total', 'missing-manager', 'unknown-grade']);
  });
  it('finds nothing wrong with a clean structure', () => {
    expect(validateDocument(doc, new Map([['s', [post('a', null), post('b', 'a')]]]))).toEqual([]);
  });
});

describe('pooled posts', () => {
  it('allow the NI threshold once per person in a pool of 2.69 FTE', async () => {
    const { buildCostContext, costPost, headcountOf } = await import('../../shared/costing/postCost');
    const ctx = buildCostContext({
      settings: { vacancyCosting: 'top', niRateBp: 1500, niThresholdPence: 500_000, niUpperThresholdPence: 5_027_000, levyEnabled: false, levyRateBp: 50, defaultOrganisationId: null },
      organisations: [],
      grades: [],
    });
    const pool = post('pool', null, { fte: 2.69, salaryOverridePence: 3_000_000 });
    // People of 1, 1 and 0.69 FTE earn £30,000, £30,000 and £20,700; each pays 15% above £5,000.
    const expected = Math.round(((3_000_000 - 500_000) * 2 + (2_070_000 - 500_000)) * 0.15);
    expect(costPost(pool, ctx).niPence).toBe(expected);
    expect(headcountOf(pool)).toBe(3);
    expect(costPost({ ...pool, vacant: true }, ctx).niPence).toBe(expected);
  });
});

describe('dates typed by people', () => {
  it('reads British dates, day first, and refuses dates that do not exist', async () => {
    const { parseUkDate } = await import('../../shared/model/dates');
    expect(parseUkDate('1/10/2026')).toBe('2026-10-01');
    expect(parseUkDate('01-04-2026')).toBe('2026-04-01');
    expect(parseUkDate('1 October 2026')).toBe('2026-10-01');
    expect(parseUkDate('28th Mar 2022')).toBe('2022-03-28');
    expect(parseUkDate('2026-10-01')).toBe('2026-10-01');
    expect(parseUkDate('31/02/2026')).toBeNull();
    expect(parseUkDate('10/13/2026')).toBeNull();
    expect(parseUkDate('soon')).toBeNull();
    expect(parseUkDate('1 Ju 2026')).toBeNull();
  });
});
