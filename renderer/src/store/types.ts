import type { StateCreator } from 'zustand';
import type { DocumentSlice } from './documentSlice';
import type { UiSlice } from './uiSlice';
import type { ActionsSlice } from './actionsSlice';
import type { CompareSlice } from './compareSlice';
import type { ReferenceSlice } from './referenceSlice';

export type AppState = DocumentSlice & UiSlice & ActionsSlice & ReferenceSlice & CompareSlice;
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;
