// The sample document comes with a proposal for consultation, "Option A: hub model", made from
// Current by the app's own edits: its lineage, its changes and what they save, checked against
// each post's own cost rather than against the compare engine alone.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCostContext, costPost, type CostContext } from '../../shared/costing/postCost';
import { compareStructures, type ChangeSummary } from '../../shared/compare/compare';
import { peopleSchedule } from '../../shared/compare/peopleSchedule';
import { peopleTable } from '../../shared/export/schedules/people';
import type { DocumentInfo, Post, Structure } from '../../shared/model/types';
import { SAMPLE_POSTS } from '../../shared/sample/businessSupport';
import { SAMPLE_PROPOSAL } from '../../shared/sample/hubModel';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const s = testSession(tmp.dir);
let info: DocumentInfo;
let current: Structure;
let proposal: Structure;
let before: Post[];
let after: Post[];
let summary: ChangeSummary;
let costs: CostContext;

beforeAll(async () => {
  info = await call(s, 'newDocument', { path: path.join(tmp.dir, 'Sample.establish'), sample: true });
  current = info.structures.find((x) => x.kind === 'current')!;
  proposal = info.structures.find((x) => x.kind === 'proposal')!;
  before = (await call(s, 'getStructure', { structureId: current.id })).posts;
  after = (await call(s, 'getStructure', { structureId: proposal.id })).posts;
  summary = compareStructures(info, { structure: current, posts: before }, { structure: proposal, posts: after });
  costs = buildCostContext(info);
});

afterAll(() => {
  s.dispose();
  tmp.cleanup();
});

const cost = (p: Post) => costPost(p, costs).totalPence;
const sum = (posts: Post[]) => posts.reduce((t, p) => t + cost(p), 0);
const refs = (posts: (Post | null)[]) => posts.map((p) => p!.ref).sort();

describe('the sample document', () => {
  it('has Current as it always was and one proposal for consultation, copied from it', () => {
    expect(info.structures.map((x) => [x.name, x.kind, x.status, x.implementationDate, x.basedOnId])).toEqual([
      ['Current', 'current', 'draft', null, null],
      ['Option A: hub model', 'proposal', 'consultation', '2026-10-01', current.id],
    ]);
    expect(before.map((p) => [p.ref, p.title])).toEqual(SAMPLE_POSTS.map((p) => [p.ref, p.title]));
    expect(sum(before)).toBe(226_594_820);
    // The sample is where a document starts: nothing to undo.
    expect(info.history.canUndo).toBe(false);
  });

  it('keeps each copied post’s lineage, and gives only new posts lineages of their own', () => {
    const currentLineages = new Set(before.map((p) => p.lineageId));
    expect(currentLineages.size).toBe(60);
    const copied = after.filter((p) => currentLineages.has(p.lineageId));
    const added = after.filter((p) => !currentLineages.has(p.lineageId));
    expect(copied).toHaveLength(52);
    expect(added.map((p) => p.title).sort()).toEqual(['Business Support Apprentice', 'Digital Forms Officer', 'Senior Business Support Officer (Education)']);
    for (const p of added) expect(p.lineageId).toBe(p.id);
    // Copies keep their reference; every post in the proposal has a manager in the proposal.
    const byLineage = new Map(before.map((p) => [p.lineageId, p]));
    for (const p of copied) expect(p.ref).toBe(byLineage.get(p.lineageId)!.ref);
    const ids = new Set(after.map((p) => p.id));
    for (const p of after) if (p.managerId !== null) expect(ids.has(p.managerId)).toBe(true);
  });

  it('deletes eight posts, four of them held vacancies, adds three, redesignates three and moves four', () => {
    expect(summary.diff.counts).toEqual({ unchanged: 44, moved: 4, redesignated: 3, regraded: 1, fteChanged: 1, deleted: 8, new: 3 });
    const of = (kind: string) => summary.diff.changes.filter((c) => c.kind === kind);
    expect(refs(of('deleted').map((c) => c.before))).toEqual(['BS1002', 'BS1011', 'BS1012', 'BS1040', 'BS1043', 'BS1048', 'BS1049', 'BS1054']);
    expect(refs(of('deleted').map((c) => c.before).filter((p) => p!.vacant))).toEqual(['BS1011', 'BS1012', 'BS1040', 'BS1054']);
    expect(refs(of('moved').map((c) => c.after))).toEqual(['BS1044', 'BS1045', 'BS1046', 'BS1047']);
    const sbsoe = after.find((p) => p.title === 'Senior Business Support Officer (Education)')!;
    for (const c of of('moved')) expect(c.after!.managerId).toBe(sbsoe.id);
    const redesignated = of('redesignated').map((c) => [c.before!.ref, c.after!.title, c.regraded]);
    expect(redesignated.sort()).toEqual([
      ['BS1029', 'Business Support Team Leader (Children and Education)', true],
      ['BS1051', 'Systems and Digital Support Officer', false],
      ['BS1052', 'Systems and Digital Support Officer', false],
    ]);
    expect(of('fte-changed').map((c) => [c.before!.ref, c.before!.fte, c.after!.fte])).toEqual([['BS1058', 1, 0.6]]);
  });

  it('saves what the deleted posts cost, less the new posts, the regrade and plus the hours given up', () => {
    const of = (kind: string) => summary.diff.changes.filter((c) => c.kind === kind);
    const deleted = sum(of('deleted').map((c) => c.before!));
    const added = sum(of('new').map((c) => c.after!));
    const regrade = of('redesignated').reduce((t, c) => t + cost(c.after!) - cost(c.before!), 0);
    const hours = of('fte-changed').reduce((t, c) => t + cost(c.before!) - cost(c.after!), 0);
    // Moves and title-only redesignations cost the same on both sides.
    for (const c of [...of('moved'), ...of('unchanged')]) expect(cost(c.after!)).toBe(cost(c.before!));
    const regraded = of('redesignated').filter((c) => c.regraded);
    expect(regrade).toBe(cost(regraded[0]!.after!) - cost(regraded[0]!.before!));
    expect(regrade).toBeGreaterThan(0);

    const saving = deleted - added - regrade + hours;
    expect(summary.cost).toEqual({ beforePence: 226_594_820, afterPence: 226_594_820 - saving, savingPence: saving });
    expect(saving).toBe(19_298_400);
    // A believable restructure: between 8% and 12% of the service's cost.
    expect(saving / summary.cost.beforePence).toBeGreaterThan(0.08);
    expect(saving / summary.cost.beforePence).toBeLessThan(0.12);
    // From 1 October, half the full-year saving falls in 2026/27 and all of it from 2027/28.
    expect(summary.byFinancialYear.map((y) => [y.year.label, y.savingPence])).toEqual([
      ['2026/27', saving / 2],
      ['2027/28', saving],
      ['2028/29', saving],
    ]);
  });

  it('puts five people at risk: two team leaders ring-fenced for one post, the PA and the data entry officers', () => {
    const p = summary.people;
    expect(p).toMatchObject({
      postsBefore: 60,
      postsAfter: 55,
      headcountBefore: 53,
      headcountAfter: 49,
      postsDeleted: 8,
      vacanciesDeleted: 4,
      postsNew: 3,
      affected: 7,
      slotIns: 2,
      ringFenced: 2,
      atRisk: 5,
      hoursReduced: 1,
      consultation: null,
    });
    const byId = new Map([...before, ...after].map((x) => [x.id, x.ref || x.title]));
    const groups = p.replacements.map((r) => [r.group.kind, r.group.beforeIds.map((id) => byId.get(id)).sort(), r.group.afterIds.map((id) => byId.get(id)), r.outcome]);
    expect(groups.sort()).toEqual(
      [
        ['merge', ['BS1029', 'BS1043'], ['BS1029'], 'ring-fence'],
        ['one-to-one', ['BS1051'], ['BS1051'], 'slot-in'],
        ['one-to-one', ['BS1052'], ['BS1052'], 'slot-in'],
        ['one-to-one', ['BS1054'], ['Digital Forms Officer'], 'no-candidates'],
      ].sort(),
    );
    const stillAtRisk = p.atRiskPosts.filter((r) => r.outcome !== 'slot-in').map((r) => r.change.before!.ref);
    expect(stillAtRisk.sort()).toEqual(['BS1002', 'BS1029', 'BS1043', 'BS1048', 'BS1049']);
  });

  it('lists each person affected once, with what happens to them, and the one selection pool', () => {
    const ps = peopleSchedule(summary.diff.changes, summary.people);
    const line = (r: (typeof ps.rows)[number]) => [r.post.ref, r.name, r.outcome, r.pool];
    expect(ps.rows.map(line).sort()).toEqual(
      [
        // The PA and two data entry officers: posts deleted, nothing to slot in to.
        ['BS1002', 'Imran Qureshi', 'at-risk', null],
        ['BS1048', 'Louise Atherton', 'at-risk', null],
        ['BS1049', 'Farah Mahmood', 'at-risk', null],
        // Two team leaders for one merged post.
        ['BS1029', 'Ryan Mitchell', 'ring-fenced', 1],
        ['BS1043', 'Megan Hughes', 'ring-fenced', 1],
        // The two systems support officers match their redesignated posts one to one.
        ['BS1051', 'Rebecca Lowe', 'slotted-in', null],
        ['BS1052', 'Victoria Dunn', 'slotted-in', null],
        // Three officers move to a new manager; one payments officer goes from 1 to 0.6 FTE.
        ['BS1044', 'Simon Yates', 'post-retained', null],
        ['BS1045', 'Gemma Knowles', 'post-retained', null],
        ['BS1046', 'Anthony Reid', 'post-retained', null],
        ['BS1058', 'Joanne Pritchard', 'post-retained', null],
      ].sort(),
    );
    // The same count at risk as the cost summary: three with no post and two in the pool.
    expect(ps.counts['at-risk'] + ps.counts['ring-fenced']).toBe(summary.people.atRisk);
    expect(ps.counts['slotted-in']).toBe(summary.people.slotIns);
    expect(ps.pools.map((p) => [p.number, p.people, p.posts, p.from.map((x) => x.ref).sort(), p.to.map((x) => x.ref)])).toEqual([[1, 2, 1, ['BS1029', 'BS1043'], ['BS1029']]]);
    expect(ps.rows.find((r) => r.post.ref === 'BS1043')!.detail).toBe('Ring-fenced with 1 other for Business Support Team Leader (Children and Education) (BS1029): 2 people for 1 post');
    expect(ps.rows.find((r) => r.post.ref === 'BS1058')!.detail).toBe('Post kept with fewer hours: 1 to 0.6 FTE');
  });

  it('prints the people schedule without names unless asked, counting people and posts', () => {
    const hidden = peopleTable({ doc: info, summary, title: 'People affected', names: false });
    const text = JSON.stringify(hidden);
    for (const name of ['Imran Qureshi', 'Megan Hughes', 'Joanne Pritchard']) expect(text).not.toContain(name);
    expect(hidden.columns[0]!.header).toBe('Person (by post held)');
    const body = hidden.rows.filter((r) => r.kind === 'body');
    expect(body).toHaveLength(11 + 1);
    expect(body[0]!.cells[0]).toBe('Postholder of BS1002');
    expect(hidden.rows.filter((r) => r.kind === 'section').map((r) => r.cells[0])).toEqual([
      'At risk: 3 people',
      'Ring-fenced: 2 people',
      'Slotted in: 2 people',
      'Post retained: 4 people',
      'Selection pools',
    ]);
    expect(body[body.length - 1]!.cells[0]).toBe('Pool 1: 2 people for 1 post');
    expect(hidden.notes[0]).toBe('11 people affected: 3 at risk, 2 ring-fenced in a selection pool (also at risk until selection), 2 slotted in, 4 keeping their post with a change.');
    const named = peopleTable({ doc: info, summary, title: 'People affected', names: true });
    expect(named.rows.filter((r) => r.kind === 'body').map((r) => r.cells[0])).toContain('Megan Hughes');
    expect(JSON.stringify(hidden.columns.map((c) => c.header))).not.toContain('Amount');
  });

  it('describes every step an adviser took in the proposal', () => {
    expect(SAMPLE_PROPOSAL.name).toBe(proposal.name);
    for (const c of summary.diff.changes) {
      if (c.kind === 'unchanged' || c.kind === 'deleted') continue;
      expect(c.after!.notes, `${c.after!.title} says why it changed`).not.toBe('');
    }
  });
});
