// Actions on the document's settings and reference data: rates, organisations, funding sources,
// grades and pay awards. Each is one undoable edit.
import type { HistoryMethod, InputOf } from '../../../shared/api/contract';
import type { SliceCreator } from './types';
import type { ReferenceSlice } from './state/reference';

export type { ReferenceSlice };

export const createReferenceSlice: SliceCreator<ReferenceSlice> = (_set, get) => {
  const run = async <M extends HistoryMethod>(method: M, arg: InputOf<M>) => (await get().edit(method, arg)) !== null;
  return {
    updateSettings: (patch) => run('updateSettings', { patch }),
    saveOrganisation: (org) => run('saveOrganisation', org),
    deleteOrganisation: (id) => run('deleteOrganisation', { id }),
    saveFundingSource: (source) => run('saveFundingSource', source),
    deleteFundingSource: (id) => run('deleteFundingSource', { id }),
    saveGrade: (grade) => run('saveGrade', grade),
    deleteGrade: (id) => run('deleteGrade', { id }),
    applyPayAward: (award) => run('applyPayAward', award),
  };
};
