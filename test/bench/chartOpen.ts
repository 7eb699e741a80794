// Opening a large document as a user does, each time in a fresh app and browser: the page loads
// with the file opened at start; once the top card is painted it is clicked. Open to an
// interactive chart is the page load to the later of the first card painted and the page going
// quiet (its last task of over 50 ms done), plus the click answered (from the pointer's press, as
// the browser received it, to the inspector painted): the test's own polling and Playwright's
// checks before its click are not waits of the user's. Then "Show: Everything" is chosen (to the
// frame painted with every branch open); then a manager's card in view is clicked (until the
// inspector shows it). All timed in the page, so no figure includes the round trip to the test process.
import { performance } from 'node:perf_hooks';
import { openAhead } from '../../electron/api/session';
import { launchApp, type AppHarness } from '../helpers/browser';
import { CHART_PROBE } from './chartProbe';
import { evaluate, medianFigure, visibleCards, waitUntil } from './page';
import { median, type Figure } from './types';

export const VIEWPORT = { width: 1600, height: 1000 };

export interface OpenRun {
  /** From the start of the page load to the first card painted. */
  firstCard: number;
  /** From the start of the page load to the chart painted and quiet, plus a click on the top card answered. */
  interactive: number;
  /** That click: from the pointer's press to the inspector painted. */
  firstClick: number;
  /** From the choice of Everything to the frame painted with every branch open. */
  everything: number;
  /** Cards in that layout. */
  cards: number;
  /** From a click on a manager's card, with everything open, to the inspector painted. */
  click: number;
}

/** Data to an all-expanded chart answering a click: the user's waits added up, without the gaps between them. */
export const allExpanded = (r: OpenRun): number => r.interactive + r.everything + r.click;

async function openOnce(app: AppHarness): Promise<OpenRun> {
  const { page } = app;
  await waitUntil(page, '!!window.__probe && window.__probe.firstCardPaint > 0');
  const firstCard = await evaluate<number>(page, 'window.__probe.firstCardPaint');
  // Kept in the page and read after the click; a promise handed back here would be awaited now.
  await evaluate(page, `void (window.__inspector = window.__probe.fromInput('pointerdown', 'form[aria-label="Details of Chief Executive"]'))`);
  await page.locator('[role=treeitem][aria-level="1"]').first().click();
  const answered = await evaluate<{ ms: number; at: number }>(page, 'window.__inspector');
  const quiet = await evaluate<number>(page, `window.__probe.quietBefore(${answered.at})`);
  const interactive = Math.max(firstCard, quiet) + answered.ms;

  await evaluate(page, `void (window.__everything = window.__probe.timeToLayout('change'))`);
  await page.getByRole('combobox', { name: 'Levels to show' }).selectOption('all');
  const all = await evaluate<{ ms: number; cards: number }>(page, 'window.__everything');

  // The view stays where it was, now among the deepest levels: a manager's card in view is clicked.
  const id = (await visibleCards(page, 'manager'))[0];
  if (!id) throw new Error('No manager card is in view with everything shown');
  const card = page.locator(`.react-flow__node[data-id="${id}"] [role=treeitem]`);
  const title = ((await card.getAttribute('aria-label')) ?? '').split(', ')[0]!;
  if (title === 'Chief Executive') throw new Error('The card in view is the one already selected');
  await evaluate(page, `void (window.__click = window.__probe.timeTo('click', ${JSON.stringify(`form[aria-label="Details of ${title}"]`)}))`);
  await card.click();
  const click = await evaluate<number>(page, 'window.__click');
  return { firstCard, interactive, firstClick: answered.ms, everything: all.ms, cards: all.cards, click };
}

/**
 * Opens `file` `runs` times, each in a fresh app and browser. The last app is handed back open,
 * with every branch shown, when `keepLast` is set; otherwise it is closed.
 */
export async function timeOpens(file: string, runs: number, keepLast: boolean): Promise<{ runs: OpenRun[]; app: AppHarness | null }> {
  const out: OpenRun[] = [];
  for (let i = 0; i < runs; i++) {
    const app = await launchApp({ openOnStart: file, viewport: VIEWPORT, initScript: CHART_PROBE });
    try {
      out.push(await openOnce(app));
      if (app.errors.length) throw new Error(`The page reported errors: ${app.errors.join('; ')}`);
    } catch (e) {
      await app.close();
      throw e;
    }
    if (keepLast && i === runs - 1) return { runs: out, app };
    await app.close();
  }
  return { runs: out, app: null };
}

/** The file given at start is opened, and its first structure read, as the bridge starts: before the page loads, so the open figures start after it. */
export const READ_AHEAD = {
  label: 'File opened and first structure read, as the bridge starts',
  what: 'opens in the bench process: header and integrity checks, the posts read and packed, before the page loads (as the app does while its window is made)',
};

/** That open and read, `runs` times, each closed again. */
export function timeReadAhead(file: string, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const opened = openAhead(file);
    times.push(performance.now() - t0);
    if (!opened) throw new Error('The file was not opened ahead');
    opened.close();
  }
  return times;
}

/** The open-to-interactive figure of these loads (`of`: what the target is, where it is another size's). */
export function openFigure(runs: OpenRun[], of = ''): Figure {
  const m = (f: (o: OpenRun) => number) => Math.round(median(runs.map(f)));
  return medianFigure(
    'Open to interactive chart (folded)',
    runs.map((o) => o.interactive),
    750,
    `fresh loads: page load (the file opened and read as the bridge started, below) to the first cards painted (median ${m((o) => o.firstCard)} ms) and the page quiet, plus a click on the top card answered (median ${m((o) => o.firstClick)} ms)${of}`,
  );
}
