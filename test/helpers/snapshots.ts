// Two snapshots of one organisation imported separately (sharing no lineage), and a copy of a
// published organogram with every post reference renumbered, for comparing snapshots.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Session } from '../../electron/api/session';
import { ORGANOGRAMS, runImport } from './importer';
import { call, testSession } from './session';

/**
 * Two snapshots imported separately, sharing no lineage: the later one into an empty structure
 * while Current is still empty, then the earlier one into Current.
 */
export async function twoImports(dir: string, name: string, beforeSenior: string, afterSenior: string): Promise<{ s: Session; file: string; currentId: string; otherId: string }> {
  const s = testSession(dir);
  const file = path.join(dir, `${name}.establish`);
  const doc = await call(s, 'newDocument', { path: file });
  const currentId = doc.structures[0]!.id;
  const made = await call(s, 'createStructure', { name: 'Later', fromStructureId: null });
  const otherId = made.createdIds[0]!;
  await runImport(s, { source: { path: afterSenior }, target: { kind: 'structure', structureId: otherId } });
  const r = await runImport(s, { source: { path: beforeSenior }, target: { kind: 'structure', structureId: currentId } });
  expect(r.status.preview!.matched).toMatchObject({ byRef: 0, byGroup: 0 });
  return { s, file, currentId, otherId };
}

/** A copy of a snapshot with every post reference replaced by a new number, reporting lines kept. */
export function renumbered(dir: string, snapshot: string): { senior: string; map: Map<string, string> } {
  const map = new Map<string, string>();
  const senior = fs.readFileSync(`${ORGANOGRAMS}/${snapshot}-senior.csv`, 'utf8');
  const lines = senior.split('\r\n');
  for (const l of lines.slice(1)) {
    const ref = l.slice(1, l.indexOf('"', 1));
    if (ref && !map.has(ref)) map.set(ref, `R${9000 - map.size}`);
  }
  const swap = (cell: string) => (map.has(cell) ? map.get(cell)! : cell);
  const rewrite = (text: string, columns: string[]) => {
    const rows = text.split('\r\n');
    const head = rows[0]!.slice(1, -1).split('","');
    const at = columns.map((c) => head.indexOf(c));
    return rows
      .map((r, i) => {
        if (i === 0 || !r) return r;
        const cells = r.slice(1, -1).split('","');
        for (const k of at) cells[k] = swap(cells[k]!);
        return `"${cells.join('","')}"`;
      })
      .join('\r\n');
  };
  const out = path.join(dir, `renumbered-${snapshot}`);
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, `${snapshot}-senior.csv`), rewrite(senior, ['Post Unique Reference', 'Reports to Senior Post']));
  fs.writeFileSync(path.join(out, `${snapshot}-junior.csv`), rewrite(fs.readFileSync(`${ORGANOGRAMS}/${snapshot}-junior.csv`, 'utf8'), ['Reporting Senior Post']));
  return { senior: path.join(out, `${snapshot}-senior.csv`), map };
}

