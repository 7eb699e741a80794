// Everything the app, the command line and the exports say about a change from one structure to
// another: the diff, both structures costed, the saving in a full year and in each financial
// year, the cuts by team, grade, funding source and organisation, and the people effect. One pure
// function, so every view of a change shows the same numbers.
import { decisionsForDiff, diffStructures } from '../diff/diff';
import type { StructureDiff } from '../diff/types';
import type { DocumentInfo, Id, Post, Structure } from '../model/types';
import { allBreakdowns, type BreakdownRow } from './breakdown';
import type { Dimension } from './dimensions';
import { financialYearEffects, YEARS_SHOWN, type FinancialYearEffect } from './inYear';
import { peopleEffect, type PeopleEffect } from './people';
import { buildCostContext, type CostContext } from './postCost';
import { costStructure, establishmentPosts, type CostedPost, type StructureCosting } from './structureCost';

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
  const before = costStructure(fromPosts, ctx);
  const after = costStructure(toPosts, ctx);
  const diff = diffStructures({ structure: from.structure, posts: fromPosts }, { structure: to.structure, posts: toPosts }, (_p, side, i) => (side === 'before' ? before : after).lines[i]!.cost.totalPence, {
    defaultOrganisationId: reference.settings.defaultOrganisationId,
    ...decisionsForDiff(reference.matchDecisions),
  });
  const implementationDate = to.structure.implementationDate;
  const beforePence = before.totals.costPence;
  const afterPence = after.totals.costPence;
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
    people: peopleEffect({ diff, implementationDate, fundingSources: reference.fundingSources }),
  };
}

/** The costed line of a post on either side of a summary. */
export function lineOfPost(summary: ChangeSummary, side: 'before' | 'after', postId: Id): CostedPost | undefined {
  return summary[side].byId.get(postId);
}
