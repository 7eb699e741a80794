// A user adds, edits, deletes, undoes and redoes posts in the browser; the file, reopened, holds it all.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocumentFile } from '../../electron/store/files';
import { launchApp, type AppHarness } from '../helpers/browser';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const file = path.join(tmp.dir, 'Sample.establish');
let app: AppHarness;

function reopen() {
  const { store } = openDocumentFile(file);
  try {
    const info = store.info();
    const current = info.structures.find((s) => s.kind === 'current')!;
    return { info, posts: store.structure(current.id).posts };
  } finally {
    store.close();
  }
}

beforeAll(async () => {
  const s = testSession(tmp.dir);
  await call(s, 'newDocument', { path: file, sample: true });
  s.dispose();
  app = await launchApp({ openOnStart: file });
});

afterAll(async () => {
  await app?.close();
  tmp.cleanup();
});

describe('editing posts in the browser', () => {
  it('opens the document given at start and lists its posts in the table view', async () => {
    const { page } = app;
    await page.getByRole('tree', { name: 'Chart of Current' }).waitFor();
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByRole('table', { name: 'Posts in Current' }).waitFor();
    // The header row and 60 posts (only those in view are drawn).
    await expect.poll(() => page.getByRole('table', { name: 'Posts in Current' }).getAttribute('aria-rowcount')).toBe('61');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'posts ·' }).textContent()).toContain('60 posts');
  });

  it('adds a post under the selected one and names it in the inspector', async () => {
    const { page } = app;
    await page.getByRole('row', { name: /Head of Business Support.*BS1001/ }).click();
    await page.getByRole('button', { name: 'Add post under selected' }).click();
    const title = page.getByRole('textbox', { name: 'Job title' });
    await expect.poll(() => title.inputValue()).toBe('New post');
    await title.fill('Head of Strategy and Improvement');
    await title.press('Enter');
    await page.getByRole('row', { name: /Head of Strategy and Improvement/ }).waitFor();
  });

  it('changes a post\'s FTE, and refuses text where a number belongs', async () => {
    const { page } = app;
    await page.getByRole('searchbox', { name: 'Filter posts' }).fill('BS1018');
    await page.getByRole('row', { name: /BS1018/ }).click();
    const fte = page.getByRole('textbox', { name: 'FTE' });
    // The team field suggests the structure's teams, listed once the form is shown.
    await expect.poll(() => page.locator('#team-names option').count()).toBeGreaterThan(1);
    await fte.fill('half');
    await fte.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('FTE must be a number');
    // Checked in the window as the document would check it.
    await fte.fill('0.12345');
    await fte.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('FTE has at most four decimal places');
    await fte.fill('1200');
    await fte.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('FTE must be at most 1000 (a grouped post can have more)');
    await fte.fill('0.5');
    await fte.press('Enter');
    await expect.poll(() => page.getByRole('row', { name: /BS1018/ }).textContent()).toContain('0.5');
  });

  it("splits a post's funding between two sources, and refuses shares that do not add up to 100%", async () => {
    const { page } = app;
    await page.getByRole('row', { name: /BS1018/ }).click();
    const funding = page.getByRole('group', { name: 'Funding' });
    // The sample's posts are on the core budget alone: add the grant, then split 60:40.
    await funding.getByRole('button', { name: '+ Add funding source' }).click();
    const grant = funding.getByRole('textbox', { name: /^Share of Public Health grant/ });
    await grant.fill('40');
    await grant.press('Enter');
    await expect.poll(() => funding.getByRole('alert').textContent()).toContain('The shares add up to 140%; they must add up to 100%.');
    const core = funding.getByRole('textbox', { name: 'Share of Core budget, percent' });
    await core.fill('60');
    await core.press('Enter');
    await expect.poll(() => funding.getByRole('alert').count()).toBe(0);
    await page.getByRole('searchbox', { name: 'Filter posts' }).fill('');
  });

  it('deletes a post, undoes and redoes it from the keyboard', async () => {
    const { page } = app;
    // Far down the table: the filter brings it into view.
    await page.getByRole('searchbox', { name: 'Filter posts' }).fill('BS1060');
    const row = page.getByRole('row', { name: /BS1060/ });
    await row.click();
    await page.getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => page.getByRole('row', { name: /BS1060/ }).count()).toBe(0);
    await page.locator('body').press('Control+z');
    await expect.poll(() => page.getByRole('row', { name: /BS1060/ }).count()).toBe(1);
    await page.locator('body').press('Control+y');
    await expect.poll(() => page.getByRole('row', { name: /BS1060/ }).count()).toBe(0);
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(() => page.getByRole('row', { name: /BS1060/ }).count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Filter posts' }).fill('');
  });

  it('costs a post all-in and an apprentice without NI below the upper threshold, set in the inspector', async () => {
    const { page } = app;
    await page.getByRole('searchbox', { name: 'Filter posts' }).fill('BS102');
    await page.getByRole('row', { name: /BS1020/ }).click();
    const allIn = page.getByRole('textbox', { name: 'Cost per post (all-in)' });
    await allIn.fill('30,000');
    await allIn.press('Enter');
    const breakdown = page.getByRole('region', { name: 'Full-year cost' });
    await expect.poll(() => breakdown.textContent()).toContain('Cost per post (all-in)');
    await expect.poll(() => breakdown.textContent()).toMatch(/Total \(on-costs included, none added\)£30,000/);
    await expect.poll(() => page.getByRole('row', { name: /BS1020/ }).textContent()).toContain('all-in');
    if (process.env.ESTABLISH_SHOT) await page.screenshot({ path: process.env.ESTABLISH_SHOT });
    await page.getByRole('row', { name: /BS1021/ }).click();
    await page.getByRole('combobox', { name: 'National Insurance category' }).selectOption('apprenticeUnder25');
    await expect.poll(() => breakdown.textContent()).toContain('Employer NI (apprentice under 25)');
    await page.getByRole('searchbox', { name: 'Filter posts' }).fill('');
  });

  it('has stored every change in the file', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('heading', { name: 'Establish' }).waitFor();
    const { posts } = reopen();
    const head = posts.find((p) => p.ref === 'BS1001')!;
    const added = posts.find((p) => p.title === 'Head of Strategy and Improvement');
    expect(added?.managerId).toBe(head.id);
    expect(posts.find((p) => p.ref === 'BS1018')!.fte).toBe(0.5);
    const sources = new Map(reopen().info.fundingSources.map((f) => [f.id, f.name]));
    expect(posts.find((p) => p.ref === 'BS1018')!.funding.map((f) => [sources.get(f.sourceId), f.shareBp])).toEqual([
      ['Core budget', 6_000],
      ['Public Health grant', 4_000],
    ]);
    expect(posts.some((p) => p.ref === 'BS1060')).toBe(true);
    expect(posts).toHaveLength(61);
    expect(posts.find((p) => p.ref === 'BS1020')!.allInCostPence).toBe(3_000_000);
    expect(posts.find((p) => p.ref === 'BS1021')!.niCategory).toBe('apprenticeUnder25');
    expect(app.errors).toEqual([]);
  });
});
