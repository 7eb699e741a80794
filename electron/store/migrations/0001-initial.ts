// The first file format: settings, reference data, structures, posts and the undo history.
import type { Migration } from './types';

export const migration0001: Migration = {
  version: 1,
  name: 'initial document',
  up: `
    CREATE TABLE settings (
      id TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
    CREATE TABLE organisations (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      pension_rate_bp INTEGER NOT NULL CHECK (pension_rate_bp BETWEEN 0 AND 10000),
      sort_order INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE grades (
      id TEXT PRIMARY KEY,
      code TEXT NOT NULL,
      name TEXT NOT NULL DEFAULT '',
      sort_order INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE pay_points (
      id TEXT PRIMARY KEY,
      grade_id TEXT NOT NULL REFERENCES grades(id) DEFERRABLE INITIALLY DEFERRED,
      code TEXT NOT NULL,
      salary_pence INTEGER NOT NULL CHECK (salary_pence >= 0),
      sort_order INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX pay_points_grade ON pay_points(grade_id);
    CREATE TABLE funding_sources (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      end_date TEXT,
      sort_order INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE structures (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('current', 'proposal')),
      status TEXT NOT NULL CHECK (status IN ('draft', 'consultation', 'implementation')),
      implementation_date TEXT,
      based_on_id TEXT,
      sort_order INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE posts (
      id TEXT PRIMARY KEY,
      structure_id TEXT NOT NULL REFERENCES structures(id) DEFERRABLE INITIALLY DEFERRED,
      lineage_id TEXT NOT NULL,
      ref TEXT NOT NULL DEFAULT '',
      title TEXT NOT NULL,
      grade_id TEXT REFERENCES grades(id) DEFERRABLE INITIALLY DEFERRED,
      pay_point_id TEXT REFERENCES pay_points(id) DEFERRABLE INITIALLY DEFERRED,
      salary_override_pence INTEGER CHECK (salary_override_pence IS NULL OR salary_override_pence >= 0),
      fte_e4 INTEGER NOT NULL CHECK (fte_e4 > 0),
      vacant INTEGER NOT NULL DEFAULT 0 CHECK (vacant IN (0, 1)),
      organisation_id TEXT REFERENCES organisations(id) DEFERRABLE INITIALLY DEFERRED,
      team TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      is_assistant INTEGER NOT NULL DEFAULT 0 CHECK (is_assistant IN (0, 1)),
      manager_id TEXT REFERENCES posts(id) DEFERRABLE INITIALLY DEFERRED,
      sort_order REAL NOT NULL DEFAULT 0
    );
    CREATE INDEX posts_structure ON posts(structure_id, sort_order);
    CREATE INDEX posts_manager ON posts(manager_id);
    CREATE INDEX posts_lineage ON posts(lineage_id);
    CREATE TABLE dotted_lines (
      id TEXT PRIMARY KEY,
      post_id TEXT NOT NULL REFERENCES posts(id) DEFERRABLE INITIALLY DEFERRED,
      manager_id TEXT NOT NULL REFERENCES posts(id) DEFERRABLE INITIALLY DEFERRED,
      sort_order INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX dotted_lines_post ON dotted_lines(post_id);
    CREATE INDEX dotted_lines_manager ON dotted_lines(manager_id);
    CREATE TABLE post_funding (
      id TEXT PRIMARY KEY,
      post_id TEXT NOT NULL REFERENCES posts(id) DEFERRABLE INITIALLY DEFERRED,
      source_id TEXT NOT NULL REFERENCES funding_sources(id) DEFERRABLE INITIALLY DEFERRED,
      share_bp INTEGER NOT NULL CHECK (share_bp > 0 AND share_bp <= 10000),
      sort_order INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX post_funding_post ON post_funding(post_id);
    CREATE TABLE postholders (
      id TEXT PRIMARY KEY,
      post_id TEXT NOT NULL REFERENCES posts(id) DEFERRABLE INITIALLY DEFERRED,
      name TEXT NOT NULL DEFAULT '',
      fte_e4 INTEGER CHECK (fte_e4 IS NULL OR fte_e4 > 0),
      sort_order INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX postholders_post ON postholders(post_id);
    CREATE TABLE history (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      label TEXT NOT NULL,
      changes TEXT NOT NULL,
      undone INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL
    );
  `,
};
