// The chart at 10,000 posts, in Chromium, against the real bridge and a real file, as the user waits
// for it: opening (each time a fresh app and browser), Show: Everything, a click answered, dragging
// a card to a new manager, panning and zooming, and Current beside a proposal; then d3-org-chart on
// the same posts in the same browser, and the app's time over the peer's.
import path from 'node:path';
import * as structureEdits from '../../electron/store/edits/structures';
import { createBigDocument, generateCouncil } from '../helpers/bigStructure';
import { makeTempDir } from '../helpers/tempDir';
import { allExpanded, openFigure, READ_AHEAD, timeOpens, timeReadAhead } from './chartOpen';
import { timeDrags } from './chartDrag';
import { PEER_NAME, timePeer } from './peer';
import { evaluate, medianFigure, spread } from './page';
import { median, type Benchmark, type Figure } from './types';

const POSTS = 10_000;
const OPENS = 5;
const DRAGS = 7;
const TOGGLES = 5;
const PEER_LOADS = 5;
const PEER_REPARENTS = 5;
/** Pan and zoom: one wheel step (the peer: one step of a mouse drag to pan) per frame, out to about 15% and back. */
const FRAMES = [
  { dx: 40, n: 40 },
  { dy: 40, ctrl: true, n: 30 },
  { dx: -40, n: 20 },
  { dy: -40, ctrl: true, n: 30 },
  { dx: -40, n: 20 },
];
const PROPOSAL = 'Option A';

interface LayoutEntry {
  duration: number;
  cards: number;
  posts: number;
}

const ratio = (ours: number, theirs: number) => ours / theirs;

export const chartBenchmark: Benchmark = {
  name: 'Chart, 10,000 posts',
  async run(): Promise<Figure[]> {
    const tmp = makeTempDir();
    const file = path.join(tmp.dir, 'Ten thousand.establish');
    const store = createBigDocument(file, POSTS, 1, 'council');
    // A proposal copied from Current, for the side-by-side view.
    const currentId = store.info().structures.find((s) => s.kind === 'current')!.id;
    store.edit((ctx) => structureEdits.createStructure(ctx, { name: PROPOSAL, fromStructureId: currentId, implementationDate: '2026-10-01' }));
    store.close();

    const aheads = timeReadAhead(file, OPENS);
    const { runs: opens, app } = await timeOpens(file, OPENS, true);
    if (!app) throw new Error('No app was left open');
    try {
      const { page } = app;
      const allCards = Math.max(...opens.map((o) => o.cards));
      const drops = await timeDrags(page, DRAGS, POSTS, allCards);
      // Re-layouts of the whole structure with every branch open, as the app ran them after each edit.
      const layouts = (await evaluate<LayoutEntry[]>(page, 'window.__probe.layouts')).filter((l) => l.posts === POSTS && l.cards >= allCards * 0.9);
      const frames = await evaluate<number[]>(page, `window.__probe.runFrames(${JSON.stringify(FRAMES)})`);

      // Side by side, from the chart shown three levels deep and fitted to the view, as it opens: a
      // click on the box until both charts have cards painted; the first also loads the proposal.
      await page.getByRole('combobox', { name: 'Levels to show' }).selectOption('3');
      await page.waitForTimeout(500);
      await page.getByRole('button', { name: 'Fit' }).first().click();
      await page.waitForTimeout(600);
      const split = page.getByRole('checkbox', { name: 'Side by side' });
      const both = `.chart-split:has([aria-label="Chart of Current"] .react-flow__node):has([aria-label="Chart of ${PROPOSAL}"] .react-flow__node)`;
      const sides: number[] = [];
      for (let i = 0; i < TOGGLES; i++) {
        await evaluate(page, `void (window.__split = window.__probe.timeTo('click', ${JSON.stringify(both)}))`);
        await split.check();
        sides.push(await evaluate<number>(page, 'Promise.race([window.__split, new Promise((r) => setTimeout(() => r(-1), 30000))])'));
        if (sides.at(-1)! < 0) {
          await page.screenshot({ path: path.join(process.cwd(), 'tmp', 'bench-split-failed.png') });
          throw new Error('Side by side never painted both charts');
        }
        await split.uncheck();
        await page.locator('.chart-split').waitFor({ state: 'detached' });
        await page.waitForTimeout(300);
      }
      if (app.errors.length) throw new Error(`The page reported errors: ${app.errors.join('; ')}`);

      // The peer, on the same posts, in the same browser.
      process.stdout.write(`  (${PEER_NAME} on the same ${POSTS.toLocaleString('en-GB')} posts...)\n`);
      const peer = await timePeer(app.context, generateCouncil(POSTS, 1), PEER_LOADS, PEER_REPARENTS, FRAMES);
      const ours = { all: median(opens.map(allExpanded)), drop: median(drops), frame: median(frames) };
      const theirs = { all: median(peer.total), drop: median(peer.reparent), frame: median(peer.frames) };
      const p90 = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!);

      return [
        openFigure(opens),
        medianFigure(READ_AHEAD.label, aheads, Infinity, READ_AHEAD.what),
        medianFigure('Show: Everything, choice to painted', opens.map((o) => o.everything), 500, `first choices of Everything in a freshly opened chart (${allCards} cards)`),
        medianFigure('A click answered, everything shown', opens.map((o) => o.click), Infinity, "clicks on a manager's card in view until the inspector shows it"),
        medianFigure('Data to all-expanded chart answering a click', opens.map(allExpanded), Infinity, 'fresh loads: open to interactive + Everything + a click answered, the waits added up'),
        medianFigure('Full re-layout (app, every branch open)', layouts.map((l) => l.duration), 40, `layouts of all ${POSTS} posts (${allCards} cards) run by the app after each edit, layout only`),
        medianFigure('Drag to new manager, drop to painted', drops, 100, 'pointer drags: stored in the file, whole structure re-laid out, frame painted'),
        { ...medianFigure('Pan and zoom, median frame', frames, 16, `frames, one wheel step each, every branch open (90th percentile ${p90(frames)} ms)`) },
        medianFigure('Side by side (Current and a proposal), click to painted', sides, Infinity, `clicks on "Side by side", Current three levels deep, until both charts show cards (the first, which also loads the proposal: ${Math.round(sides[0]!)} ms)`),
        medianFigure(`${PEER_NAME}: data to all-expanded chart answering a click`, peer.total, Infinity, `fresh pages in the same browser: page load, fetch of the posts as {id, parentId} rows, every node drawn (${spread(peer.drawn)}), then a click answered (${spread(peer.click)})`),
        medianFigure(`${PEER_NAME}: one re-parent to painted`, peer.reparent, Infinity, "re-parents: a row's parentId changed, render(), frame painted with the node in its new place"),
        medianFigure(`${PEER_NAME}: pan and zoom, median frame`, peer.frames, Infinity, `frames, one step each of a mouse-drag pan or the wheel (90th percentile ${p90(peer.frames)} ms)`),
        { label: `Establish / ${PEER_NAME}: data to all-expanded chart`, value: ratio(ours.all, theirs.all), unit: '×', target: 0.5, note: `${Math.round(ours.all)} ms / ${Math.round(theirs.all)} ms, medians` },
        { label: `Establish / ${PEER_NAME}: one re-parent to painted`, value: ratio(ours.drop, theirs.drop), unit: '×', target: Infinity, note: `${Math.round(ours.drop)} ms / ${Math.round(theirs.drop)} ms; the app also stores the move in the file` },
        { label: `Establish / ${PEER_NAME}: pan and zoom frame`, value: ratio(ours.frame, theirs.frame), unit: '×', target: Infinity, note: `${ours.frame.toFixed(1)} ms / ${theirs.frame.toFixed(1)} ms` },
      ];
    } finally {
      await app.close();
      tmp.cleanup();
    }
  },
};

/** Where the two charts do different work, printed under the table. */
export const PEER_DIFFERENCES =
  `Establish and ${PEER_NAME} do different work: Establish groups identical posts under one manager into one card and draws only the cards in view (off-screen cards are culled), and its drop stores the move in the file and re-costs; ${PEER_NAME} draws every node (an HTML card in an SVG foreignObject each), has no drag (a re-parent is a change of parentId and render()), no costing and no file.`;
