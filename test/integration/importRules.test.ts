// An import writes its posts through the rules every edit keeps. Its plan normally repairs what a
// file gets wrong (a loop goes to the top, shares are split to add up), so these plans are written
// by hand as if that repair had been missed: the write must refuse them, in the words the same
// edit made by hand is refused in, and leave the document as it was.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeImport } from '../../electron/import/write';
import { ApiError } from '../../shared/api/errors';
import type { ImportPlan, ImportSummary, PlannedPost } from '../../shared/import/types';
import type { Id } from '../../shared/model/types';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const s = testSession(tmp.dir);
let structureId: Id = '';
let sourceId: Id = '';

beforeAll(async () => {
  const info = await call(s, 'newDocument', { path: path.join(tmp.dir, 'Rules.establish') });
  structureId = info.structures[0]!.id;
  sourceId = info.fundingSources[0]!.id;
});

afterAll(() => {
  s.dispose();
  tmp.cleanup();
});

function planned(key: number, title: string, manager: number | null, extra: Partial<PlannedPost> = {}): PlannedPost {
  return {
    key, ref: `R${key}`, title, grade: null, payPoint: null, salaryOverridePence: null, allInCostPence: null, niCategory: 'standard',
    fteE4: 10_000, vacant: true, team: '', notes: '', postholders: [], manager, kind: 'post', rows: [key + 2], role: 'main', matchKey: null,
    grouped: false, headcount: null, funding: null, organisation: null, organisationShares: [], ...extra,
  };
}

function plan(posts: PlannedPost[]): ImportPlan {
  const summary = { posts: posts.length, sources: [{ fileName: 'hand.csv' }] } as unknown as ImportSummary;
  return { summary, posts, grades: [], fundingSources: [{ key: 0, name: 'Core', existingId: sourceId }], organisations: [], report: [] };
}

/** Writes a plan as accepting an import does, into a new proposal; the refusal it meets, if any. */
function importRefusal(p: ImportPlan): ApiError | null {
  const doc = s.requireDocument();
  try {
    doc.edit((ctx) => writeImport(ctx, p, { kind: 'new-proposal', name: 'From a file' }, 'hand.csv').label);
    return null;
  } catch (err) {
    return err as ApiError;
  }
}

async function editRefusal(run: () => Promise<unknown>): Promise<ApiError> {
  try {
    await run();
  } catch (err) {
    return err as ApiError;
  }
  throw new Error('the edit was not refused');
}

describe('an import keeps the rules of the edits', () => {
  it('refuses reporting lines that loop, as moving a post into the loop is refused', async () => {
    const head = (await call(s, 'addPost', { structureId, managerId: null, post: { title: 'Head of Service' } })).createdIds[0]!;
    const lead = (await call(s, 'addPost', { structureId, managerId: head, post: { title: 'Team Leader' } })).createdIds[0]!;
    const moved = await editRefusal(() => call(s, 'movePosts', { postIds: [head], managerId: lead }));
    const expected = '"Head of Service" cannot report to "Team Leader", because "Team Leader" already reports to it (directly or through other posts). Nothing was changed.';
    expect(moved.code).toBe('cycle');
    expect(moved.message).toBe(expected);

    const depth = s.requireDocument().history.depth();
    const structures = s.requireDocument().info().structures.length;
    const refused = importRefusal(plan([planned(0, 'Head of Service', 1), planned(1, 'Team Leader', 0)]));
    expect(refused?.code).toBe('cycle');
    expect(refused?.message).toBe(expected);
    // Nothing of it was written: no proposal, no undo step.
    expect(s.requireDocument().info().structures).toHaveLength(structures);
    expect(s.requireDocument().history.depth()).toEqual(depth);
  });

  it('refuses a post reporting to itself, in the words of the edit', async () => {
    const head = (await call(s, 'addPost', { structureId, managerId: null, post: { title: 'Director' } })).createdIds[0]!;
    const moved = await editRefusal(() => call(s, 'movePosts', { postIds: [head], managerId: head }));
    expect(moved.message).toBe('"Director" cannot report to itself.');
    expect(importRefusal(plan([planned(0, 'Director', 0)]))?.message).toBe('"Director" cannot report to itself.');
  });

  it('refuses funding shares that do not add up to 100%, naming the rule the edit names', async () => {
    const post = (await call(s, 'addPost', { structureId, managerId: null, post: { title: 'Analyst' } })).createdIds[0]!;
    const edited = await editRefusal(() => call(s, 'updatePosts', { postIds: [post], patch: { funding: [{ sourceId, shareBp: 6_000 }] } }));
    expect(edited.code).toBe('invalid-argument');
    expect(edited.message).toContain('funding shares must add up to 100%');
    const refused = importRefusal(plan([planned(0, 'Analyst', null, { funding: [{ source: 0, shareBp: 6_000 }] })]));
    expect(refused?.code).toBe('invalid-argument');
    expect(refused?.message).toBe('"Analyst": funding shares must add up to 100%.');
  });

  it('refuses a single post of more FTE than one post can hold, as the edit does', async () => {
    const post = (await call(s, 'addPost', { structureId, managerId: null, post: { title: 'Officer' } })).createdIds[0]!;
    const edited = await editRefusal(() => call(s, 'updatePosts', { postIds: [post], patch: { fte: 1_500 } }));
    const expected = '"Officer" cannot have 1,500 FTE: a single post has at most 1,000. Make it a grouped post to give it more.';
    expect(edited.message).toBe(expected);
    expect(importRefusal(plan([planned(0, 'Officer', null, { fteE4: 1_500 * 10_000 })]))?.message).toBe(expected);
  });

  it('writes nothing when a post late in the file is refused, after the posts before it were written', async () => {
    const doc = s.requireDocument();
    const before = (await call(s, 'getStructure', { structureId })).posts.map((p) => p.title).sort();
    const depth = doc.history.depth();
    const posts = [planned(0, 'Chief Executive', null), planned(1, 'Deputy', 0), planned(2, 'Officer', 1, { fteE4: 1_500 * 10_000 })];
    let refused: ApiError | null = null;
    try {
      // Into the Current structure: its posts are removed first, then the file's are written one by one.
      doc.edit((ctx) => writeImport(ctx, plan(posts), { kind: 'structure', structureId }, 'hand.csv').label);
    } catch (err) {
      refused = err as ApiError;
    }
    expect(refused?.message).toBe('"Officer" cannot have 1,500 FTE: a single post has at most 1,000. Make it a grouped post to give it more.');
    // The posts it replaced are all still there, none of the file's, and there is no undo step.
    expect(before.length).toBeGreaterThan(0);
    expect((await call(s, 'getStructure', { structureId })).posts.map((p) => p.title).sort()).toEqual(before);
    expect(doc.history.depth()).toEqual(depth);
  });

  it('writes a plan that keeps every rule, as one undo step', () => {
    const depth = s.requireDocument().history.depth().undo;
    expect(importRefusal(plan([planned(0, 'Chief Executive', null), planned(1, 'Deputy', 0, { funding: [{ source: 0, shareBp: 10_000 }] })]))).toBeNull();
    expect(s.requireDocument().history.depth().undo).toBe(depth + 1);
    expect(s.requireDocument().history.state().undoLabel).toBe('Import hand.csv into "From a file"');
  });
});
