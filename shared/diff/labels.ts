// The words for changes, shared by the app, the command line and the exports, so a post is
// "Redesignated" everywhere. Labels are also what makes the status legible in black-and-white
// print, where colour is lost.
import type { ChangedField, ChangeKind, PostChange } from './types';

export const KIND_LABEL: Record<ChangeKind, string> = {
  unchanged: 'Unchanged',
  moved: 'Moved',
  redesignated: 'Redesignated',
  'fte-changed': 'FTE changed',
  deleted: 'Deleted',
  new: 'New',
};

/** The order changes are listed and filtered in: the most consequential first. */
export const KIND_ORDER: readonly ChangeKind[] = ['deleted', 'new', 'redesignated', 'fte-changed', 'moved', 'unchanged'];

/**
 * The kind's label, telling regradings apart: "Regraded" when only the grade changed (not the
 * title or duties), "Redesignated and regraded" when both did.
 */
export function changeLabel(c: Pick<PostChange, 'kind' | 'regraded'> & { fields?: PostChange['fields'] }): string {
  if (c.kind !== 'redesignated' || !c.regraded) return KIND_LABEL[c.kind];
  const fields = c.fields ?? [];
  return fields.includes('title') || fields.includes('duties') ? 'Redesignated and regraded' : 'Regraded';
}

export const FIELD_LABEL: Record<ChangedField, string> = {
  title: 'title',
  grade: 'grade',
  payPoint: 'pay point',
  salary: 'salary',
  fte: 'FTE',
  manager: 'reports to',
  team: 'team',
  funding: 'funding',
  organisation: 'employer',
  vacancy: 'vacancy',
  notes: 'notes',
  assistant: 'assistant',
  duties: 'duties',
  dottedLines: 'dotted lines',
  organisationShares: 'cost sharing',
  replaces: 'replaces',
};
