// What the inspector and reports call each of a post's fields. Kept apart from the fields' schemas
// (postFields.ts reads its labels from here), so the window's inspector loads no schemas.

export const POST_FIELD_LABELS = {
  ref: 'Post reference',
  title: 'Job title',
  gradeId: 'Grade',
  payPointId: 'Pay point',
  salaryOverridePence: 'Salary override (£ a year, full time)',
  allInCostPence: 'Cost per post (all-in)',
  niCategory: 'National Insurance category',
  fte: 'FTE',
  vacant: 'Vacant',
  organisationId: 'Employing organisation',
  team: 'Team',
  notes: 'Notes',
  duties: 'Job description or duties',
  replacesLineageIds: 'Replaces posts',
  organisationShares: 'Cost shared between organisations',
  isAssistant: 'Assistant or staff post (shown beside its manager)',
  dottedManagerIds: 'Dotted-line reports to',
  funding: 'Funding',
  postholders: 'Postholders',
  grouped: 'Grouped post: stands for a number of posts counted in FTE (up to 1,000,000)',
  headcount: 'People in the group',
} as const;

export type LabelledField = keyof typeof POST_FIELD_LABELS;

/** What the inspector and reports call a field. */
export function fieldLabel(field: LabelledField): string {
  return POST_FIELD_LABELS[field];
}
