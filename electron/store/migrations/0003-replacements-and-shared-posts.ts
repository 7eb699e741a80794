// File format 3: what a new post replaces (slot-in and ring-fence candidates), how a shared post's
// cost is split between organisations, and the job description a redesignation changes. Older
// files gain empty lists and blank duties, so every post keeps its meaning and its cost.
import type { Migration } from './types';

export const migration0003: Migration = {
  version: 3,
  name: 'replacements, shared posts and duties',
  up: `
    ALTER TABLE posts ADD COLUMN duties TEXT NOT NULL DEFAULT '';
    CREATE TABLE post_replaces (
      id TEXT PRIMARY KEY,
      post_id TEXT NOT NULL REFERENCES posts(id) DEFERRABLE INITIALLY DEFERRED,
      lineage_id TEXT NOT NULL,
      sort_order INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX post_replaces_post ON post_replaces(post_id);
    CREATE INDEX post_replaces_lineage ON post_replaces(lineage_id);
    CREATE TABLE post_organisation_shares (
      id TEXT PRIMARY KEY,
      post_id TEXT NOT NULL REFERENCES posts(id) DEFERRABLE INITIALLY DEFERRED,
      organisation_id TEXT NOT NULL REFERENCES organisations(id) DEFERRABLE INITIALLY DEFERRED,
      share_bp INTEGER NOT NULL CHECK (share_bp > 0 AND share_bp <= 10000),
      sort_order INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX post_organisation_shares_post ON post_organisation_shares(post_id);
    CREATE INDEX post_organisation_shares_organisation ON post_organisation_shares(organisation_id);
  `,
};
