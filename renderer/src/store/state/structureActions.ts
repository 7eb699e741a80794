// The state and actions of the store's structureActions part, as a type: what the rest of the renderer may read and call.
import type { Id, StructureStatus } from '../../../../shared/model/types';

export interface StructureActionsSlice {
  renameStructure(structureId: Id, name: string): Promise<boolean>;
  duplicateStructure(structureId: Id): Promise<Id | null>;
  deleteStructure(structureId: Id): Promise<boolean>;
  setStructureStatus(structureId: Id, status: StructureStatus): Promise<boolean>;
  setImplementationDate(structureId: Id, date: string | null): Promise<boolean>;
}
