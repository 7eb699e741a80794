// An options appraisal: Current and each proposal side by side, each compared with Current by the
// same comparison every other view uses (so the money is the costing engine's, never worked out
// another way), with the shape of each structure and its breaches of the document's design rules.
import { buildCostContext, type CostContext } from '../costing/postCost';
import type { FinancialYearEffect } from '../costing/inYear';
import type { Structure } from '../model/types';
import { designRulesOf } from '../shape/designRules';
import { checkDesignRules, type RuleBreach } from '../shape/ruleCheck';
import { structureSpans } from '../shape/spans';
import { compareStructures, type ChangeSummary, type CompareSide, type CostReference } from './compare';
import type { OneOffCosts } from './oneOff';

export interface OptionColumn {
  structure: Structure;
  /** True for the structure every option is compared with. */
  baseline: boolean;
  posts: number;
  /** FTE in ten-thousandths. */
  fteUnits: number;
  headcount: number;
  vacancies: number;
  /** Full-year cost with on-costs, pence. */
  costPence: number;
  /** Full-year saving against the baseline, pence (negative: an extra cost). */
  savingPence: number;
  /** In-year saving in each financial year from the option's implementation date (none without a date). */
  byFinancialYear: FinancialYearEffect[];
  atRisk: number;
  vacanciesDeleted: number;
  /**
   * One-off costs of the people at risk (redundancy and pension strain, pence) and the payback
   * period in years, when known: null where no one at risk has a figure entered (and for the baseline).
   */
  oneOff: { redundancyPence: number; pensionStrainPence: number; totalPence: number; paybackYears: number | null; incomplete: boolean } | null;
  layers: number;
  span: { median: number | null; min: number | null; max: number | null };
  /** How many managers have each span, smallest span first. */
  spanDistribution: { span: number; managers: number }[];
  managers: number;
  breaches: RuleBreach[];
}

export interface OptionsAppraisal {
  baseline: Structure;
  /** The baseline first, then the proposals in the order asked for. */
  options: OptionColumn[];
  /** Every financial year any option has an effect in, in order (labels such as "2026/27"). */
  years: string[];
}

/**
 * The appraisal of `proposals` against `baseline`. `summaryOf` gives each side's comparison with
 * the baseline where it has been worked out already (the window has large ones worked out in a
 * worker); otherwise each is compared here.
 */
export function optionsAppraisal(
  reference: CostReference,
  baseline: CompareSide,
  proposals: readonly CompareSide[],
  costContext?: CostContext,
  summaryOf?: (side: CompareSide) => ChangeSummary,
): OptionsAppraisal {
  const ctx = costContext ?? buildCostContext(reference);
  const rules = designRulesOf(reference.settings);
  const column = (side: CompareSide, isBaseline: boolean): OptionColumn => {
    const s = summaryOf ? summaryOf(side) : compareStructures(reference, baseline, side, { costContext: ctx });
    const t = s.after.totals;
    const shape = structureSpans(side.posts);
    return {
      structure: side.structure,
      baseline: isBaseline,
      posts: t.posts,
      fteUnits: t.fteUnits,
      headcount: t.headcount,
      vacancies: t.vacancies,
      costPence: s.cost.afterPence,
      savingPence: s.cost.savingPence,
      byFinancialYear: isBaseline ? [] : s.byFinancialYear,
      atRisk: s.people.atRisk,
      vacanciesDeleted: s.people.vacanciesDeleted,
      oneOff: oneOffOf(s.oneOff, isBaseline),
      layers: shape.layers,
      span: { median: shape.median, min: shape.min, max: shape.max },
      spanDistribution: shape.distribution,
      managers: shape.managers.length,
      breaches: checkDesignRules(rules, { posts: side.posts, costPence: t.costPence, fteUnits: t.fteUnits }, reference.grades),
    };
  };
  const options = [column(baseline, true), ...proposals.map((p) => column(p, false))];
  const years = new Map<number, string>();
  for (const o of options) for (const y of o.byFinancialYear) years.set(y.year.startYear, y.year.label);
  return { baseline: baseline.structure, options, years: [...years.entries()].sort((a, b) => a[0] - b[0]).map(([, l]) => l) };
}

/** One-off costs when anyone at risk has a figure: otherwise they are not known, and say nothing. */
function oneOffOf(o: OneOffCosts, isBaseline: boolean): OptionColumn['oneOff'] {
  if (isBaseline || o.people === 0 || o.withoutFigures === o.people) return null;
  return { redundancyPence: o.redundancyPence, pensionStrainPence: o.pensionStrainPence, totalPence: o.totalPence, paybackYears: o.paybackYears, incomplete: o.withoutFigures > 0 };
}

/** An option's in-year saving in a financial year, or null when it has no effect in it. */
export function savingInYear(o: OptionColumn, label: string): number | null {
  return o.byFinancialYear.find((y) => y.year.label === label)?.savingPence ?? null;
}
