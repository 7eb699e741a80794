// Changing the document's rates in the settings dialog changes every cost, and is stored and undoable.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocumentFile } from '../../electron/store/files';
import { launchApp, type AppHarness } from '../helpers/browser';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const file = path.join(tmp.dir, 'Rates.establish');
let app: AppHarness;

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

const summary = () => app.page.getByRole('status').filter({ hasText: 'a year' }).textContent();

describe('document settings', () => {
  it('recosts every post when the pension rate changes, and undoes it', async () => {
    const { page } = app;
    await page.getByRole('tree', { name: 'Chart of Current' }).waitFor();
    await expect.poll(summary).toContain('a year');
    const before = await summary();
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Document settings' });
    await dialog.getByRole('tab', { name: 'Employing organisations' }).click();
    const rate = dialog.getByRole('textbox', { name: 'Pension rate of Northshire County Council (%)' });
    await rate.fill('nineteen');
    await rate.press('Enter');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/percentage/);
    await rate.fill('25');
    await rate.press('Enter');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect.poll(summary).not.toBe(before);
    await page.locator('body').press('Control+z');
    await expect.poll(summary).toBe(before);
    await page.locator('body').press('Control+y');
    await expect.poll(summary).not.toBe(before);
  });

  it('applies a pay award to every grade in one step', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Document settings' });
    await dialog.getByRole('tab', { name: 'Grades and pay' }).click();
    await dialog.getByRole('textbox', { name: 'Award (%)' }).fill('4');
    await dialog.getByRole('textbox', { name: 'New pay year' }).fill('2026/27');
    await dialog.getByRole('button', { name: 'Apply award' }).click();
    await expect.poll(() => dialog.getByRole('group', { name: /Apply a pay award/ }).textContent()).toContain('2026/27');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('heading', { name: 'Establish' }).waitFor();
    const { store } = openDocumentFile(file);
    const info = store.info();
    store.close();
    expect(info.organisations[0]!.pensionRateBp).toBe(2500);
    expect(info.settings.payYear).toBe('2026/27');
    // SCP 2 was £24,413 in 2025/26.
    expect(info.grades.find((g) => g.code === 'HB')!.points[0]!.salaryPence).toBe(Math.round(24_413 * 1.04) * 100);
    expect(app.errors).toEqual([]);
  });
});
