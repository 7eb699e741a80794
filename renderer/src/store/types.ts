import type { StateCreator } from 'zustand';
import type { DocumentSlice } from './documentSlice';
import type { UiSlice } from './uiSlice';
import type { ActionsSlice } from './actionsSlice';
import type { ChartSlice } from './chartSlice';
import type { ChartEditSlice } from './chartEditSlice';
import type { CompareSlice } from './compareSlice';
import type { ExportSlice } from './exportSlice';
import type { StructureActionsSlice } from './structureActionsSlice';
import type { ReferenceSlice } from './referenceSlice';

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
