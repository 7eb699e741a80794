// The rules every edit keeps, checked on plain data: no database, no window.
import { describe, expect, it } from 'vitest';
import { fitPayPoint } from '../../shared/edits/payPoint';
import { newPost, patchPosts } from '../../shared/edits/posts';
import { checkAllFound, checkPostInStructure, checkReferenceData, checkReferences, checkReplaceable, type PostLookup, type ReferenceModel } from '../../shared/edits/references';
import { checkImportedPosts } from '../../shared/edits/importPosts';
import { checkDottedNotSelf, checkNoLoop, checkNoLoops, checkOneStructure, deleteLabel, managerChain, moveLabel, placeMoved, planDelete, postsInCycles, reportingLoops } from '../../shared/edits/reportingLines';
import { structureNamed } from '../../shared/edits/structures';
import { checkPostShares, parseSharePercent, SHARE_RULES, sharesAddUp, sharesDistinct, sharesProblem } from '../../shared/edits/shares';
import { managerMap } from '../../shared/model/tree';
import type { Grade, Post } from '../../shared/model/types';

function post(id: string, managerId: string | null, extra: Partial<Post> = {}): Post {
  return {
    id, structureId: 's', lineageId: id, ref: '', title: id.toUpperCase(), gradeId: null, payPointId: null, salaryOverridePence: null, allInCostPence: null, niCategory: 'standard',
    fte: 1, vacant: false, organisationId: null, team: '', notes: '', duties: '', replacesLineageIds: [], organisationShares: [],
    isAssistant: false, managerId, dottedManagerIds: [], funding: [], postholders: [], sortOrder: 0, holding: false, grouped: false, headcount: null, ...extra,
  };
}

const grade = (id: string, points: string[]): Grade => ({
  id, code: id, name: '', sortOrder: 0,
  points: points.map((p, i) => ({ id: p, gradeId: id, code: p, salaryPence: 2_000_000 + i, sortOrder: i })),
});

const ref: ReferenceModel = {
  settings: { name: 'Doc', payYear: '2025/26', vacancyCosting: 'bottom', niRateBp: 1500, niThresholdPence: 500_000, niUpperThresholdPence: 5_027_000, levyEnabled: false, levyRateBp: 50, defaultOrganisationId: 'org', defaultFundingSourceId: 'core', redundancyWeekCapPence: 71_900, redundancyMultiplierBp: 10_000, redundancyWeekPay: 'capped' },
  organisations: [{ id: 'org', name: 'Council', pensionRateBp: 2000, sortOrder: 0 }],
  grades: [grade('G1', ['p1', 'p2']), grade('G2', ['p3'])],
  fundingSources: [{ id: 'core', name: 'Core', endDate: null, sortOrder: 0 }],
  structures: [
    { id: 's', name: 'Current', kind: 'current', status: 'draft', implementationDate: null, basedOnId: null, sortOrder: 0 },
    { id: 't', name: 'Proposal', kind: 'proposal', status: 'draft', implementationDate: null, basedOnId: 's', sortOrder: 1 },
  ],
};

// a > b > c, a > d
const tree = [post('a', null), post('b', 'a'), post('c', 'b', { sortOrder: 0 }), post('d', 'a', { sortOrder: 1 })];
const byId = new Map(tree.map((p) => [p.id, p]));
const look: PostLookup = { post: (id) => byId.get(id), lineage: (l) => tree.filter((p) => p.lineageId === l) };

describe('reporting lines', () => {
  const m = managerMap(tree);
  const loop = (moving: string[], to: string | null) => checkNoLoop(moving.map((id) => byId.get(id)!), to ? byId.get(to)! : null, to ? managerChain(m, to) : []);

  it('refuses a move that would make a loop, naming the post, and allows the rest', () => {
    expect(loop(['a'], 'c')).toMatchObject({ code: 'cycle', message: expect.stringContaining('"A" cannot report to "C", because "C" already reports to it') });
    expect(loop(['b'], 'b')?.message).toBe('"B" cannot report to itself.');
    expect(loop(['c'], 'd')).toBeNull();
    expect(loop(['c'], null)).toBeNull();
  });

  it('reads a line of managers nearest first, and stops when the data loops', () => {
    expect(managerChain(m, 'c')).toEqual(['c', 'b', 'a']);
    expect(managerChain(managerMap([post('x', 'y'), post('y', 'x')]), 'x')).toEqual(['x', 'y']);
  });

  it('refuses a dotted line to the post itself', () => {
    expect(checkDottedNotSelf(byId.get('b')!, ['a', 'b'])?.code).toBe('cycle');
    expect(checkDottedNotSelf(byId.get('b')!, ['a'])).toBeNull();
  });

  it('refuses editing posts of two structures together', () => {
    expect(checkOneStructure([post('x', null), post('y', null, { structureId: 't' })], 'moved')?.message).toBe('Posts from different structures cannot be moved together.');
    expect(planDelete(tree, [post('x', null), post('y', null, { structureId: 't' })], 'reassign').ok).toBe(false);
  });

  it('moves the reports of a deleted post up to its nearest surviving manager, after that manager’s reports', () => {
    const plan = planDelete(tree, [byId.get('b')!], 'reassign');
    expect(plan).toEqual({ ok: true, value: { removed: ['b'], moved: [{ id: 'c', managerId: 'a', sortOrder: 2 }] } });
    // Deleting a manager and its manager together: the report goes to the top.
    const both = planDelete(tree, [byId.get('a')!, byId.get('b')!], 'reassign');
    expect(both.ok && both.value.moved).toEqual([{ id: 'c', managerId: null, sortOrder: 1 }, { id: 'd', managerId: null, sortOrder: 2 }]);
  });

  it('deletes whole branches when asked, and labels the step by what went', () => {
    const plan = planDelete(tree, [byId.get('b')!], 'delete-branch');
    expect(plan.ok && plan.value).toEqual({ removed: ['b', 'c'], moved: [] });
    expect(deleteLabel([byId.get('b')!], 2)).toBe('Delete "B" and 1 post below it');
    expect(deleteLabel([byId.get('b')!, byId.get('d')!], 3)).toBe('Delete 3 posts');
  });

  it('places moved posts before the post named, in the order given, numbering every report afresh', () => {
    const siblings = [post('x', 'm'), post('y', 'm'), post('z', 'm')];
    const placed = placeMoved(siblings, [post('q', 'o'), post('y', 'm')], 'm', 'z');
    expect(placed.map((p) => [p.id, p.sortOrder, p.moved])).toEqual([['x', 0, false], ['q', 1, true], ['y', 2, true], ['z', 3, false]]);
    expect(placeMoved(siblings, [post('q', 'o')], 'm', null).map((p) => p.id)).toEqual(['x', 'y', 'z', 'q']);
    expect(moveLabel([byId.get('c')!], null)).toBe('Move "C" to the top of the structure');
  });
});

describe('references', () => {
  it('refuses a grade, pay point, organisation or funding source not in the document', () => {
    expect(checkReferenceData(ref, { gradeId: 'G9' })?.message).toBe('That grade is not in the grade table.');
    expect(checkReferenceData(ref, { payPointId: 'p9' })?.message).toBe('That pay point is not in the grade table.');
    expect(checkReferenceData(ref, { organisationId: 'x' })?.message).toBe('That employing organisation is not in the document.');
    expect(checkReferenceData(ref, { funding: [{ sourceId: 'x', shareBp: 10_000 }] })?.message).toBe('That funding source is not in the document.');
    expect(checkReferenceData(ref, { organisationShares: [{ organisationId: 'x', shareBp: 10_000 }] })?.code).toBe('invalid-argument');
    expect(checkReferenceData(ref, { gradeId: 'G1', payPointId: 'p2', organisationId: 'org', funding: [{ sourceId: 'core', shareBp: 10_000 }] })).toBeNull();
  });

  it('refuses posts that are gone or in another structure', () => {
    expect(checkAllFound(['a', 'zz', 'a'], [byId.get('a')!])).toMatchObject({ code: 'not-found', details: { missing: ['zz'] } });
    expect(checkPostInStructure(undefined, 'zz', 's', 'manager')?.message).toBe('The manager is no longer in the document.');
    expect(checkPostInStructure(post('x', null, { structureId: 't' }), 'x', 's', 'manager')?.message).toBe('The manager is in a different structure.');
    expect(checkReferences(ref, look, { dottedManagerIds: ['zz'] }, 's')?.message).toBe('The dotted-line manager is no longer in the document.');
  });

  it('lets a post replace posts elsewhere, or its own earlier self, but not a post still in its structure', () => {
    expect(checkReplaceable('L', [], 't', null)?.message).toBe('A post it is meant to replace is no longer in the document.');
    expect(checkReplaceable('L', [{ id: 'old', title: 'Old', structureId: 's' }], 't', 'new')).toBeNull();
    expect(checkReplaceable('L', [{ id: 'old', title: 'Old', structureId: 't' }], 't', 'old')).toBeNull();
    expect(checkReplaceable('L', [{ id: 'old', title: 'Old', structureId: 't' }], 't', 'new')?.message).toContain('"Old" is still in this structure');
  });
});

describe('pay points and shares', () => {
  it('keeps a pay point inside its grade when the grade changes', () => {
    expect(fitPayPoint(ref.grades, 'G1', 'p2')).toBe('p2');
    expect(fitPayPoint(ref.grades, 'G2', 'p2')).toBeNull();
    expect(fitPayPoint(ref.grades, null, 'p2')).toBeNull();
    expect(fitPayPoint(ref.grades, 'G1', null)).toBeNull();
  });

  it('wants shares adding up to exactly 100%, each source once', () => {
    expect(sharesAddUp([])).toBe(true);
    expect(sharesAddUp([{ shareBp: 6000 }, { shareBp: 4000 }])).toBe(true);
    expect(sharesAddUp([{ shareBp: 6000 }])).toBe(false);
    expect(sharesDistinct(['a', 'b', 'a'])).toBe(false);
    expect(sharesProblem([{ id: 'a', shareBp: 9000 }, { id: 'b', shareBp: 5000 }])).toBe('The shares add up to 140%; they must add up to 100%.');
    expect(sharesProblem([{ id: 'a', shareBp: 5000 }, { id: 'a', shareBp: 5000 }])).toBe('Each can appear only once.');
    expect(sharesProblem([{ id: 'a', shareBp: 10_000 }])).toBeNull();
  });

  it('reads a typed percentage into basis points, refusing what is not one', () => {
    expect(parseSharePercent('12.5')).toEqual({ bp: 1250 });
    expect(parseSharePercent('0')).toEqual({ error: 'Each share is a percentage between 0 and 100.' });
    expect(parseSharePercent('')).toHaveProperty('error');
    expect(parseSharePercent('33.333')).toEqual({ error: 'Shares can have at most two decimal places.' });
  });
});

describe('adding and changing posts', () => {
  const base = { ref, look, id: 'n', structureId: 's', managerId: 'a', manager: byId.get('a'), template: null, sortOrder: 2 };

  it('starts a new post vacant under its manager, with the default organisation and funding', () => {
    const made = newPost(base, { title: 'New' });
    expect(made).toMatchObject({ ok: true, value: { id: 'n', lineageId: 'n', managerId: 'a', vacant: true, organisationId: 'org', funding: [{ sourceId: 'core', shareBp: 10_000 }], sortOrder: 2 } });
  });

  it('fills a new post given postholders, copies a template, and drops a pay point outside the grade', () => {
    const withHolder = newPost(base, { title: 'New', postholders: [{ name: 'Sam', fte: null }] });
    expect(withHolder.ok && withHolder.value.vacant).toBe(false);
    const copied = newPost({ ...base, template: post('t', 'a', { gradeId: 'G1', payPointId: 'p1', team: 'Finance' }) }, { title: 'Copy', gradeId: 'G2' });
    expect(copied.ok && [copied.value.team, copied.value.gradeId, copied.value.payPointId]).toEqual(['Finance', 'G2', null]);
  });

  it('refuses a new post whose structure or manager is gone', () => {
    expect(newPost({ ...base, structureId: 'gone' }, { title: 'X' })).toMatchObject({ ok: false, refusal: { code: 'not-found' } });
    expect(newPost({ ...base, manager: undefined }, { title: 'X' })).toMatchObject({ ok: false, refusal: { message: 'The manager is no longer in the document.' } });
  });

  it('applies one change to each post, emptying a post made vacant, or refuses it for all', () => {
    const held = post('h', 'a', { postholders: [{ id: 'ph', name: 'Sam', fte: null }], gradeId: 'G1', payPointId: 'p1' });
    const out = patchPosts(ref, look, [held], { vacant: true, gradeId: 'G2' });
    expect(out.ok && out.value[0]!.after).toMatchObject({ vacant: true, postholders: [], gradeId: 'G2', payPointId: null });
    expect(patchPosts(ref, look, [held, byId.get('b')!], { dottedManagerIds: ['b'] })).toMatchObject({ ok: false, refusal: { code: 'cycle' } });
  });
});

describe('loops in reporting lines, and posts written together', () => {
  it('finds every loop once, in the order of the walk, and the posts caught in them', () => {
    // x > y > x is a loop; z reports into it; s reports to itself; q to a post not given.
    const managers = new Map<string, string | null>([['z', 'x'], ['x', 'y'], ['y', 'x'], ['s', 's'], ['q', 'gone'], ['top', null]]);
    expect(reportingLoops(managers.keys(), (k) => managers.get(k))).toEqual([['x', 'y'], ['s']]);
    expect([...postsInCycles(managers)].sort()).toEqual(['s', 'x', 'y']);
    expect(reportingLoops(['a', 'b'], () => null)).toEqual([]);
  });

  it('refuses posts whose lines loop in the words of the move that would make the loop', () => {
    expect(checkNoLoops(tree)).toBeNull();
    const looped = [post('b', 'c'), post('c', 'b'), post('a', null)];
    expect(checkNoLoops(looped)?.message).toBe('"B" cannot report to "C", because "C" already reports to it (directly or through other posts). Nothing was changed.');
    expect(checkNoLoops([post('a', 'a')])).toEqual({ code: 'cycle', message: '"A" cannot report to itself.', details: { postId: 'a', managerId: 'a' } });
  });

  it('refuses a post whose funding or split of the cost does not add up, or names a part twice', () => {
    const ok = post('f', null, { funding: [{ sourceId: 'core', shareBp: 10_000 }] });
    expect(checkPostShares(ok)).toBeNull();
    expect(checkPostShares({ ...ok, funding: [{ sourceId: 'core', shareBp: 6_000 }] })?.message).toBe(`"F": ${SHARE_RULES.fundingTotal}.`);
    expect(SHARE_RULES.fundingTotal).toBe('funding shares must add up to 100%');
    expect(checkPostShares({ ...ok, funding: [{ sourceId: 'core', shareBp: 5_000 }, { sourceId: 'core', shareBp: 5_000 }] })?.message).toBe('"F": a funding source appears twice.');
    expect(checkPostShares({ ...ok, organisationShares: [{ organisationId: 'org', shareBp: 9_000 }] })?.message).toBe('"F": the shares of the cost must add up to 100%.');
  });

  it('admits imported posts through every rule, fitting pay points to their grades', () => {
    const imported = [post('a', null, { gradeId: 'G2', payPointId: 'p1' }), post('b', 'a', { funding: [{ sourceId: 'core', shareBp: 10_000 }] })];
    const out = checkImportedPosts(ref, imported);
    expect(out.ok && out.value.map((p) => p.payPointId)).toEqual([null, null]);
    expect(checkImportedPosts(ref, [post('a', null, { gradeId: 'G9' })])).toMatchObject({ ok: false, refusal: { message: 'That grade is not in the grade table.' } });
    expect(checkImportedPosts(ref, [post('a', null, { fte: 2_000 })])).toMatchObject({ ok: false, refusal: { code: 'invalid-argument' } });
    expect(checkImportedPosts(ref, [post('a', null, { funding: [{ sourceId: 'core', shareBp: 1 }] })])).toMatchObject({ ok: false, refusal: { message: '"A": funding shares must add up to 100%.' } });
    expect(checkImportedPosts(ref, [post('a', 'b'), post('b', 'a')])).toMatchObject({ ok: false, refusal: { code: 'cycle' } });
  });
});

describe('structure names', () => {
  it('finds a structure by name, spaces around it and case aside, other than the one being renamed', () => {
    expect(structureNamed(ref.structures, '  proposal ')?.id).toBe('t');
    expect(structureNamed(ref.structures, 'PROPOSAL', 't')).toBeUndefined();
    expect(structureNamed(ref.structures, 'Option B')).toBeUndefined();
  });
});
