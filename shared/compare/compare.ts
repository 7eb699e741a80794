// Everything the app, the command line and the exports say about a change from one structure to
// another: the diff, both structures costed, the saving in a full year and in each financial
// year, the cuts by team, grade, funding source and organisation, and the people effect. One pure
// function, so every view of a change shows the same numbers.
import { decisionsForDiff, diffEstablishments, diffStructures, type DiffOptions, type DiffSide } from '../diff/diff';
import type { StructureDiff } from '../diff/types';
import { allBreakdowns, type BreakdownRow } from '../costing/breakdown';
import type { Dimension } from '../costing/dimensions';
import { financialYearEffects, YEARS_SHOWN, type FinancialYearEffect } from '../costing/inYear';
import { buildCostContext, costPost, type CostContext } from '../costing/postCost';
import { costEstablishment, type CostedPost, type StructureCosting } from '../costing/structureCost';
import { establishmentPosts } from '../model/establishment';
import type { DocumentInfo, Id, Post, Structure } from '../model/types';
import { oneOffCosts, type OneOffCosts } from './oneOff';
import { peopleEffect, type PeopleEffect } from './people';

export type CostReference = Pick<DocumentInfo, 'settings' | 'organisations' | 'grades' | 'fundingSources'> & Partial<Pick<DocumentInfo, 'matchDecisions'>>;

export interface CompareSide {
  structure: Structure;
  posts: readonly Post[];
}

export interface ChangeSummary {
  from: Structure;
  to: Structure;
  diff: StructureDiff;
  before: StructureCosting;
  after: StructureCosting;
  /** Full-year cost including on-costs, pence. savingPence = beforePence - afterPence. */
  cost: { beforePence: number; afterPence: number; savingPence: number };
  /** The after structure's implementation date, which the in-year effects and funding flags use. */
  implementationDate: string | null;
  byFinancialYear: FinancialYearEffect[];
  breakdowns: Record<Dimension, BreakdownRow[]>;
  people: PeopleEffect;
  /** Redundancy and pension strain of the people at risk, and the payback period. */
  oneOff: OneOffCosts;
}

export interface CompareOptions {
  /** Financial years to show from the implementation year (default 3). */
  years?: number;
  /** A cost context already built from `reference`, to save building it again. */
  costContext?: CostContext;
}

export function compareStructures(reference: CostReference, from: CompareSide, to: CompareSide, options: CompareOptions = {}): ChangeSummary {
  const ctx = options.costContext ?? buildCostContext(reference);
  // Both costings and the diff see the same lists, so a post's line has the post's position.
  const fromPosts = establishmentPosts(from.posts);
  const toPosts = establishmentPosts(to.posts);
  const before = costEstablishment(fromPosts, ctx);
  const after = costEstablishment(toPosts, ctx);
  const diff = diffEstablishments({ structure: from.structure, posts: fromPosts }, { structure: to.structure, posts: toPosts }, (_p, side, i) => (side === 'before' ? before : after).totalAt(i), {
    defaultOrganisationId: reference.settings.defaultOrganisationId,
    ...decisionsForDiff(reference.matchDecisions),
  });
  const implementationDate = to.structure.implementationDate;
  const beforePence = before.totals.costPence;
  const afterPence = after.totals.costPence;
  const people = peopleEffect({ diff, totals: { before: before.totals, after: after.totals }, implementationDate, fundingSources: reference.fundingSources });
  return {
    from: from.structure,
    to: to.structure,
    diff,
    before,
    after,
    cost: { beforePence, afterPence, savingPence: beforePence - afterPence },
    implementationDate,
    byFinancialYear: financialYearEffects(beforePence, afterPence, implementationDate, options.years ?? YEARS_SHOWN),
    breakdowns: allBreakdowns(before, after, reference),
    people,
    oneOff: oneOffCosts(people, reference.settings, beforePence - afterPence),
  };
}

/**
 * The diff of two structures with each post costed from a cost context: for views that need the
 * changes and their cost per post but not the rest of a summary (the chart's change marks).
 */
export function costedDiff(before: DiffSide, after: DiffSide, ctx: CostContext, decisions: Pick<DiffOptions, 'accepted' | 'rejected'> = {}): StructureDiff {
  return diffStructures(before, after, (p) => costPost(p, ctx).totalPence, { defaultOrganisationId: ctx.settings.defaultOrganisationId, ...decisions });
}

/** The costed line of a post on either side of a summary. */
export function lineOfPost(summary: ChangeSummary, side: 'before' | 'after', postId: Id): CostedPost | undefined {
  return summary[side].byId.get(postId);
}

const postIndex = new WeakMap<StructureDiff, { before: Map<Id, Post>; after: Map<Id, Post> }>();

/**
 * A post of either side of a summary, by id, found through the changes (every post is in one):
 * cheaper than lineOfPost where only the post is wanted, as the lines may not be worked out yet.
 */
export function postOf(summary: ChangeSummary, side: 'before' | 'after', postId: Id): Post | undefined {
  let index = postIndex.get(summary.diff);
  if (!index) {
    index = { before: new Map(), after: new Map() };
    for (const c of summary.diff.changes) {
      if (c.before) index.before.set(c.before.id, c.before);
      if (c.after) index.after.set(c.after.id, c.after);
    }
    postIndex.set(summary.diff, index);
  }
  return index[side].get(postId);
}
