// A minimal stand-in for the structure comparison (posts matched by lineage; title or grade changes
// are redesignations, manager or team changes are moves) so the export can be tested on its own.
import type { PostChange, StructureDiff } from '../../shared/diff/types';
import { buildCostContext, costPost } from '../../shared/costing/postCost';
import type { DocumentInfo, StructureData } from '../../shared/model/types';

export function stubCompare(doc: DocumentInfo, before: StructureData, after: StructureData): StructureDiff {
  const ctx = buildCostContext(doc);
  const cost = (p: Parameters<typeof costPost>[0] | null) => (p ? costPost(p, ctx).totalPence : 0);
  const afterByLineage = new Map(after.posts.map((p) => [p.lineageId, p]));
  const beforeByLineage = new Map(before.posts.map((p) => [p.lineageId, p]));
  const beforeLineageOfId = new Map(before.posts.map((p) => [p.id, p.lineageId]));
  const afterLineageOfId = new Map(after.posts.map((p) => [p.id, p.lineageId]));
  const changes: PostChange[] = [];
  for (const b of before.posts) {
    const a = afterByLineage.get(b.lineageId) ?? null;
    let kind: PostChange['kind'] = 'unchanged';
    const fields: PostChange['fields'] = [];
    if (!a) kind = 'deleted';
    else {
      if (a.title !== b.title) fields.push('title');
      if (a.gradeId !== b.gradeId) fields.push('grade');
      if (a.fte !== b.fte) fields.push('fte');
      const mgrB = b.managerId ? beforeLineageOfId.get(b.managerId) : null;
      const mgrA = a.managerId ? afterLineageOfId.get(a.managerId) : null;
      if (mgrA !== mgrB) fields.push('manager');
      if (a.team !== b.team) fields.push('team');
      if (fields.includes('title') || fields.includes('grade')) kind = 'redesignated';
      else if (fields.includes('fte')) kind = 'fte-changed';
      else if (fields.includes('manager') || fields.includes('team')) kind = 'moved';
    }
    changes.push({ kind, regraded: fields.includes('grade'), lineageId: b.lineageId, before: b, after: a, fields, costBeforePence: cost(b), costAfterPence: cost(a) });
  }
  for (const a of after.posts) {
    if (beforeByLineage.has(a.lineageId)) continue;
    changes.push({ kind: 'new', regraded: false, lineageId: a.lineageId, before: null, after: a, fields: [], costBeforePence: 0, costAfterPence: cost(a) });
  }
  const count = (k: PostChange['kind']) => changes.filter((c) => c.kind === k).length;
  return {
    fromStructureId: before.structure.id,
    toStructureId: after.structure.id,
    changes,
    counts: { unchanged: count('unchanged'), moved: count('moved'), redesignated: count('redesignated'), regraded: changes.filter((c) => c.regraded).length, fteChanged: count('fte-changed'), deleted: count('deleted'), new: count('new') },
  };
}
