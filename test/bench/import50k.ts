// Importing an HR export of 50,000 rows (salaries, funding splits, employers, a column Establish
// does not know) into a real document, each run in a fresh process: time from inspecting the
// file to the import written (target 5 s), and the process's peak memory (target 400 MB).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generateStructure, seededRandom } from '../helpers/bigStructure';
import { makeTempDir } from '../helpers/tempDir';
import { median, type Benchmark } from './types';

export const ROWS = 50_000;

export function largeExportCsv(count: number): string {
  const posts = generateStructure(count, 11);
  const rand = seededRandom(5);
  const refs = new Map(posts.map((p, i) => [p.id, `E${String(i + 1).padStart(6, '0')}`]));
  const lines = ['Post Number,Post Title,Grade,FTE,Annual Salary,Reports To,Team,Vacant,Funding,Employing organisation,Cost centre'];
  for (const p of posts) {
    const salary = 20_000 + Math.floor(rand() * 40_000);
    const funding = rand() < 0.1 ? '"Council 80%; Supporting Families 20%"' : 'Council';
    const ref = refs.get(p.id)!;
    lines.push([ref, `"${p.title}"`, p.grade, p.fte, salary, p.managerId ? refs.get(p.managerId) : '', `"${p.team}"`, p.vacant ? 'Y' : 'N', funding, rand() < 0.05 ? 'PCC' : 'CCC', `CC${ref.slice(-3)}`].join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export const import50kBenchmark: Benchmark = {
  name: 'import50k',
  async run() {
    const tmp = makeTempDir('establish-bench-import50k-');
    try {
      const csv = path.join(tmp.dir, 'establishment-50k.csv');
      fs.writeFileSync(csv, largeExportCsv(ROWS));
      const tsx = path.resolve(__dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
      const runs: { ms: number; peakMb: number }[] = [];
      for (let i = 0; i < 3; i++) {
        const dir = path.join(tmp.dir, `run${i}`);
        fs.mkdirSync(dir);
        const r = spawnSync(process.execPath, [tsx, path.join(__dirname, 'import50kRun.ts'), csv, dir], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
        if (r.status !== 0) throw new Error(`The 50,000-row import failed: ${r.stderr}`);
        const out = JSON.parse(r.stdout) as { ms: number; peakMb: number; posts: number };
        if (out.posts !== ROWS) throw new Error(`Expected ${ROWS} posts, imported ${out.posts}`);
        runs.push(out);
      }
      return [
        { label: 'Import 50,000 rows of CSV (inspect, check, preview, write)', value: median(runs.map((r) => r.ms)), unit: 'ms', target: 5_000, note: 'median of 3, each in a fresh process' },
        { label: 'Peak memory importing 50,000 rows', value: median(runs.map((r) => r.peakMb)), unit: 'MB', target: 400, note: 'maxRSS of the importing process, Node included' },
      ];
    } finally {
      tmp.cleanup();
    }
  },
};
