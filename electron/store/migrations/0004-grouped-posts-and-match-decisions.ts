// File format 4: grouped posts (one line standing for a number of posts counted in FTE, such as
// an organogram's junior staff, with the people in it when known) and the user's decisions on
// suggested matches between posts of two structures imported separately. Older files gain
// single posts and no decisions, so every post keeps its meaning and its cost.
import type { Migration } from './types';

export const migration0004: Migration = {
  version: 4,
  name: 'grouped posts and match decisions',
  up: `
    ALTER TABLE posts ADD COLUMN grouped INTEGER NOT NULL DEFAULT 0 CHECK (grouped IN (0, 1));
    ALTER TABLE posts ADD COLUMN headcount INTEGER CHECK (headcount IS NULL OR headcount > 0);
    CREATE TABLE match_decisions (
      id TEXT PRIMARY KEY,
      before_lineage_id TEXT NOT NULL,
      after_lineage_id TEXT NOT NULL,
      decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
      decided_at TEXT NOT NULL
    );
    CREATE INDEX match_decisions_before ON match_decisions(before_lineage_id);
    CREATE INDEX match_decisions_after ON match_decisions(after_lineage_id);
  `,
};
