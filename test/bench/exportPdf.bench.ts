// Chart to PDF for 1,000 and 10,000 posts, as the user waits for it: `establish export FILE
// --structure Current --format pdf --paper A3 --landscape`, a whole fresh process from start to
// exit (opening the file, fitting or planning the pages by branch, writing the PDF). The median of
// five runs after one unmeasured run, with the fastest and slowest.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBigDocument } from '../helpers/bigStructure';
import { makeTempDir } from '../helpers/tempDir';
import { median, type Benchmark, type Figure } from './types';

const RUNS = 5;

// Where GNU time is at hand it also gives the processor time the export took, which says more than
// the wall clock on a machine shared with other work.
const GNU_TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function exportOnce(doc: string, out: string): { wall: number; cpu: number | null } {
  const root = path.resolve(__dirname, '..', '..');
  const args = ['export', doc, '--structure', 'Current', '--format', 'pdf', '--out', out, '--paper', 'A3', '--landscape', '--force'];
  const command = [process.execPath, path.join(root, 'bin', 'establish.mjs'), ...args];
  const t = performance.now();
  const r = GNU_TIME ? spawnSync(GNU_TIME, ['-f', 'cpu %U %S', ...command], { encoding: 'utf8' }) : spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' });
  const wall = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`establish ${args.join(' ')} failed: ${r.stderr}`);
  const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  return { wall, cpu: m ? Number(m[1]) + Number(m[2]) : null };
}

/** Pages of a PDF written by the app (its page objects are not compressed). */
function pageCount(file: string): number {
  return (fs.readFileSync(file, 'latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}

export const exportPdfBenchmark: Benchmark = {
  name: 'chart to PDF',
  async run(): Promise<Figure[]> {
    const figures: Figure[] = [];
    for (const [count, target] of [[1_000, 3], [10_000, 15]] as const) {
      const tmp = makeTempDir('establish-bench-export-');
      try {
        const doc = path.join(tmp.dir, 'big.establish');
        createBigDocument(doc, count).close();
        const out = path.join(tmp.dir, 'chart.pdf');
        exportOnce(doc, out);
        const runs = Array.from({ length: RUNS }, () => exportOnce(doc, out));
        const times = runs.map((r) => r.wall);
        const cpu = runs.flatMap((r) => (r.cpu === null ? [] : [r.cpu]));
        figures.push({
          label: `${count.toLocaleString('en-GB')}-post chart to PDF (A3 landscape, ${pageCount(out)} pages)`,
          value: median(times),
          unit: 's',
          target,
          note:
            `median of ${RUNS} runs of establish export, each a whole process (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)} s)` +
            (cpu.length ? `; processor time median ${median(cpu).toFixed(2)} s` : '') +
            `; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
        });
      } finally {
        tmp.cleanup();
      }
    }
    return figures;
  },
};
