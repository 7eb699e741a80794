// Validation of a whole document: what `establish check` and File > Check report. Pure: it looks at
// the model only; the file's own integrity check is added by the store.
import { fitPayPoint } from '../edits/payPoint';
import { sharesAddUp, sharesTotal } from '../edits/shares';
import { postsInCycles } from '../edits/reportingLines';
import { managerMap } from './tree';
import type { DocumentInfo, Id, Post } from './types';

export interface CheckIssue {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  structureId?: Id;
  postId?: Id;
}

export interface CheckReport {
  ok: boolean;
  integrity: string[];
  issues: CheckIssue[];
}

type DocModel = Pick<DocumentInfo, 'settings' | 'organisations' | 'grades' | 'fundingSources' | 'structures'>;

export function validateDocument(doc: DocModel, postsByStructure: ReadonlyMap<Id, readonly Post[]>): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const currents = doc.structures.filter((s) => s.kind === 'current');
  if (currents.length !== 1) {
    issues.push({
      severity: 'error',
      code: 'current-count',
      message: `The document should have exactly one Current structure; it has ${currents.length}.`,
    });
  }
  const gradeIds = new Set(doc.grades.map((g) => g.id));
  const pointGrade = new Map<Id, Id>();
  for (const g of doc.grades) for (const p of g.points) pointGrade.set(p.id, g.id);
  const orgIds = new Set(doc.organisations.map((o) => o.id));
  const sourceIds = new Set(doc.fundingSources.map((f) => f.id));
  const lineages = new Set<Id>();
  for (const posts of postsByStructure.values()) for (const p of posts) lineages.add(p.lineageId);

  for (const s of doc.structures) {
    const posts = postsByStructure.get(s.id) ?? [];
    const ids = new Set(posts.map((p) => p.id));
    const lineageHere = new Map(posts.map((p) => [p.lineageId, p]));
    const where = (p: Post) => `"${p.title}" in ${s.name}`;
    const add = (severity: CheckIssue['severity'], code: string, p: Post, message: string) =>
      issues.push({ severity, code, message, structureId: s.id, postId: p.id });

    for (const p of posts) {
      if (p.managerId === p.id) add('error', 'self-report', p, `${where(p)} reports to itself.`);
      else if (p.managerId !== null && !ids.has(p.managerId))
        add('error', 'missing-manager', p, `${where(p)} reports to a post that is not in this structure.`);
      for (const d of p.dottedManagerIds)
        if (!ids.has(d)) add('warning', 'missing-dotted-manager', p, `${where(p)} has a dotted line to a post that is not in this structure.`);
      if (p.gradeId !== null && !gradeIds.has(p.gradeId)) add('error', 'unknown-grade', p, `${where(p)} has a grade that is not in the grade table.`);
      if (p.payPointId !== null) {
        if (!pointGrade.has(p.payPointId)) add('error', 'unknown-pay-point', p, `${where(p)} has a pay point that is not in the grade table.`);
        else if (fitPayPoint(doc.grades, p.gradeId, p.payPointId) !== p.payPointId)
          add('warning', 'pay-point-outside-grade', p, `${where(p)} is paid at a point outside its grade.`);
      }
      if (p.gradeId === null && p.salaryOverridePence === null && !p.holding)
        add('warning', 'no-pay', p, `${where(p)} has neither a grade nor a salary, so it is costed at £0.`);
      if (p.organisationId !== null && !orgIds.has(p.organisationId))
        add('error', 'unknown-organisation', p, `${where(p)} names an employing organisation that is not in the document.`);
      if (!sharesAddUp(p.funding))
        add('error', 'funding-total', p, `${where(p)} has funding shares adding up to ${sharesTotal(p.funding) / 100}%, not 100%.`);
      for (const f of p.funding)
        if (!sourceIds.has(f.sourceId)) add('error', 'unknown-funding-source', p, `${where(p)} is funded by a source that is not in the document.`);
      const orgShares = p.organisationShares;
      if (!sharesAddUp(orgShares))
        add('error', 'organisation-share-total', p, `${where(p)} shares its cost between organisations in parts adding up to ${sharesTotal(orgShares) / 100}%, not 100%.`);
      for (const o of orgShares)
        if (!orgIds.has(o.organisationId)) add('error', 'unknown-organisation', p, `${where(p)} shares its cost with an organisation that is not in the document.`);
      for (const l of p.replacesLineageIds) {
        const still = lineageHere.get(l);
        if (!lineages.has(l)) add('warning', 'unknown-replaced-post', p, `${where(p)} replaces a post that is no longer in any structure.`);
        else if (still && still.id !== p.id)
          add('warning', 'replaced-post-present', p, `${where(p)} replaces "${still.title}", which is still in ${s.name}.`);
      }
      if (p.holding && posts.some((x) => x.managerId === p.id))
        add('warning', 'unplaced-posts', p, `${where(p)} still holds posts an import could not place: move them to their managers.`);
      if (p.vacant && p.postholders.length > 0)
        add('warning', 'vacant-with-postholder', p, `${where(p)} is marked vacant but has a postholder.`);
    }
    const inCycles = postsInCycles(managerMap(posts));
    for (const id of inCycles) {
      const p = posts.find((x) => x.id === id)!;
      if (p.managerId !== p.id) add('error', 'cycle', p, `${where(p)} is in a loop of reporting lines.`);
    }
  }
  return issues;
}
