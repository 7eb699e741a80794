import type { StateCreator } from 'zustand';
import type { DocumentSlice } from './documentSlice';
import type { UiSlice } from './uiSlice';
import type { ActionsSlice } from './actionsSlice';

export type AppState = DocumentSlice & UiSlice & ActionsSlice;
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;
