// The posts table at 10,000 and 50,000 posts, in Chromium against the real bridge and file: from the click on
// "Table" (or on a column header, or the filter's input event) to the first frame painted with
// the result. Timed in the page, so no figure includes the round trip to the test process.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { filterRows, tableRows } from '../../renderer/src/components/posts/tableRows';
import { createBigDocument } from '../helpers/bigStructure';
import { launchApp } from '../helpers/browser';
import { makeTempDir } from '../helpers/tempDir';
import { CHART_PROBE } from './chartProbe';
import { medianFigure } from './page';
import type { Benchmark, Figure } from './types';

const FILTERS = ['leader', 'p01', 'housing', 'practitioner', 'h7', 'vacant', 'service manager'];

async function timed(page: Page, event: string, selector: string, act: () => Promise<void>): Promise<number> {
  await page.evaluate(`void (window.__timing = window.__probe.timeTo(${JSON.stringify(event)}, ${JSON.stringify(selector)}))`);
  await act();
  return (await page.evaluate('Promise.race([window.__timing, new Promise((r) => setTimeout(() => r(-1), 20000))])')) as number;
}

function figure(label: string, times: number[], what: string): Figure {
  if (times.some((t) => t < 0)) throw new Error(`${label}: a run never painted its result`);
  return medianFigure(label, times, 200, `${what} to painted frame`);
}

/** The table benchmark at `POSTS` posts, `RUNS` times each (after one unmeasured open, which also loads the table's code). */
const postTable = (POSTS: number, RUNS: number): Benchmark => ({
  name: `Posts table, ${POSTS.toLocaleString('en-GB')} posts`,
  async run(): Promise<Figure[]> {
    const tmp = makeTempDir();
    const file = path.join(tmp.dir, 'Many posts.establish');
    const store = createBigDocument(file, POSTS, 1, 'council');
    // How many rows each filter leaves, worked out from the file by the table's own row logic.
    const ref = store.reference();
    const current = ref.structures.find((s) => s.kind === 'current')!;
    const rows = tableRows(store.structure(current.id).posts, new Map(ref.grades.map((g) => [g.id, g])), () => 0);
    const matches = FILTERS.map((f) => filterRows(rows, f).length);
    store.close();
    const app = await launchApp({ openOnStart: file, viewport: { width: 1600, height: 1000 }, initScript: CHART_PROBE });
    try {
      const { page } = app;
      page.setDefaultTimeout(180_000);
      await page.locator('.react-flow__node').first().waitFor();
      const tableButton = page.getByRole('button', { name: 'Table', exact: true });
      const chartButton = page.getByRole('button', { name: 'Chart', exact: true });

      // Open: the chart is showing; a click on "Table" until the table's rows are painted.
      const opens: number[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        const ms = await timed(page, 'click', 'table.post-table tbody tr[data-post-id]', () => tableButton.click());
        if (i > 0) opens.push(ms); // the first open also loads the table's code
        await chartButton.click();
        await page.locator('.react-flow__node').first().waitFor();
      }
      await tableButton.click();
      await page.locator('table.post-table tbody tr[data-post-id]').first().waitFor();

      // Sort: clicks on "Annual cost" go ascending, descending, back to reporting order, and round again.
      const sorts: number[] = [];
      const costButton = page.getByRole('columnheader', { name: 'Annual cost' }).getByRole('button');
      const states = ['.post-table th[aria-sort="ascending"]', '.post-table th[aria-sort="descending"]', '.post-table thead tr:not(:has(th[aria-sort]))'];
      for (let i = 0; i < RUNS; i++) sorts.push(await timed(page, 'click', states[i % 3]!, () => costButton.click()));
      if (RUNS % 3) for (let i = RUNS % 3; i < 3; i++) await costButton.click();

      // Filter: a word entered in the filter box (one input event) until the rows left are painted.
      const filters: number[] = [];
      const box = page.getByRole('searchbox', { name: 'Filter posts' });
      for (let i = 0; i < Math.min(RUNS, FILTERS.length); i++) {
        filters.push(await timed(page, 'input', `table.post-table[aria-rowcount="${matches[i]! + 1}"]`, () => box.fill(FILTERS[i]!)));
        await box.fill('');
        await page.locator(`table.post-table[aria-rowcount="${POSTS + 1}"]`).waitFor();
      }
      const drawn = await page.locator('table.post-table tbody tr[data-post-id]').count();
      if (app.errors.length) throw new Error(`The page reported errors: ${app.errors.join('; ')}`);
      return [
        figure('Open the table (click to painted)', opens, `clicks on "Table" from the chart (${drawn} of ${POSTS} rows drawn)`),
        figure('Sort on a column (click to painted)', sorts, 'clicks on "Annual cost" (ascending, descending, reporting order)'),
        figure('Filter (input to painted)', filters, `words typed, leaving ${Math.min(...matches.slice(0, filters.length))} to ${Math.max(...matches.slice(0, filters.length))} rows`),
      ];
    } finally {
      await app.close();
      tmp.cleanup();
    }
  },
});

export const postTableBenchmark = postTable(10_000, 7);
export const postTable50kBenchmark = postTable(50_000, 5);
