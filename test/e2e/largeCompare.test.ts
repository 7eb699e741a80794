// Comparing a 10,000-post Current with a 9,800-post proposal in the browser: the comparison is
// worked out in a worker (never on the window's own thread), the window says so meanwhile, and the
// figures that appear are those of the comparison worked out in place. How long the window's own
// tasks take meanwhile is printed here and measured by the bench, not asserted.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareStructures, type ChangeSummary } from '../../shared/compare/compare';
import { optionsAppraisal } from '../../shared/compare/options';
import { formatPounds } from '../../shared/model/money';
import { call } from '../helpers/session';
import { createBigDocument } from '../helpers/bigStructure';
import { buildProductionRenderer, launchApp, showTableView, type AppHarness } from '../helpers/browser';
import { reshape } from '../helpers/reshape';
import { makeTempDir } from '../helpers/tempDir';
import { COMPARE_PROBE, watched, watchFor, type ProbeWindow } from '../helpers/compareProbe';

const tmp = makeTempDir();
const file = path.join(tmp.dir, 'Ten thousand.establish');
let app: AppHarness;
let expected: ChangeSummary;

beforeAll(async () => {
  const store = createBigDocument(file, 10_000);
  try {
    const currentId = store.info().structures.find((s) => s.kind === 'current')!.id;
    const { proposalId } = reshape(store, currentId);
    expected = compareStructures(store.info(), store.structure(currentId), store.structure(proposalId));
  } finally {
    store.close();
  }
  // Timed as the user gets it: React's production build, not the development one the tests build.
  const rendererDir = path.join(tmp.dir, 'renderer');
  buildProductionRenderer(rendererDir);
  app = await launchApp({ openOnStart: file, initScript: COMPARE_PROBE, rendererDir });
}, 240_000);

afterAll(async () => {
  await app?.close();
  tmp.cleanup();
});

function report(what: string, w: ProbeWindow): void {
  const ms = (list: { duration: number }[]) => list.map((t) => t.duration.toFixed(0)).join(', ') || 'none';
  console.log(
    `${what}: status shown ${w.workingMs.toFixed(0)} ms (${w.untilArrivedMs.toFixed(0)} ms until the comparison arrived); ` +
      `tasks over 50 ms meanwhile: ${ms(w.longTasks)}; longest gap between frames ${w.longestFrameGapMs.toFixed(0)} ms; ` +
      `drawing the figures: ${ms(w.showingTasks)}; loading before: ${ms(w.tasksBeforeWorking)}`,
  );
  for (const t of w.longTasks) console.log(JSON.stringify({ t, steps: w.steps.filter((x) => x.start >= t.start && x.start <= t.start + t.duration) }));
}

/** The comparison came back from the worker in pieces, and none was worked out on the window's thread. */
function expectWorkedOutInWorker(w: ProbeWindow): void {
  const names = w.steps.map((s) => s.name);
  expect(names).toContain('establish:compare:assemble');
  expect(names).not.toContain('establish:compare:in-place');
}

const kindCount = (page: Page, label: string) => page.getByRole('checkbox', { name: new RegExp(`^${label} `) }).locator('xpath=..').locator('.kind-count');

describe('comparing two structures of 10,000 posts', () => {
  it('works out the changes in a worker while the window keeps answering, then shows them', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Current' }).waitFor();
    await showTableView(page);
    await watchFor(page, 'table[aria-label^="Changes from"]');
    await page.getByRole('tab', { name: 'Compare' }).click();
    const w = await watched(page);
    // Said while it worked: a status, not empty or earlier figures.
    expect(w.workingShown).toBe(true);
    expect(w.staleFigures).toBe(false);
    report('Compare', w);
    expectWorkedOutInWorker(w);
    const table = page.getByRole('table', { name: 'Changes from Current to Option A' });
    await table.waitFor();
    const n = expected.diff.counts;
    expect(n.deleted).toBeGreaterThan(300);
    for (const [label, count] of [['Deleted', n.deleted], ['New', n.new], ['Redesignated', n.redesignated], ['FTE changed', n.fteChanged], ['Moved', n.moved], ['Unchanged', n.unchanged]] as const)
      expect(await kindCount(page, label).textContent()).toBe(String(count));
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Working out the changes' }).count()).toBe(0);
  });

  it('shows the cost summary with the figures of the comparison worked out in place', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Cost summary' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Full-year saving/ }).textContent()).toBe(formatPounds(expected.cost.savingPence));
    expect(await page.getByRole('button', { name: /^Full-year cost of Current/ }).textContent()).toBe(formatPounds(expected.cost.beforePence));
    expect(await page.getByRole('button', { name: /^People at risk/ }).textContent()).toBe(String(expected.people.atRisk));
    for (const r of expected.breakdowns.source)
      expect(await page.getByRole('button', { name: `Cost in Option A, ${r.label}: ${formatPounds(r.after.costPence)}. Show the posts that make it up.` }).count()).toBe(1);
  });

  it('marks the changes on the proposal’s posts once they are worked out again after an edit, saying so meanwhile', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /Option A/ }).click();
    await showTableView(page);
    await page.getByRole('list', { name: 'Key to the chart' }).waitFor();
    const row = page.getByRole('row', { name: /P00002/ });
    await expect.poll(() => row.count()).toBe(1);
    await row.click();
    // A new version of the proposal: its marks are worked out again, and none shown meanwhile.
    await watchFor(page, 'ul[aria-label="Key to the chart"]');
    const title = page.getByRole('textbox', { name: 'Job title' });
    await title.fill('Chief Operating Officer');
    await title.press('Enter');
    const w = await watched(page, 30_000);
    expect(w.workingShown).toBe(true);
    expect(w.staleFigures).toBe(false);
    report('Chart marks', w);
    expectWorkedOutInWorker(w);
    await expect.poll(() => row.textContent()).toContain('REDESIGNATED');
    expect(app.errors).toEqual([]);
  });

  it('appraises the options with comparisons worked out in the worker, giving the figures worked out in place', async () => {
    const { page } = app;
    // The proposal as it is now (the title changed above), read through the window's own session and appraised in place.
    const session = [...app.bridge.sessions.values()][0]!;
    const info = (await call(session, 'getDocument'))!;
    const [current, ...proposals] = await Promise.all(info.structures.map((x) => call(session, 'getStructure', { structureId: x.id })));
    const appraisal = optionsAppraisal(info, current!, proposals);
    await page.getByRole('tab', { name: 'Compare' }).click();
    await watchFor(page, 'table.options-table');
    await page.getByRole('tab', { name: 'Options' }).click();
    const w = await watched(page);
    expect(w.staleFigures).toBe(false);
    report('Options', w);
    expectWorkedOutInWorker(w);
    const cells = (label: string) => page.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell').allTextContents();
    const [baseline, option] = appraisal.options;
    expect(await cells('Posts')).toEqual([String(baseline!.posts), String(option!.posts)]);
    expect(await cells('Full-year cost, with on-costs')).toEqual([formatPounds(baseline!.costPence), formatPounds(option!.costPence)]);
    expect(await cells('Full-year saving')).toEqual(['–', formatPounds(option!.savingPence)]);
    expect(await cells('People at risk')).toEqual([String(baseline!.atRisk), String(option!.atRisk)]);
    expect(app.errors).toEqual([]);
  });
});
