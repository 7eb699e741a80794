// `npm run bench`: runs every benchmark and prints each figure beside its target.
// Figures are reported, not asserted: this machine is shared and timings vary.
import os from 'node:os';
import { PEER_DIFFERENCES } from './chart';
import { BENCHMARKS } from './index';
import type { Figure } from './types';

const show = (f: Figure, v: number) => (f.unit === '×' ? v.toFixed(2) : v.toFixed(1));
const target = (f: Figure) => (Number.isFinite(f.target) ? `${show(f, f.target)} ${f.unit}` : '—');
const verdict = (f: Figure) => (!Number.isFinite(f.target) ? 'reported' : f.value <= f.target ? 'meets' : 'MISSES');

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const chosen = only.length ? BENCHMARKS.filter((b) => only.some((o) => b.name.toLowerCase().includes(o.toLowerCase()))) : BENCHMARKS;
  const rows: { bench: string; f: Figure }[] = [];
  const started = new Date();
  for (const b of chosen) {
    process.stdout.write(`Running ${b.name}...\n`);
    for (const f of await b.run()) {
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
