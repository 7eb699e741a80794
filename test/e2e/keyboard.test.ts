// Keyboard and screen-reader users: a skip link to the chart as the first Tab stop, named
// landmarks, the palette as one Tab stop with arrow keys inside it, and arrow keys in a proposal's
// chart that pass over the ghost cards of deleted posts, which report counts leave out too.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Post } from '../../shared/model/types';
import { launchApp, type AppHarness } from '../helpers/browser';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const file = path.join(tmp.dir, 'Keyboard.establish');
let app: AppHarness;

beforeAll(async () => {
  const s = testSession(tmp.dir);
  const info = await call(s, 'newDocument', { path: file, sample: true });
  const currentId = info.structures[0]!.id;
  const proposalId = (await call(s, 'createStructure', { name: 'Option B', fromStructureId: currentId })).createdIds[0]!;
  const posts = (await call(s, 'getStructure', { structureId: proposalId })).posts;
  const byRef = (ref: string) => posts.find((p: Post) => p.ref === ref)!;
  // The head of Business Support (BS1001) has five reports: its assistant BS1002, BS1003 (with a
  // team of nine), BS1013, BS1028, BS1050 and BS1055. The proposal deletes the assistant, and BS1003
  // with its team, leaving four.
  await call(s, 'deletePosts', { postIds: [byRef('BS1002').id], reports: 'reassign' });
  await call(s, 'deletePosts', { postIds: [byRef('BS1003').id], reports: 'delete-branch' });
  s.dispose();
  // Wide enough for the palette and the post details to be open without being asked.
  app = await launchApp({ openOnStart: file, viewport: { width: 1600, height: 1000 } });
});

afterAll(async () => {
  await app?.close();
  tmp.cleanup();
});

const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return { tag: el?.tagName ?? '', name: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '', role: el?.getAttribute('role') ?? '' };
});

/** The card the chart's keyboard points at, by its accessible name. */
async function activeCard(page: Page, chart: ReturnType<Page['getByRole']>): Promise<string> {
  const id = await chart.getAttribute('aria-activedescendant');
  if (!id) return '';
  return (await page.locator(`[id="${id}"]`).getAttribute('aria-label')) ?? '';
}

describe('the keyboard and screen readers', () => {
  it('has a skip link to the chart as the first Tab stop, and named landmarks', async () => {
    const { page } = app;
    const chart = page.getByRole('tree', { name: 'Chart of Current' });
    await chart.waitFor();
    // Nothing has been clicked or focused yet: the first Tab press starts at the top of the page.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'A', name: 'Skip to chart' });
    expect(await page.getByRole('link', { name: 'Skip to chart' }).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ role: 'tree', name: 'Chart of Current' });
    // The keyboard points at the top card, and the arrow keys work from there at once.
    await expect.poll(() => activeCard(page, chart)).toMatch(/^Head of Business Support/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => activeCard(page, chart)).toMatch(/^Personal Assistant to the Head of Business Support/);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => activeCard(page, chart)).toMatch(/^Head of Business Support/);

    expect(await page.getByRole('banner', { name: 'Establish' }).count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Structures' }).count()).toBe(1);
    expect(await page.getByRole('main', { name: 'Posts' }).count()).toBe(1);
    expect(await page.getByRole('complementary', { name: 'Add a post' }).count()).toBe(1);
    expect(await page.getByRole('complementary', { name: 'Post details' }).count()).toBe(1);
  });

  it('makes the palette one Tab stop, with the arrow keys moving between its items and Enter adding as before', async () => {
    const { page } = app;
    const chart = page.getByRole('tree', { name: 'Chart of Current' });
    // The head is selected (the arrow keys above chose it): palette items add under it.
    await page.getByRole('form', { name: 'Details of Head of Business Support' }).waitFor();
    const items = page.getByRole('toolbar', { name: 'Post types' }).getByRole('button');
    const count = await items.count();
    expect(count).toBeGreaterThan(5);
    // Exactly one item is in the Tab order.
    expect(await page.locator('.palette-item[tabindex="0"]').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Filter post types' }).focus();
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('Add Blank post under Head of Business Support');
    await page.keyboard.press('ArrowDown');
    const second = (await items.nth(1).getAttribute('aria-label'))!;
    expect((await focused(page)).name).toBe(second);
    await page.keyboard.press('End');
    expect((await focused(page)).name).toBe(await items.nth(count - 1).getAttribute('aria-label'));
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    // Tab leaves the items; Shift+Tab comes back to the one last used.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.palette-list'))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).name).toBe(second);
    // Down from the filter goes into the items too.
    await page.getByRole('searchbox', { name: 'Filter post types' }).press('ArrowDown');
    expect((await focused(page)).name).toBe(second);
    // Enter adds a vacant copy under the selected post, as a click does.
    await page.keyboard.press('Enter');
    const title = second.replace(/^Add /, '').replace(/, [A-Z0-9]+ under Head of Business Support$/, '');
    await expect.poll(() => page.getByRole('button', { name: /^Undo/ }).getAttribute('aria-label')).toBe(`Undo Add "${title}"`);
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Undo/ }).getAttribute('aria-label')).not.toBe(`Undo Add "${title}"`);
    await chart.waitFor();
  });

  it('passes over ghost cards of deleted posts with the arrow keys, and counts only live reports', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /Option B/ }).click();
    const chart = page.getByRole('tree', { name: 'Chart of Option B' });
    await chart.waitFor();
    await expect.poll(() => chart.locator('.card-ghost').count()).toBeGreaterThan(1);
    const head = chart.getByRole('treeitem', { name: /^Head of Business Support/ });
    // Six report cards hang under the head, two of them ghosts: it has four reports.
    await expect.poll(() => head.getAttribute('aria-label')).toMatch(/, 4 reports$/);

    await page.getByRole('link', { name: 'Skip to chart' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Home');
    await expect.poll(() => activeCard(page, chart)).toMatch(/^Head of Business Support/);
    // Down goes to the first live report, past the ghosts of the assistant and of BS1003.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => activeCard(page, chart)).toMatch(/^Business Support Manager \(Adults and Health\)/);
    // Nothing live to its left: it stays.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => activeCard(page, chart)).toMatch(/^Business Support Manager \(Adults and Health\)/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => activeCard(page, chart)).toMatch(/^Business Support Manager \(Children's Services\)/);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => activeCard(page, chart)).toMatch(/^Business Support Manager \(Adults and Health\)/);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => activeCard(page, chart)).toMatch(/^Head of Business Support/);
    expect(app.errors).toEqual([]);
  });
});
