// `npm run bench`: runs every benchmark and prints each figure beside its target.
// Figures are reported, not asserted: this machine is shared and timings vary.
import { BENCHMARKS } from './index';
import type { Figure } from './types';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const chosen = only.length ? BENCHMARKS.filter((b) => only.some((o) => b.name.toLowerCase().includes(o.toLowerCase()))) : BENCHMARKS;
  const rows: { bench: string; f: Figure }[] = [];
  for (const b of chosen) {
    process.stdout.write(`Running ${b.name}...\n`);
    for (const f of await b.run()) {
      rows.push({ bench: b.name, f });
      const ok = f.value <= f.target ? 'meets' : 'MISSES';
      process.stdout.write(`  ${f.label}: ${f.value.toFixed(1)} ${f.unit} (target ${f.target} ${f.unit}, ${ok})${f.note ? ` - ${f.note}` : ''}\n`);
    }
  }
  process.stdout.write('\nSummary\n');
  for (const { bench, f } of rows) {
    process.stdout.write(`${bench.padEnd(28)} ${f.label.padEnd(56)} ${f.value.toFixed(1).padStart(9)} ${f.unit.padEnd(3)} target ${String(f.target).padStart(6)} ${f.value <= f.target ? 'ok' : 'MISSES'}\n`);
  }
}

void main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
