// An adviser sets design rules in Settings, sets the options side by side in Compare > Options,
// chooses which proposals show and in what order, and marks spans and rule breaches on the chart.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { designRulesOf } from '../../shared/shape/designRules';
import { launchApp, type AppHarness } from '../helpers/browser';
import { readPdf } from '../helpers/pdf';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const file = path.join(tmp.dir, 'Options.establish');
let app: AppHarness;

beforeAll(async () => {
  const s = testSession(tmp.dir);
  const info = await call(s, 'newDocument', { path: file, sample: true });
  const id = (await call(s, 'createStructure', { name: 'Option B: hold vacancies', fromStructureId: info.structures[0]!.id, implementationDate: '2026-04-01' })).createdIds[0]!;
  const posts = (await call(s, 'getStructure', { structureId: id })).posts;
  await call(s, 'deletePosts', { postIds: posts.filter((p) => p.title === 'Executive Support Officer' && p.vacant).map((p) => p.id), reports: 'reassign' });
  s.dispose();
  app = await launchApp({ openOnStart: file });
});
afterAll(async () => {
  await app?.close();
  tmp.cleanup();
});

const headers = () => app.page.locator('.options-table thead th').allTextContents();
const rowCells = async (label: string) => app.page.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell').allTextContents();

describe('options appraisal, design rules and the span overlay', () => {
  it('stores a span range and a ratio entered in Settings > Design rules', async () => {
    const { page } = app;
    await page.getByRole('tree', { name: 'Chart of Current' }).waitFor();
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Document settings' });
    await dialog.getByRole('tab', { name: 'Design rules' }).click();
    const most = dialog.getByRole('textbox', { name: 'Most direct reports' });
    await most.fill('twelve');
    await most.press('Enter');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('whole number');
    await most.fill('12');
    await most.press('Enter');
    await dialog.getByRole('button', { name: '+ Add ratio' }).click();
    const of = dialog.getByRole('textbox', { name: 'Ratio 1: of: job title' });
    await of.waitFor();
    await of.fill('Executive Support Team Leader');
    await of.press('Enter');
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[role=group][aria-label="Ratio 1"]').length)).toBe(1);
    await dialog.getByRole('button', { name: 'Done' }).click();
    // Stored as the document's setting: read back through the window's own session.
    const s = app.bridge.sessions.values().next().value!;
    const rules = designRulesOf((await call(s, 'getDocument'))!.settings);
    expect(rules.spanMax).toBe(12);
    expect(rules.ratios).toEqual([{ count: 1, posts: { title: 'Executive Support Officer' }, per: 2, of: { title: 'Executive Support Team Leader' } }]);
  });

  it('sets Current and each proposal side by side, with the figures worked out by hand', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('tab', { name: 'Options' }).click();
    await page.locator('.options-table').waitFor();
    expect(await headers()).toEqual(['Current', 'Option A: hub model', 'Option B: hold vacancies']);
    expect(await rowCells('Posts')).toEqual(['60', '55', '58']);
    // Two vacant H6 posts at SCP 19: 2 × (£32,061 + NI £4,059.15 + pension £6,348.08) = £84,936.46.
    expect((await rowCells('Full-year saving'))[2]).toBe('£84,936');
    expect((await rowCells('Saving in 2026/27'))[2]).toBe('£84,936');
    expect(await rowCells('Vacancies deleted')).toEqual(['0', expect.any(String), '2']);
    expect(await rowCells('Layers below the top post')).toEqual(['3', expect.any(String), '3']);
    expect((await rowCells('Span: median'))[0]).toBe('5.5');
    expect((await rowCells('Managers'))[0]).toBe('10');
    // Current and Option B: the team of 13 (over 12), and 6 and 4 ESOs where 1 for every 2 team leaders allows none.
    const breaches = await rowCells('Design rule breaches');
    expect([breaches[0], breaches[2]]).toEqual(['2', '2']);
    await expect.poll(() => page.getByRole('region', { name: 'Design rule breaches' }).textContent()).toContain('6 posts are "Executive Support Officer" for 1 "Executive Support Team Leader"');
    // A span chart per option, described in words.
    await expect.poll(() => page.getByRole('img', { name: /^Current: 10 managers; spans 2 with 2, 2 with 4, 1 with 5, 2 with 6, 1 with 8, 1 with 9, 1 with 13; 3 outside 3 to 12\.$/ }).count()).toBe(1);
    // The bar chart of cost and saving: one image, its figures in words; bars labelled in short amounts.
    const chart = page.getByRole('img', { name: /^Bar chart of the options\./ });
    expect(await chart.getAttribute('aria-label')).toContain(
      'Full-year cost, with on-costs: Current £2,265,948; Option A: hub model £2,072,964; Option B: hold vacancies £2,181,012. Full-year saving against Current: Option A: hub model £192,984; Option B: hold vacancies £84,936. Saving in 2026/27: Option A: hub model £96,492; Option B: hold vacancies £84,936.',
    );
    expect(await chart.locator('text').allTextContents()).toEqual(expect.arrayContaining(['£2.27m', '£2.18m', '£84.9k', '£193k', '2026/27', 'Saving in each financial year']));
  });

  it('lets the user leave a proposal out and change the order, from the keyboard', async () => {
    const { page } = app;
    const pick = page.getByRole('group', { name: 'Proposals in the table, in order' });
    await pick.getByRole('checkbox', { name: 'Option A: hub model' }).press('Space');
    await expect.poll(headers).toEqual(['Current', 'Option B: hold vacancies']);
    await pick.getByRole('button', { name: 'Move Option B: hold vacancies up' }).press('Enter');
    await pick.getByRole('checkbox', { name: 'Option A: hub model' }).check();
    await expect.poll(headers).toEqual(['Current', 'Option B: hold vacancies', 'Option A: hub model']);
    expect(await pick.getByRole('button', { name: 'Move Option B: hold vacancies up' }).isDisabled()).toBe(true);
    // The chart follows the order.
    expect(await page.getByRole('img', { name: /^Bar chart of the options\./ }).getAttribute('aria-label')).toContain('Current £2,265,948; Option B: hold vacancies £2,181,012; Option A: hub model £2,072,964.');
    expect(app.errors).toEqual([]);
  });

  it('puts the options appraisal in the consultation pack, with the proposals in the order chosen', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export', exact: true });
    await dialog.getByRole('radio', { name: 'Consultation pack' }).check();
    await dialog.getByRole('checkbox', { name: /^Options appraisal/ }).check();
    const out = path.join(tmp.dir, 'pack.pdf');
    await dialog.getByRole('textbox', { name: 'Save as' }).fill(out);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').filter({ hasText: 'Saved' }).count(), { timeout: 60_000 }).toBe(1);
    await dialog.getByRole('button', { name: 'Close' }).click();
    const pdf = await readPdf(out);
    expect(pdf.pages[0]!.text).toContain('Options appraisal');
    const table = pdf.pages.find((p) => p.text.includes('Layers below the top post'))!;
    // Option B was moved before Option A in Compare > Options.
    expect(table.text).toMatch(/Option B: hold\s+Option A:/);
    expect(table.text).toMatch(/Posts\s+60\s+58\s+55/);
  });

  it('marks managers outside the span range and posts breaking a rule on the chart, with a description', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Current' }).click();
    const tree = page.getByRole('tree', { name: 'Chart of Current' });
    await tree.waitFor();
    const bsm = tree.getByRole('treeitem', { name: /^Business Support Manager \(Adults and Health\), / });
    await bsm.waitFor();
    expect(await bsm.getAttribute('data-shape-mark')).toBeNull();
    await page.getByRole('checkbox', { name: 'Mark spans & rules' }).check();
    await expect.poll(() => bsm.getAttribute('aria-description')).toBe('Marked: span of 2 is under 3');
    expect(await bsm.locator('.card-shape').textContent()).toContain('Span 2');
    const head = tree.getByRole('treeitem', { name: /^Head of Business Support, / });
    expect(await head.getAttribute('aria-description')).toBeNull();
    await page.getByRole('checkbox', { name: 'Mark spans & rules' }).uncheck();
    await expect.poll(() => bsm.getAttribute('data-shape-mark')).toBeNull();
    expect(app.errors).toEqual([]);
  });
});
