// Builds the sample's proposal through the same edits the app makes (copy the structure keeping
// lineage, add, change, move and delete posts), so the sample shows what a real proposal looks
// like to every view. Like the rest of the seed, it goes into no undo history.
import type { Database } from 'better-sqlite3';
import { newPostSchema, postPatchSchema, type NewPostInput, type PostPatch } from '../../shared/api/schemas';
import type { Id } from '../../shared/model/types';
import type { SampleProposal, SampleProposalStep } from '../../shared/sample/hubModel';
import { editContext, type EditContext } from './document';
import { addPost, deletePosts, movePosts, updatePosts } from './edits/posts';
import { createStructure } from './edits/structures';
import type { Recorder } from './recorder';

/**
 * Adds `proposal` to the document as a copy of the Current structure. `currentIds` maps each
 * sample post's key to its id in Current, which is also its lineage.
 */
export function seedSampleProposal(db: Database, rec: Recorder, currentId: Id, currentIds: ReadonlyMap<string, Id>, proposal: SampleProposal): Id {
  // A fresh context per edit, as the app has: each edit sees what the ones before it wrote.
  const run = <T>(fn: (ctx: EditContext) => T): T => fn(editContext(db, rec.sql, rec));

  const proposalId = run((ctx) => {
    createStructure(ctx, {
      name: proposal.name,
      fromStructureId: currentId,
      status: proposal.status,
      implementationDate: proposal.implementationDate,
    });
    return ctx.created[0]!;
  });
  const idByLineage = new Map(run((ctx) => ctx.structurePosts(proposalId)).map((p) => [p.lineageId, p.id]));
  const newIds = new Map<string, Id>();
  const postId = (key: string): Id => {
    const id = newIds.get(key) ?? idByLineage.get(lineage(key));
    if (id === undefined) throw new Error(`The sample proposal names a post "${key}" that is not in it.`);
    return id;
  };
  const lineage = (key: string): Id => {
    const id = currentIds.get(key);
    if (id === undefined) throw new Error(`The sample proposal names a post "${key}" that is not in Current.`);
    return id;
  };

  for (const step of proposal.steps) run((ctx) => applyStep(ctx, step, { proposalId, postId, lineage, newIds }));
  return proposalId;
}

interface Keys {
  proposalId: Id;
  postId(key: string): Id;
  lineage(key: string): Id;
  newIds: Map<string, Id>;
}

function grade(ctx: EditContext, code: string, scp?: number): { gradeId: Id; payPointId: Id | null } {
  const g = ctx.ref.grades.find((x) => x.code === code);
  if (!g) throw new Error(`The sample proposal names a grade "${code}" that is not in the grade table.`);
  if (scp === undefined) return { gradeId: g.id, payPointId: null };
  const point = g.points.find((p) => p.code === `SCP ${scp}`);
  if (!point) throw new Error(`The sample proposal names SCP ${scp}, which is not in grade ${code}.`);
  return { gradeId: g.id, payPointId: point.id };
}

function patch(ctx: EditContext, postIds: Id[], p: PostPatch): void {
  updatePosts(ctx, { postIds, patch: postPatchSchema.parse(p) });
}

function applyStep(ctx: EditContext, step: SampleProposalStep, k: Keys): void {
  switch (step.kind) {
    case 'add': {
      const { post } = step;
      const input: NewPostInput = {
        title: post.title,
        ...grade(ctx, post.grade),
        team: post.team,
        duties: post.duties,
        notes: post.notes,
        vacant: true,
        replacesLineageIds: (post.replaces ?? []).map(k.lineage),
      };
      addPost(ctx, { structureId: k.proposalId, managerId: k.postId(post.manager), post: newPostSchema.parse(input) });
      k.newIds.set(post.key, ctx.created[0]!);
      return;
    }
    case 'move': {
      const ids = step.keys.map(k.postId);
      movePosts(ctx, { postIds: ids, managerId: k.postId(step.to) });
      patch(ctx, ids, { notes: step.notes });
      return;
    }
    case 'delete':
      deletePosts(ctx, { postIds: step.keys.map(k.postId), reports: 'reassign' });
      return;
    case 'redesignate':
      patch(ctx, [k.postId(step.key)], {
        title: step.title,
        ...(step.grade ? grade(ctx, step.grade.code, step.grade.scp) : {}),
        duties: step.duties,
        notes: step.notes,
        replacesLineageIds: step.replaces.map(k.lineage),
      });
      return;
    case 'fte':
      patch(ctx, [k.postId(step.key)], { fte: step.fte, notes: step.notes });
      return;
  }
}
