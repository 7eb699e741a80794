// A user imports published organograms in the browser through File > Import: types the path,
// checks the mapping, watches the preview and report, cancels, accepts, undoes, and imports a
// later snapshot as a proposal. The file, reopened, holds exactly what was accepted.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocumentFile } from '../../electron/store/files';
import { launchApp, type AppHarness } from '../helpers/browser';
import { ORGANOGRAMS } from '../helpers/importer';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const file = path.join(tmp.dir, 'Organograms.establish');
let app: AppHarness;

function reopen() {
  const { store } = openDocumentFile(file);
  try {
    const info = store.info();
    return info.structures.map((s) => ({ name: s.name, posts: store.structure(s.id).posts }));
  } finally {
    store.close();
  }
}

beforeAll(async () => {
  const s = testSession(tmp.dir);
  await call(s, 'newDocument', { path: file });
  s.dispose();
  app = await launchApp({ openOnStart: file });
});

afterAll(async () => {
  await app?.close();
  tmp.cleanup();
});

async function openImport(filePath: string) {
  const { page } = app;
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a structure' });
  await dialog.getByRole('textbox', { name: 'File path' }).fill(filePath);
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('table', { name: 'Senior staff columns' }).waitFor();
  return dialog;
}

describe('importing from the File menu in the browser', () => {
  it('shows the mapping, then a preview with the validation report, and cancelling changes nothing', async () => {
    const { page } = app;
    await page.getByText('Current has no posts yet.', { exact: false }).waitFor();
    const dialog = await openImport(`${ORGANOGRAMS}/department_for_international_development-2011-03-31-senior.csv`);
    await expect.poll(() => dialog.textContent()).toContain('department_for_international_development-2011-03-31-junior.csv');
    expect(await dialog.getByRole('combobox', { name: 'Post Unique Reference (required)' }).inputValue()).toBe('0');
    // Names are personal data: not imported unless chosen.
    expect(await dialog.getByRole('combobox', { name: 'Postholder name' }).inputValue()).toBe('');
    await dialog.getByRole('button', { name: 'Check and preview' }).click();
    const preview = page.getByRole('dialog', { name: 'Import: preview and validation report' });
    await preview.getByRole('list', { name: 'Validation report' }).waitFor();
    const text = await preview.textContent();
    expect(text).toContain('348 posts (268 grouped posts, each standing for a number of posts), 1210.28 FTE');
    expect(text).toContain('Validation report: 1 error, 2 warnings');
    expect(text).toContain('Row 30: A6 "Director of West & Southern Africa" reports to itself');
    // Joint heads sit side by side: nothing is left under "Unplaced".
    expect(text).toContain('3 posts at the top of the structure, side by side');
    expect(text).not.toContain('Unplaced');
    // Every column not imported is listed on its own, with how to import it.
    expect(text).toContain('16 columns are not imported (listed below, with how to import them)');
    const columns = preview.getByRole('list', { name: 'Columns not imported' });
    expect(await columns.getByRole('listitem').count()).toBe(16);
    expect(await columns.textContent()).toContain('Column B "Name" was read only for "Vacant" and "Eliminated": the names in it are personal data, so they were not imported.');
    await page.screenshot({ path: path.join(process.env.ESTABLISH_SHOTS ?? tmp.dir, 'import-preview.png') });
    await preview.getByRole('heading', { name: 'Columns not imported' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(process.env.ESTABLISH_SHOTS ?? tmp.dir, 'import-columns.png') });
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(reopenCount()).toBe(0);
  });

  it('accepts the import as one undoable step, with its three top posts side by side', async () => {
    const { page } = app;
    const dialog = await openImport(`${ORGANOGRAMS}/department_for_international_development-2011-03-31-senior.csv`);
    await dialog.getByRole('button', { name: 'Check and preview' }).click();
    const preview = page.getByRole('dialog', { name: 'Import: preview and validation report' });
    await preview.getByRole('button', { name: 'Accept and import' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'posts ·' }).textContent()).toContain('348 posts · 1210.28 FTE');
    await page.screenshot({ path: path.join(process.env.ESTABLISH_SHOTS ?? tmp.dir, 'import-accepted.png') });
    await page.getByRole('button', { name: 'Table' }).click();
    expect(reopenCount()).toBe(348);
    await page.getByRole('button', { name: /^Undo Import department_for_international_development-2011-03-31-senior.csv/ }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(0);
  });

  it('imports one Audit Commission snapshot as Current and the next as a new proposal, with progress and keyboard only', async () => {
    const { page } = app;
    let dialog = await openImport(`${ORGANOGRAMS}/audit_commission-2011-03-31-senior.csv`);
    await dialog.getByRole('button', { name: 'Check and preview' }).click();
    await page.getByRole('button', { name: 'Accept and import' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'posts ·' }).textContent()).toContain('191 posts');

    dialog = await openImport(`${ORGANOGRAMS}/audit_commission-2011-09-30-senior.csv`);
    await dialog.getByRole('radio', { name: 'A new proposal' }).check();
    const name = dialog.getByRole('textbox', { name: 'Name of the new proposal' });
    await name.fill('September 2011');
    await dialog.getByRole('button', { name: 'Check and preview' }).focus();
    await page.keyboard.press('Enter');
    const preview = page.getByRole('dialog', { name: 'Import: preview and validation report' });
    await expect.poll(() => preview.textContent()).toContain('Matched with Current: 21 by post reference, 106 grouped posts');
    expect(await preview.textContent()).toContain('Row 2: 58442 "Director Housing, Sustainability and Economic Development" is marked "Eliminated"');
    await preview.getByRole('button', { name: 'Accept and import' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: /September 2011/, selected: true }).waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'posts ·' }).textContent()).toContain('135 posts');
    expect(app.errors).toEqual([]);
  });

  it('has stored both structures in the file, matched by lineage', async () => {
    await app.page.getByRole('button', { name: 'Close' }).click();
    await app.page.getByRole('heading', { name: 'Establish' }).waitFor();
    const [current, proposal] = reopen();
    expect(current!.posts).toHaveLength(191);
    expect(proposal!.name).toBe('September 2011');
    expect(proposal!.posts).toHaveLength(135);
    const lineages = new Set(current!.posts.map((p) => p.lineageId));
    expect(proposal!.posts.filter((p) => lineages.has(p.lineageId))).toHaveLength(127);
  });
});

function reopenCount(): number {
  // The bridge holds the document open; read the committed file through a second read-only look.
  const s = app.bridge.sessions.values().next().value!;
  const doc = s.requireDocument();
  const current = doc.info().structures.find((x) => x.kind === 'current')!;
  return doc.structure(current.id).posts.length;
}
