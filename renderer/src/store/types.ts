import type { StateCreator } from 'zustand';
import type { DocumentSlice } from './documentSlice';
import type { UiSlice } from './uiSlice';
import type { ActionsSlice } from './actionsSlice';
import type { ReferenceSlice } from './referenceSlice';

export type AppState = DocumentSlice & UiSlice & ActionsSlice & ReferenceSlice;
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;
