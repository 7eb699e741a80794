// The state and actions of the store's reference part, as a type: what the rest of the renderer may read and call.
import type { InputOf } from '../../../../shared/api/contract';
import type { SettingsPatch } from '../../../../shared/api/schemas';
import type { Id } from '../../../../shared/model/types';

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
