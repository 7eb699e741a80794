// What the employer National Insurance categories are called, and how a spreadsheet's wording of
// them is read ("apprentice under 25", "Under 21", HMRC's category letters H and M).
/** Employer National Insurance category of a person: the main rate, or 0% up to the upper secondary threshold. */
export const NI_CATEGORIES = ['standard', 'under21', 'apprenticeUnder25'] as const;
export type NiCategory = (typeof NI_CATEGORIES)[number];

export const NI_CATEGORY_LABEL: Record<NiCategory, string> = {
  standard: 'Standard',
  under21: 'Under 21',
  apprenticeUnder25: 'Apprentice under 25',
};

/** A short name for tables and notes. */
export const NI_CATEGORY_SHORT: Record<NiCategory, string> = {
  standard: 'standard',
  under21: 'under 21',
  apprenticeUnder25: 'apprentice under 25',
};

const WORDS: Record<string, NiCategory> = {
  '': 'standard',
  standard: 'standard',
  a: 'standard',
  'under 21': 'under21',
  under21: 'under21',
  'aged under 21': 'under21',
  m: 'under21',
  'apprentice under 25': 'apprenticeUnder25',
  apprenticeunder25: 'apprenticeUnder25',
  'apprentice aged under 25': 'apprenticeUnder25',
  apprentice: 'apprenticeUnder25',
  h: 'apprenticeUnder25',
};

/** The category a cell names, or null when it names none of them. */
export function parseNiCategory(text: string): NiCategory | null {
  const t = text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  const hit = WORDS[t] ?? WORDS[t.replace(/ /g, '')];
  if (hit) return hit;
  return (NI_CATEGORIES as readonly string[]).includes(text.trim()) ? (text.trim() as NiCategory) : null;
}
