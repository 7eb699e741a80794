// How a structure's status is named on screen: the words the status menu, the tabs and the
// comparison all use.
import type { StructureStatus } from './types';

export const STATUS_LABEL: Record<StructureStatus, string> = { draft: 'Draft', consultation: 'For consultation', implementation: 'For implementation' };
