// The chart layout and the structure comparison the exports draw on. They live with the editor and
// the compare view; the exports take them from here so every export uses the same ones.
import { financialYearEffects } from '../../shared/costing/inYear';
import { buildCostContext } from '../../shared/costing/postCost';
import { diffStructures } from '../../shared/diff/diff';
import type { StructureDiff } from '../../shared/diff/types';
import type { LayoutFn } from '../../shared/export/chartPlan';
import type { YearEffect } from '../../shared/export/schedules/changes';
import type { DocumentInfo, StructureData } from '../../shared/model/types';
import { layoutChart } from '../../shared/layout/layoutChart';

export interface ExportEngines {
  layout: LayoutFn | null;
  compare: ((doc: DocumentInfo, before: StructureData, after: StructureData) => StructureDiff) | null;
  /** Effect of a proposal by financial year, when the costing engine can work it out. */
  years: ((doc: DocumentInfo, diff: StructureDiff, after: StructureData) => YearEffect[]) | null;
}

/** The in-year change in cost (negative: a saving) of each financial year from the proposal's date. */
function yearsOf(_doc: DocumentInfo, diff: StructureDiff, after: StructureData): YearEffect[] {
  let before = 0;
  let afterCost = 0;
  for (const c of diff.changes) {
    before += c.costBeforePence;
    afterCost += c.costAfterPence;
  }
  return financialYearEffects(before, afterCost, after.structure.implementationDate).map((y) => ({ year: y.year.label, effectPence: -y.savingPence }));
}

export const engines: ExportEngines = {
  layout: layoutChart,
  compare: (doc, before, after) => diffStructures(before, after, buildCostContext(doc)),
  years: yearsOf,
};
