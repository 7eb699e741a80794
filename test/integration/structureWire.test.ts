// A structure read straight into the packed form it travels to the window in gives the window
// exactly the posts the host reads as records: every field, every list (dotted lines, funding
// splits, organisation shares, posts replaced, postholders with their details and equality
// profiles), nothing, empty text and zero kept apart, on the sample, on large generated files and
// after edits of every kind of field.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch, wireHandlers } from '../../electron/api/handlers';
import { fromWire, toWire } from '../../shared/api/wire';
import type { DocumentInfo, Post } from '../../shared/model/types';
import { createBigDocument } from '../helpers/bigStructure';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir('establish-wire-');
afterAll(() => tmp.cleanup());

/** What the window gets: the travelling form, through JSON (as the bridge sends it), unpacked. */
function asWindowGetsIt(value: unknown): { posts: Post[] } {
  const env = toWire('getStructure', { ok: true, value });
  return fromWire('getStructure', JSON.parse(JSON.stringify(env.ok ? env.value : null))) as { posts: Post[] };
}

const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v)) as unknown;

describe('a structure packed as it is read', () => {
  it('gives every structure of the sample exactly as the records read, through the transports\u2019 handlers', async () => {
    const s = testSession(tmp.dir);
    try {
      const doc = await call(s, 'newDocument', { path: path.join(tmp.dir, 'sample.establish'), sample: true });
      expect(doc.structures.length).toBeGreaterThan(1);
      for (const st of doc.structures) {
        const records = await call(s, 'getStructure', { structureId: st.id });
        const env = await dispatch(s, 'getStructure', { structureId: st.id }, wireHandlers);
        expect(env.ok).toBe(true);
        const got = asWindowGetsIt(env.ok ? env.value : null);
        expect(got).toEqual(json(records));
        expect(got.posts.length).toBe(records.posts.length);
        // Read the quick way, with each post's fields in the order the host made them.
        got.posts.forEach((p, i) => expect(Object.keys(p)).toEqual(Object.keys(records.posts[i]!)));
      }
    } finally {
      s.dispose();
    }
  });

  it('keeps every kind of field after edits: lists, details, profiles, nothing against zero and empty text', async () => {
    const s = testSession(tmp.dir);
    try {
      const doc: DocumentInfo = await call(s, 'newDocument', { path: path.join(tmp.dir, 'edited.establish'), sample: true });
      const current = doc.structures.find((x) => x.kind === 'current')!;
      const proposal = doc.structures.find((x) => x.kind === 'proposal')!;
      const posts = (await call(s, 'getStructure', { structureId: current.id })).posts;
      const [a, b, c] = posts.filter((p) => p.managerId !== null);
      const top = posts.find((p) => p.managerId === null)!;
      const [org1, org2] = doc.organisations;
      const [fund1, fund2] = doc.fundingSources;
      await call(s, 'updatePosts', { postIds: [a!.id], patch: { dottedManagerIds: [top.id, b!.id], notes: '', duties: 'Leads the team', headcount: 3 } });
      if (org1 && org2) await call(s, 'updatePosts', { postIds: [b!.id], patch: { organisationShares: [{ organisationId: org1.id, shareBp: 2500 }, { organisationId: org2.id, shareBp: 7500 }] } });
      if (fund1 && fund2) await call(s, 'updatePosts', { postIds: [c!.id], patch: { funding: [{ sourceId: fund1.id, shareBp: 6000 }, { sourceId: fund2.id, shareBp: 4000 }] } });
      await call(s, 'updatePosts', {
        postIds: [c!.id],
        patch: {
          vacant: false,
          salaryOverridePence: 0,
          postholders: [
            { name: 'A. Holder', fte: 0.6, details: { age: 58, serviceYears: 21, weeklyPayPence: 71_900, redundancyPence: null, pensionStrainPence: 0 }, equality: { sex: 'Female' } },
            { name: '', fte: null },
          ],
        },
      });
      const proposalPosts = (await call(s, 'getStructure', { structureId: proposal.id })).posts;
      const newPost = proposalPosts.find((p) => p.managerId !== null)!;
      await call(s, 'updatePosts', { postIds: [newPost.id], patch: { replacesLineageIds: [a!.lineageId] } });

      for (const st of [current, proposal]) {
        const records = await call(s, 'getStructure', { structureId: st.id });
        const env = await dispatch(s, 'getStructure', { structureId: st.id }, wireHandlers);
        expect(asWindowGetsIt(env.ok ? env.value : null)).toEqual(json(records));
      }
      // The edits are in what the window gets.
      const env = await dispatch(s, 'getStructure', { structureId: current.id }, wireHandlers);
      const got = asWindowGetsIt(env.ok ? env.value : null).posts;
      expect(got.find((p) => p.id === a!.id)!.dottedManagerIds).toEqual([top.id, b!.id]);
      expect(got.find((p) => p.id === c!.id)!.postholders[0]).toMatchObject({ name: 'A. Holder', details: { age: 58, pensionStrainPence: 0, redundancyPence: null }, equality: { sex: 'Female' } });
      expect(got.find((p) => p.id === c!.id)!.salaryOverridePence).toBe(0);
    } finally {
      s.dispose();
    }
  });

  it('gives large generated structures exactly as the records read', () => {
    for (const [shape, count] of [['council', 3000], ['generated', 1500]] as const) {
      const store = createBigDocument(path.join(tmp.dir, `${shape}.establish`), count, 7, shape);
      try {
        const id = store.info().structures.find((x) => x.kind === 'current')!.id;
        expect(asWindowGetsIt(store.packedStructure(id))).toEqual(json(store.structure(id)));
      } finally {
        store.close();
      }
    }
  });
});
