// The chart at 50,000 posts (the same council shape, five times the size), each time a fresh app
// and browser: open to an interactive chart, Show: Everything, and a click answered; against the
// targets set for 10,000 posts, since none are set for this size.
import path from 'node:path';
import { createBigDocument } from '../helpers/bigStructure';
import { makeTempDir } from '../helpers/tempDir';
import { allExpanded, openFigure, READ_AHEAD, timeOpens, timeReadAhead } from './chartOpen';
import { medianFigure } from './page';
import type { Benchmark, Figure } from './types';

const POSTS = 50_000;
const OPENS = 5;

export const chart50kBenchmark: Benchmark = {
  name: 'Chart, 50,000 posts',
  async run(): Promise<Figure[]> {
    const tmp = makeTempDir();
    const file = path.join(tmp.dir, 'Fifty thousand.establish');
    createBigDocument(file, POSTS, 1, 'council').close();
    try {
      const aheads = timeReadAhead(file, OPENS);
      const { runs } = await timeOpens(file, OPENS, false);
      const cards = Math.max(...runs.map((o) => o.cards));
      return [
        openFigure(runs, '; 10,000-post target'),
        medianFigure(READ_AHEAD.label, aheads, Infinity, READ_AHEAD.what),
        medianFigure('Show: Everything, choice to painted', runs.map((o) => o.everything), 500, `first choices of Everything in a freshly opened chart (${cards} cards); 10,000-post target`),
        medianFigure('A click answered, everything shown', runs.map((o) => o.click), Infinity, "clicks on a manager's card in view until the inspector shows it"),
        medianFigure('Data to all-expanded chart answering a click', runs.map(allExpanded), Infinity, 'fresh loads: open to interactive + Everything + a click answered, the waits added up'),
      ];
    } finally {
      tmp.cleanup();
    }
  },
};
