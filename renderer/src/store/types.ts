import type { StateCreator } from 'zustand';
import type { DocumentSlice } from './state/document';
import type { UiSlice } from './state/ui';
import type { ActionsSlice } from './state/actions';
import type { ChartSlice } from './state/chart';
import type { ChartEditSlice } from './state/chartEdit';
import type { CompareSlice } from './state/compare';
import type { ExportSlice } from './state/export';
import type { StructureActionsSlice } from './state/structureActions';
import type { ReferenceSlice } from './state/reference';

export type AppState = DocumentSlice &
  UiSlice &
  ActionsSlice &
  ReferenceSlice &
  ChartSlice &
  ChartEditSlice &
  StructureActionsSlice &
  CompareSlice &
  ExportSlice;
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;
