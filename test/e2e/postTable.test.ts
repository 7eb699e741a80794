// The posts table with 10,000 posts: it draws only the rows in view, yet sorts and filters all of
// them, from the mouse and from the keyboard.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBigDocument, generateStructure } from '../helpers/bigStructure';
import { launchApp, showTableView, type AppHarness } from '../helpers/browser';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const file = path.join(tmp.dir, 'Ten thousand.establish');
let app: AppHarness;

beforeAll(async () => {
  createBigDocument(file, 10_000).close();
  app = await launchApp({ openOnStart: file, viewport: { width: 1400, height: 900 } });
}, 120_000);

afterAll(async () => {
  await app?.close();
  tmp.cleanup();
});

const drawnRows = () => app.page.locator('.post-table tbody tr[data-post-id]');
const firstRef = () => drawnRows().first().locator('td').nth(1).textContent();

describe('the posts table at 10,000 posts', () => {
  it('opens with every post counted but only a window of rows in the page', async () => {
    const { page } = app;
    await page.getByRole('tree', { name: /^Chart of/ }).waitFor({ timeout: 60_000 });
    await showTableView(page);
    const table = page.getByRole('table', { name: /^Posts in/ });
    await table.waitFor();
    // The header row and 10,000 posts.
    expect(await table.getAttribute('aria-rowcount')).toBe('10001');
    const drawn = await drawnRows().count();
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(80);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'posts ·' }).textContent()).toContain('10000 posts');
    // Reporting order: the top of the structure first.
    expect(await firstRef()).toBe('P00001');
    expect(await drawnRows().first().getAttribute('aria-rowindex')).toBe('2');

    // Scrolling to the bottom draws the last rows and drops the first.
    await page.locator('.post-table-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => page.locator('.post-table tbody tr[aria-rowindex="10001"]').count()).toBe(1);
    expect(await page.locator('.post-table tbody tr[aria-rowindex="2"]').count()).toBe(0);
    expect(await drawnRows().count()).toBeLessThan(80);
    await page.locator('.post-table-scroll').evaluate((el) => (el.scrollTop = 0));
  });

  it('sorts on a column header by click and by keyboard, saying which way in aria-sort', async () => {
    const { page } = app;
    const refHeader = page.getByRole('columnheader', { name: 'Ref' });
    await refHeader.getByRole('button').click();
    expect(await refHeader.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(firstRef).toBe('P00001');
    await refHeader.getByRole('button').press('Enter');
    expect(await refHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(firstRef).toBe('P10000');
    // Sorted on cost, the cheapest first: no drawn row costs less than the one above it.
    await page.getByRole('columnheader', { name: 'Annual cost' }).getByRole('button').press('Space');
    expect(await refHeader.getAttribute('aria-sort')).toBeNull();
    expect(await page.getByRole('columnheader', { name: 'Annual cost' }).getAttribute('aria-sort')).toBe('ascending');
    const pence = (await drawnRows().locator('td:nth-child(7)').allTextContents()).map((t) => Number(t.replace(/[^0-9.]/g, '')));
    expect(pence.length).toBeGreaterThan(10);
    for (let i = 1; i < pence.length; i++) expect(pence[i]).toBeGreaterThanOrEqual(pence[i - 1]!);
    // A third press goes back to reporting order.
    await page.getByRole('columnheader', { name: 'Annual cost' }).getByRole('button').click();
    await page.getByRole('columnheader', { name: 'Annual cost' }).getByRole('button').click();
    expect(await page.getByRole('columnheader', { name: 'Annual cost' }).getAttribute('aria-sort')).toBeNull();
    await expect.poll(firstRef).toBe('P00001');
  });

  it('filters all 10,000 posts on every word typed, and arrow keys move through the matches', async () => {
    const { page } = app;
    const filter = page.getByRole('searchbox', { name: 'Filter posts' });
    await filter.fill('p09999');
    await expect.poll(() => drawnRows().count()).toBe(1);
    expect(await firstRef()).toBe('P09999');
    expect(await page.getByRole('table', { name: /^Posts in/ }).getAttribute('aria-rowcount')).toBe('2');

    // Every word must match somewhere: here two in the title and one in the ref (P01000 to P01999).
    const ref = (i: number) => `P${String(i + 1).padStart(5, '0')}`;
    const expected = generateStructure(10_000).filter((p, i) => p.title.includes('Team Leader') && ref(i).startsWith('P01')).length;
    expect(expected).toBeGreaterThan(20);
    await filter.fill('Team leader p01');
    await expect.poll(() => page.getByRole('table', { name: /^Posts in/ }).getAttribute('aria-rowcount')).toBe(String(expected + 1));
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'rows match' }).textContent()).toBe(`${expected} of 10000 rows match`);

    // End goes to the last match, drawn and focused, and selects it.
    await drawnRows().first().click();
    await page.keyboard.press('End');
    const last = page.locator(`.post-table tbody tr[aria-rowindex="${expected + 1}"]`);
    await expect.poll(() => last.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await last.getAttribute('aria-selected')).toBe('true');
    // Only one row is a tab stop.
    expect(await page.locator('.post-table tbody tr[tabindex="0"]').count()).toBe(1);

    await filter.fill('no post is called this');
    await expect.poll(() => drawnRows().count()).toBe(0);
    await page.getByText('No posts match').first().waitFor();
    await filter.fill('');
    await expect.poll(firstRef).toBe('P00001');
    expect(app.errors).toEqual([]);
  });
});
