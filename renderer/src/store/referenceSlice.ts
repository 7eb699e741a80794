// Actions on the document's settings and reference data: rates, organisations, funding sources,
// grades and pay awards. Each is one undoable edit.
import type { InputOf } from '../../../shared/api/contract';
import type { SettingsPatch } from '../../../shared/api/schemas';
import type { Id } from '../../../shared/model/types';
import type { SliceCreator } from './types';

export interface ReferenceSlice {
  updateSettings(patch: SettingsPatch): Promise<boolean>;
  saveOrganisation(org: InputOf<'saveOrganisation'>): Promise<boolean>;
  deleteOrganisation(id: Id): Promise<boolean>;
  saveFundingSource(source: InputOf<'saveFundingSource'>): Promise<boolean>;
  deleteFundingSource(id: Id): Promise<boolean>;
  saveGrade(grade: InputOf<'saveGrade'>): Promise<boolean>;
  deleteGrade(id: Id): Promise<boolean>;
  applyPayAward(award: InputOf<'applyPayAward'>): Promise<boolean>;
}

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
