// Importing an HR export of 5,000 posts into a real document: reading the CSV, checking and
// placing every row, the preview, and writing it all in one edit (target: 2 s).
import fs from 'node:fs';
import path from 'node:path';
import { generateStructure } from '../helpers/bigStructure';
import { runImport } from '../helpers/importer';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';
import { median, type Benchmark } from './types';

function exportCsv(count: number): string {
  const posts = generateStructure(count, 7);
  const refs = new Map(posts.map((p, i) => [p.id, `E${String(i + 1).padStart(5, '0')}`]));
  const lines = ['Post Number,Post Title,Grade,FTE,Reports To,Team,Vacant'];
  for (const p of posts) lines.push([refs.get(p.id), `"${p.title}"`, p.grade, p.fte, p.managerId ? refs.get(p.managerId) : '', `"${p.team}"`, p.vacant ? 'Y' : 'N'].join(','));
  return lines.join('\r\n') + '\r\n';
}

export const importBenchmark: Benchmark = {
  name: 'import',
  async run() {
    const tmp = makeTempDir('establish-bench-import-');
    try {
      const csv = path.join(tmp.dir, 'establishment.csv');
      fs.writeFileSync(csv, exportCsv(5_000));
      const times: number[] = [];
      for (let i = 0; i < 6; i++) {
        const s = testSession(tmp.dir);
        const info = await call(s, 'newDocument', { path: path.join(tmp.dir, `bench${i}.establish`) });
        const t = performance.now();
        const { result } = await runImport(s, { source: { path: csv }, target: { kind: 'structure', structureId: info.structures[0]!.id } });
        const ms = performance.now() - t;
        if (result?.summary.posts !== 5_000) throw new Error(`Expected 5,000 posts, imported ${result?.summary.posts}`);
        if (i > 0) times.push(ms);
        s.dispose();
      }
      return [
        {
          label: 'Import 5,000 rows of CSV (inspect, check, preview, write)',
          value: median(times),
          unit: 'ms',
          target: 2_000,
          note: 'median of 5 after a warm-up, through the handlers on a real file',
        },
      ];
    } finally {
      tmp.cleanup();
    }
  },
};
