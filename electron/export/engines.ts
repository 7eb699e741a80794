// The chart layout and the structure comparison the exports draw on. They live with the editor and
// the compare view; the exports take them from here so every export uses the same ones.
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

export const engines: ExportEngines = {
  layout: layoutChart,
  compare: null,
  years: null,
};
