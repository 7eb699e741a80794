// File format 5: each post's employer National Insurance category (standard, under 21, apprentice
// under 25) and an optional all-in cost per post that already includes on-costs. Older files gain
// standard category and no all-in cost, so every post keeps its cost.
import type { Migration } from './types';

export const migration0005: Migration = {
  version: 5,
  name: 'national insurance categories and all-in costs',
  up: `
    ALTER TABLE posts ADD COLUMN ni_category TEXT NOT NULL DEFAULT 'standard' CHECK (ni_category IN ('standard', 'under21', 'apprenticeUnder25'));
    ALTER TABLE posts ADD COLUMN all_in_cost_pence INTEGER CHECK (all_in_cost_pence IS NULL OR all_in_cost_pence >= 0);
  `,
};
