// The one store of the renderer, built from typed slices.
import { createStore, useStore } from 'zustand';
import type { ApiClient } from '../../../shared/api/contract';
import { createActionsSlice } from './actionsSlice';
import { createCompareSlice } from './compareSlice';
import { createChartEditSlice } from './chartEditSlice';
import { createChartSlice } from './chartSlice';
import { createDocumentSlice } from './documentSlice';
import { createExportSlice } from './exportSlice';
import { createReferenceSlice } from './referenceSlice';
import type { AppState } from './types';
import { createStructureActionsSlice } from './structureActionsSlice';
import { createUiSlice } from './uiSlice';

export type { AppState } from './types';

export function createAppStore(api: ApiClient) {
  return createStore<AppState>()((...a) => ({
    ...createDocumentSlice(api)(...a),
    ...createUiSlice(...a),
    ...createActionsSlice(...a),
    ...createChartSlice(...a),
    ...createChartEditSlice(...a),
    ...createStructureActionsSlice(...a),
    ...createReferenceSlice(...a),
    ...createCompareSlice(...a),
    ...createExportSlice(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

let store: AppStore | null = null;

export function installStore(s: AppStore): void {
  store = s;
}

export function getStore(): AppStore {
  if (!store) throw new Error('The store has not been created');
  return store;
}

/** Reads from the app store through a narrow selector. */
export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(getStore(), selector);
}

/** The store's actions, for event handlers: reading them does not subscribe to anything. */
export function actions(): AppState {
  return getStore().getState();
}
