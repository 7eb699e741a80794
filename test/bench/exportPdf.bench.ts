// Chart to PDF for 1,000 and 10,000 posts: composing the pages by branch and writing the PDF.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planExport } from '../../electron/export/run';
import { writeExport } from '../../electron/export/write';
import { createBigDocument } from '../helpers/bigStructure';
import type { Benchmark, Figure } from './types';

export const exportPdfBenchmark: Benchmark = {
  name: 'chart to PDF',
  async run(): Promise<Figure[]> {
    const figures: Figure[] = [];
    for (const [count, target] of [[1_000, 3], [10_000, 15]] as const) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'establish-bench-'));
      const store = createBigDocument(path.join(dir, 'big.establish'), count);
      const id = store.info().structures[0]!.id;
      const t0 = performance.now();
      const req = { kind: 'chart', format: 'pdf', structureId: id, paper: 'A3', orientation: 'landscape', names: false, costs: false, monochrome: false, groupPosts: true, dpi: 150, schedule: 'staffing', minText: 6.5, ghosts: true } as const;
      const plan = planExport(store, req);
      await writeExport(plan, req, path.join(dir, 'chart.pdf'), true, { report: async () => {}, cancelled: () => false });
      const secs = (performance.now() - t0) / 1000;
      figures.push({ label: `${count.toLocaleString('en-GB')}-post chart to PDF (A3, ${plan.pageCount} pages)`, value: secs, unit: 's', target, note: 'one run, plan + write' });
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return figures;
  },
};
