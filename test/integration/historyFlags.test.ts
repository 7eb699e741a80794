// Every method of the API says whether it enters the undo history and whether it changes the
// document. Here each is called through the real handlers on a real file, and what it did to the
// history is checked against what it says: a method that writes adds exactly one step (quick
// edits of one field join one step), undo and redo only move through the steps there are, and
// everything else leaves the history exactly as it was.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type InputOf, type MethodName } from '../../shared/api/contract';
import type { DocumentInfo, Id } from '../../shared/model/types';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

type Kind = 'step' | 'replay' | 'none';

/** What each method is, listed by hand: a step of the history, a move through it, or neither. */
const EXPECTED: Record<MethodName, Kind> = {
  getAppInfo: 'none', listRecent: 'none', chooseFile: 'none',
  newDocument: 'none', openDocument: 'none', closeDocument: 'none', getDocument: 'none', saveCopyAs: 'none', checkDocument: 'none', saveRecoveredCopy: 'none',
  getStructure: 'none', createStructure: 'step', updateStructure: 'step', deleteStructure: 'step',
  addPost: 'step', updatePosts: 'step', deletePosts: 'step', movePosts: 'step', decideMatches: 'step',
  updateSettings: 'step', saveOrganisation: 'step', deleteOrganisation: 'step', saveGrade: 'step', deleteGrade: 'step', applyPayAward: 'step',
  saveFundingSource: 'step', deleteFundingSource: 'step',
  jobStatus: 'none', cancelJob: 'none', inspectImport: 'none', startImport: 'none', acceptImport: 'step', startPreview: 'none', startExport: 'none',
  undo: 'replay', redo: 'replay', getHistory: 'none',
};

const tmp = makeTempDir();
const s = testSession(tmp.dir);
const file = path.join(tmp.dir, 'Flags.establish');
const other = path.join(tmp.dir, 'Other.establish');
const csvFile = path.join(tmp.dir, 'posts.csv');
let doc: DocumentInfo;
let currentId: Id = '';

beforeAll(async () => {
  doc = await call(s, 'newDocument', { path: file, sample: true });
  currentId = doc.structures.find((x) => x.kind === 'current')!.id;
  fs.writeFileSync(csvFile, 'Post ref,Job title,FTE,Manager ref\r\nP1,Director,1,\r\nP2,Officer,1,P1\r\n');
});

afterAll(() => {
  s.dispose();
  tmp.cleanup();
});

interface Step {
  seq: number;
  label: string;
  undone: number;
  size: number;
}

/** The history of the document file, step by step. */
function steps(): Step[] {
  return s.requireDocument().db.prepare('SELECT seq, label, undone, length(changes) AS size FROM history ORDER BY seq').all() as Step[];
}

async function reopen(): Promise<void> {
  if (s.document?.filePath !== file) doc = await call(s, 'openDocument', { path: file });
}

const info = () => s.requireDocument().info();
const topPost = async () => (await call(s, 'getStructure', { structureId: currentId })).posts.find((p) => p.managerId === null)!;
const structureNamed = (name: string) => info().structures.find((x) => x.name === name)!.id;
const waitJob = (jobId: string) => s.jobs.wait(jobId);
const chart = () => ({ kind: 'chart' as const, format: 'pdf' as const, structureId: currentId, paper: 'A4' as const, orientation: 'landscape' as const });
const importArg = (name: string): InputOf<'startImport'> => ({
  source: { path: csvFile },
  format: 'generic',
  mapping: { ref: 0, title: 1, fte: 2, managerRef: 3 },
  target: { kind: 'new-proposal', name },
});
let importJob = '';
let postId: Id = '';

/** Each method called once, in an order in which each finds what it needs; every argument is worked out when its turn comes. */
const CASES: { method: MethodName; arg: () => Promise<unknown> | unknown; then?: (result: unknown) => Promise<void> }[] = [
  { method: 'getAppInfo', arg: () => ({}) },
  { method: 'listRecent', arg: () => ({}) },
  { method: 'chooseFile', arg: () => ({ purpose: 'open' }) },
  { method: 'getDocument', arg: () => ({}) },
  { method: 'getStructure', arg: () => ({ structureId: currentId }) },
  { method: 'checkDocument', arg: () => ({}) },
  { method: 'getHistory', arg: () => ({}) },
  { method: 'saveCopyAs', arg: () => ({ path: path.join(tmp.dir, 'Copy.establish') }) },
  {
    method: 'saveRecoveredCopy',
    arg: () => {
      // A copy cut short: what can be read of it is saved beside it.
      const whole = fs.readFileSync(path.join(tmp.dir, 'Copy.establish'));
      fs.writeFileSync(path.join(tmp.dir, 'Damaged.establish'), whole.subarray(0, whole.length - 4096));
      return { path: path.join(tmp.dir, 'Damaged.establish') };
    },
  },
  { method: 'createStructure', arg: () => ({ name: 'Option B', fromStructureId: currentId }) },
  { method: 'updateStructure', arg: () => ({ structureId: structureNamed('Option B'), patch: { name: 'Option C' } }) },
  { method: 'deleteStructure', arg: () => ({ structureId: structureNamed('Option C') }) },
  { method: 'addPost', arg: async () => ({ structureId: currentId, managerId: (await topPost()).id, post: { title: 'Flagged' } }) },
  { method: 'movePosts', arg: async () => ({ postIds: [postId], managerId: null }) },
  { method: 'decideMatches', arg: async () => ({ decisions: [{ beforeLineageId: (await topPost()).lineageId, afterLineageId: postId, decision: 'rejected' }] }) },
  { method: 'deletePosts', arg: () => ({ postIds: [postId], reports: 'reassign' }) },
  { method: 'updateSettings', arg: () => ({ patch: { payYear: '2026/27' } }) },
  { method: 'saveOrganisation', arg: () => ({ name: 'Partner Trust', pensionRateBp: 1_500 }) },
  { method: 'deleteOrganisation', arg: () => ({ id: info().organisations.find((o) => o.name === 'Partner Trust')!.id }) },
  { method: 'saveFundingSource', arg: () => ({ name: 'One-year grant', endDate: '2027-03-31' }) },
  { method: 'deleteFundingSource', arg: () => ({ id: info().fundingSources.find((f) => f.name === 'One-year grant')!.id }) },
  { method: 'saveGrade', arg: () => ({ code: 'FLAG1', name: '', points: [{ code: 'A', salaryPence: 2_500_000 }] }) },
  { method: 'deleteGrade', arg: () => ({ id: info().grades.find((g) => g.code === 'FLAG1')!.id }) },
  { method: 'applyPayAward', arg: () => ({ upliftBp: 200, rounding: 'pound' }) },
  { method: 'undo', arg: () => ({}) },
  { method: 'redo', arg: () => ({}) },
  { method: 'inspectImport', arg: () => ({ source: { path: csvFile } }) },
  {
    method: 'startImport',
    arg: () => importArg('From the file'),
    then: async (r) => {
      importJob = (r as { jobId: string }).jobId;
      await waitJob(importJob);
    },
  },
  { method: 'jobStatus', arg: () => ({ jobId: importJob }) },
  { method: 'acceptImport', arg: () => ({ jobId: importJob }) },
  {
    method: 'cancelJob',
    arg: async () => {
      const { jobId } = await call(s, 'startImport', importArg('Not wanted'));
      await waitJob(jobId);
      return { jobId };
    },
  },
  { method: 'startPreview', arg: () => ({ request: chart() }), then: async (r) => void (await waitJob((r as { jobId: string }).jobId)) },
  { method: 'startExport', arg: () => ({ request: chart(), path: path.join(tmp.dir, 'chart.pdf') }), then: async (r) => void (await waitJob((r as { jobId: string }).jobId)) },
  { method: 'newDocument', arg: () => ({ path: other }), then: reopen },
  { method: 'openDocument', arg: () => ({ path: other }), then: reopen },
  { method: 'closeDocument', arg: () => ({}), then: reopen },
];

describe('whether a method enters the undo history', () => {
  it('is stated for every method, as listed by hand, and every method is tried below', () => {
    for (const m of METHOD_NAMES) {
      const kind: Kind = contract[m].history ? 'step' : contract[m].changesDocument ? 'replay' : 'none';
      expect([m, kind]).toEqual([m, EXPECTED[m]]);
    }
    expect(Object.keys(EXPECTED).sort()).toEqual([...METHOD_NAMES].sort());
    expect(CASES.map((c) => c.method).concat('updatePosts').sort()).toEqual([...METHOD_NAMES].sort());
    // Only the methods that write enter the history; undo and redo change the document without being a step of it.
    expect(METHOD_NAMES.filter((m) => contract[m].history).length).toBe(17);
    expect(METHOD_NAMES.filter((m) => contract[m].changesDocument && !contract[m].history)).toEqual(['undo', 'redo']);
  });

  for (const c of CASES) {
    it(`${c.method}: ${EXPECTED[c.method]}`, async () => {
      await reopen();
      const before = steps();
      const arg = await c.arg();
      const result = await call(s, c.method, arg as never);
      if (c.method === 'addPost') postId = (result as { createdIds: Id[] }).createdIds[0]!;
      await c.then?.(result);
      await reopen();
      const after = steps();
      const kind = EXPECTED[c.method];
      if (kind === 'step') {
        // One new step, undone = 0, and every step before it as it was (nothing was left to redo).
        expect(after.slice(0, -1)).toEqual(before.filter((x) => x.undone === 0));
        expect(after).toHaveLength(before.filter((x) => x.undone === 0).length + 1);
        expect(after.at(-1)!.undone).toBe(0);
        expect(after.at(-1)!.seq).toBeGreaterThan(before.at(-1)?.seq ?? 0);
      } else if (kind === 'replay') {
        // The same steps, one of them turned from done to undone (undo) or back (redo).
        expect(after.map(({ undone: _, ...x }) => x)).toEqual(before.map(({ undone: _, ...x }) => x));
        const flipped = after.filter((x, i) => x.undone !== before[i]!.undone);
        expect(flipped).toHaveLength(1);
        expect(flipped[0]!.undone).toBe(c.method === 'undo' ? 1 : 0);
      } else {
        expect(after).toEqual(before);
      }
    });
  }

  it('updatePosts: step, and a quick second edit of the same field joins it', async () => {
    await reopen();
    const post = await topPost();
    const before = steps();
    await call(s, 'updatePosts', { postIds: [post.id], patch: { notes: 'First' } });
    const once = steps();
    expect(once).toHaveLength(before.length + 1);
    expect(once.slice(0, -1)).toEqual(before);
    await call(s, 'updatePosts', { postIds: [post.id], patch: { notes: 'First, then more' } });
    const twice = steps();
    // Still one step more than before: the second edit joined the first, which now holds both.
    expect(twice).toHaveLength(before.length + 1);
    expect(twice.at(-1)!.seq).toBe(once.at(-1)!.seq);
    expect(twice.at(-1)!.size).toBeGreaterThan(once.at(-1)!.size);
    await call(s, 'updatePosts', { postIds: [post.id], patch: { title: 'Chief Executive (acting)' } });
    expect(steps()).toHaveLength(before.length + 2);
  });
});
