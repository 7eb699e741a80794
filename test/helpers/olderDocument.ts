// A document saved by an earlier version of Establish: its file format's tables only, with a
// Current structure of two posts written in that format's own columns.
import Database from 'better-sqlite3';
import { APPLICATION_ID } from '../../electron/store/files';
import { migrate } from '../../electron/store/migrations/index';

export function makeOlderDocument(file: string, version = 1): void {
  const db = new Database(file);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, version);
  db.exec(`INSERT INTO structures (id, name, kind, status, sort_order) VALUES ('s1', 'Current', 'current', 'draft', 0);
    INSERT INTO posts (id, structure_id, lineage_id, ref, title, fte_e4, vacant, manager_id, sort_order)
      VALUES ('p1', 's1', 'p1', 'R1', 'Head of Service', 10000, 0, NULL, 0),
             ('p2', 's1', 'p2', 'R2', 'Team Leader', 5000, 1, 'p1', 1);`);
  db.close();
}
