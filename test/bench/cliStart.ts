// The command line starting, as a user waits for it: `establish help`, and `establish info` of the
// sample document, each a whole fresh process from start to exit, with its peak memory.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../helpers/tempDir';
import { median, type Benchmark, type Figure } from './types';

const RUNS = 7;

function timeProcess(args: string[], peakFile: string): { ms: number; peakMb: number; cpuMs: number } {
  const root = path.resolve(__dirname, '..', '..');
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', path.join(__dirname, 'peakMemory.cjs'), path.join(root, 'bin', 'establish.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ESTABLISH_BENCH_PEAK: peakFile },
  });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`establish ${args.join(' ')} failed: ${r.stderr}`);
  const { peakMb, cpuMs } = JSON.parse(fs.readFileSync(peakFile, 'utf8')) as { peakMb: number; cpuMs: number };
  return { ms, peakMb, cpuMs };
}

export const cliStartBenchmark: Benchmark = {
  name: 'Command line start',
  async run(): Promise<Figure[]> {
    const tmp = makeTempDir('establish-bench-cli-');
    try {
      const doc = path.join(tmp.dir, 'Sample.establish');
      timeProcess(['new', doc, '--sample'], path.join(tmp.dir, 'made.json'));
      const figures: Figure[] = [];
      for (const [label, args] of [
        ['establish help, the whole process', ['help']],
        ['establish info of the sample, the whole process', ['info', doc]],
      ] as const) {
        // One unmeasured run first, so every measured run finds the files in the disk cache.
        timeProcess([...args], path.join(tmp.dir, 'warm.json'));
        const runs = Array.from({ length: RUNS }, (_, i) => timeProcess([...args], path.join(tmp.dir, `peak${i}.json`)));
        const times = runs.map((r) => r.ms);
        const peaks = runs.map((r) => r.peakMb);
        const cpu = runs.map((r) => r.cpuMs);
        figures.push({ label, value: median(times), unit: 'ms', target: 250, note: `median of ${RUNS} fresh processes (min ${Math.round(Math.min(...times))}, max ${Math.round(Math.max(...times))} ms); peak memory median ${Math.round(median(peaks))} MB; processor time median ${Math.round(median(cpu))} ms` });
      }
      return figures;
    } finally {
      tmp.cleanup();
    }
  },
};
