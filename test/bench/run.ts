// `npm run bench`: runs every benchmark and prints each figure beside its target.
// Figures are reported, not asserted: this machine is shared and timings vary. Each benchmark
// runs in a fresh process of its own, so no figure depends on what an earlier one left in memory.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { PEER_DIFFERENCES } from './chart';
import { BENCHMARKS } from './index';
import type { Figure } from './types';

const show = (f: Figure, v: number) => (f.unit === '×' ? v.toFixed(2) : v.toFixed(1));
const target = (f: Figure) => (Number.isFinite(f.target) ? `${show(f, f.target)} ${f.unit}` : '—');
const verdict = (f: Figure) => (!Number.isFinite(f.target) ? 'reported' : f.value <= f.target ? 'meets' : 'MISSES');

/** The line a benchmark's own process ends with, carrying its figures. */
const FIGURES = 'FIGURES ';

/** Runs one benchmark in this process and prints its figures for the parent (Infinity travels as null). */
async function runOne(name: string): Promise<void> {
  const b = BENCHMARKS.find((x) => x.name === name);
  if (!b) throw new Error(`No benchmark is called ${name}`);
  const figures = await b.run();
  process.stdout.write(`${FIGURES}${JSON.stringify(figures.map((f) => ({ ...f, target: Number.isFinite(f.target) ? f.target : null })))}\n`);
}

/** Runs one benchmark in a fresh process, passing on what it prints; its figures. */
function runApart(name: string): Promise<Figure[]> {
  return new Promise((resolve, reject) => {
    const tsx = path.join(__dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const child = spawn(process.execPath, [tsx, __filename, '--one', name], { stdio: ['ignore', 'pipe', 'inherit'] });
    let figures: Figure[] | null = null;
    let rest = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      rest += chunk;
      let nl: number;
      while ((nl = rest.indexOf('\n')) >= 0) {
        const line = rest.slice(0, nl);
        rest = rest.slice(nl + 1);
        if (line.startsWith(FIGURES)) figures = (JSON.parse(line.slice(FIGURES.length)) as (Figure & { target: number | null })[]).map((f) => ({ ...f, target: f.target ?? Infinity }));
        else process.stdout.write(`${line}\n`);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => (figures && code === 0 ? resolve(figures) : reject(new Error(`${name} stopped (exit ${code}) without its figures`))));
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--one') return runOne(args[1]!);
  const chosen = args.length ? BENCHMARKS.filter((b) => args.some((o) => b.name.toLowerCase().includes(o.toLowerCase()))) : BENCHMARKS;
  const rows: { bench: string; f: Figure }[] = [];
  const started = new Date();
  for (const b of chosen) {
    process.stdout.write(`Running ${b.name}...\n`);
    for (const f of await runApart(b.name)) {
      rows.push({ bench: b.name, f });
      process.stdout.write(`  ${f.label}: ${show(f, f.value)} ${f.unit} (target ${target(f)}, ${verdict(f)})${f.note ? ` - ${f.note}` : ''}\n`);
    }
  }
  const load = os.loadavg().map((l) => l.toFixed(1)).join(', ');
  process.stdout.write(`\nSummary (${started.toISOString().slice(0, 16).replace('T', ' ')} UTC; ${os.cpus().length} cores, load average now ${load})\n\n`);
  process.stdout.write('| bench | figure | measured | target | |\n|---|---|---|---|---|\n');
  for (const { bench, f } of rows) process.stdout.write(`| ${bench} | ${f.label} | ${show(f, f.value)} ${f.unit} | ${target(f)} | ${verdict(f)} |\n`);
  if (rows.some((r) => r.f.label.includes(' / '))) process.stdout.write(`\n${PEER_DIFFERENCES}\n`);
}

void main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
