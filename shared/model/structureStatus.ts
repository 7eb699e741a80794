// How a structure's status is named on screen (the words the status menu, the tabs and the
// comparison all use), and which structure comes first.
import type { StructureStatus } from './types';

export const STATUS_LABEL: Record<StructureStatus, string> = { draft: 'Draft', consultation: 'For consultation', implementation: 'For implementation' };

/** The structure a window shows first, and the one changes are measured from: Current, or the first there is. */
export function firstStructure<S extends { kind: string }>(structures: readonly S[]): S | undefined {
  return structures.find((s) => s.kind === 'current') ?? structures[0];
}
