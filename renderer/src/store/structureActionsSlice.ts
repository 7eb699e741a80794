// Working with whole structures: rename, duplicate, delete a proposal, and change its status and
// implementation date. Each is one step in the document's undo history.
import type { SliceCreator } from './types';
import type { StructureActionsSlice } from './state/structureActions';

export type { StructureActionsSlice };

/** "Option A (copy)", then "Option A (copy 2)"... whichever is free. */
export function copyName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.trim().toLowerCase()));
  const base = `${name} (copy)`;
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${name} (copy ${n})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

export const createStructureActionsSlice: SliceCreator<StructureActionsSlice> = (_set, get) => ({
  async renameStructure(structureId, name) {
    return (await get().edit('updateStructure', { structureId, patch: { name } })) !== null;
  },

  async duplicateStructure(structureId) {
    const doc = get().doc;
    const from = doc?.structures.find((s) => s.id === structureId);
    if (!doc || !from) return null;
    const name = copyName(from.name, doc.structures.map((s) => s.name));
    return get().createProposal(name.length > 120 ? `${from.name.slice(0, 100)}… (copy)` : name, structureId);
  },

  async deleteStructure(structureId) {
    const ok = (await get().edit('deleteStructure', { structureId })) !== null;
    if (ok && get().splitProposalId === structureId) get().setSplitView(false);
    return ok;
  },

  async setStructureStatus(structureId, status) {
    return (await get().edit('updateStructure', { structureId, patch: { status } })) !== null;
  },

  async setImplementationDate(structureId, date) {
    return (await get().edit('updateStructure', { structureId, patch: { implementationDate: date } })) !== null;
  },
});
