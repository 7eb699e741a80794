// File-format migrations are numbered 1, 2, 3... with no gaps, so every file runs every step.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, migrate } from '../../electron/store/migrations/index';

describe('migrations', () => {
  it('are numbered from 1 without gaps, in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('upgrade an empty database step by step to the same schema as all at once', () => {
    const stepwise = new Database(':memory:');
    for (let v = 1; v <= LATEST_VERSION; v++) expect(migrate(stepwise, v)).toBe(v);
    const direct = new Database(':memory:');
    migrate(direct);
    const schema = (db: Database.Database) => db.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY name").all();
    expect(schema(stepwise)).toEqual(schema(direct));
    expect(direct.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
  });
});
