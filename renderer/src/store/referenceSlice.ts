// Actions on the document's settings and reference data: rates, organisations, funding sources,
// grades and pay awards. Each is one undoable edit.
import type { SliceCreator } from './types';
import type { ReferenceSlice } from './state/reference';

export type { ReferenceSlice };

export const createReferenceSlice: SliceCreator<ReferenceSlice> = (_set, get) => {
  const run = async (call: () => Promise<Parameters<ReturnType<typeof get>['applyResult']>[0]>) => (await get().edit(call)) !== null;
  return {
    updateSettings: (patch) => run(() => get().api.updateSettings({ patch })),
    saveOrganisation: (org) => run(() => get().api.saveOrganisation(org)),
    deleteOrganisation: (id) => run(() => get().api.deleteOrganisation({ id })),
    saveFundingSource: (source) => run(() => get().api.saveFundingSource(source)),
    deleteFundingSource: (id) => run(() => get().api.deleteFundingSource({ id })),
    saveGrade: (grade) => run(() => get().api.saveGrade(grade)),
    deleteGrade: (id) => run(() => get().api.deleteGrade({ id })),
    applyPayAward: (award) => run(() => get().api.applyPayAward(award)),
  };
};
