// Rules of structures' names: two structures of a document cannot share a name, and names compare
// with the spaces around them dropped and regardless of case ("Option A " and "option a" are one).
import type { Id, Structure } from '../model/types';

/** The structure with this name, other than `exceptId` (the one being renamed), if there is one. */
export function structureNamed<S extends Pick<Structure, 'id' | 'name'>>(structures: readonly S[], name: string, exceptId?: Id): S | undefined {
  const wanted = name.trim().toLowerCase();
  return structures.find((s) => s.id !== exceptId && s.name.trim().toLowerCase() === wanted);
}
