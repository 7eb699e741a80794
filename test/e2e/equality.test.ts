// A user sets the equality categories in Settings, enters a postholder's profile in the inspector,
// reads the people at risk against the workforce in Compare > People with small groups hidden, and
// puts the profile in the consultation pack only by choosing it.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, showTableView, type AppHarness } from '../helpers/browser';
import { readPdf } from '../helpers/pdf';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir('establish-equality-e2e-');
const file = path.join(tmp.dir, 'Equality.establish');
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

describe('the equality profile', () => {
  it('takes the categories in Settings, refusing a repeated one', async () => {
    const { page } = app;
    await page.getByRole('tree', { name: 'Chart of Current' }).waitFor();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Document settings' });
    await dialog.getByRole('tab', { name: 'Equality profile' }).click();
    const sex = dialog.getByRole('textbox', { name: 'Categories of Sex, one a line' });
    await sex.fill('Female\nfemale');
    await sex.blur();
    await expect.poll(() => dialog.getByRole('alert').first().textContent()).toContain('A category appears twice.');
    await sex.fill('Female\nMale\nPrefer not to say');
    await sex.blur();
    await expect.poll(() => sex.getAttribute('aria-invalid')).toBeNull();
    await dialog.getByRole('button', { name: 'Done' }).click();
  });

  it('is entered per postholder in the inspector', async () => {
    const { page } = app;
    await showTableView(page);
    await page.getByRole('searchbox', { name: 'Filter posts' }).fill('BS1002');
    await page.getByRole('row', { name: /BS1002/ }).click();
    const details = page.locator('details.person-details', { hasText: 'Equality profile' }).first();
    await details.locator('summary').click();
    const sex = page.getByRole('combobox', { name: 'Postholder 1 sex' });
    expect(await sex.locator('option').allTextContents()).toEqual(['Not recorded', 'Female', 'Male', 'Prefer not to say']);
    await sex.selectOption('Female');
    await page.getByRole('combobox', { name: 'Postholder 1 working pattern' }).selectOption('Part time');
    await expect.poll(() => page.getByRole('combobox', { name: 'Postholder 1 sex' }).inputValue()).toBe('Female');
    // Both choices kept, though the second was made before the first was stored.
    await expect.poll(() => page.getByRole('combobox', { name: 'Postholder 1 working pattern' }).inputValue()).toBe('Part time');
    expect(await page.getByRole('combobox', { name: 'Postholder 1 sex' }).inputValue()).toBe('Female');
  });

  it('sets the people at risk against the workforce in Compare > People, groups under 5 hidden', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('tab', { name: 'People' }).click();
    const region = page.getByRole('region', { name: 'Equality profile' });
    await expect.poll(() => region.textContent()).toContain('People at risk (5) against everyone in Current (53)');
    const rows = await region.getByRole('row').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent)));
    const sexAt = rows.findIndex((r) => r[0] === 'Sex');
    // One woman of 53, so fewer than 5; the 52 not recorded withheld, or they would give her away.
    // At risk, 1 woman and 4 not recorded: both fewer than 5.
    expect(rows.slice(sexAt + 1, sexAt + 5)).toEqual([
      ['Female', 'fewer than 5', 'fewer than 5'],
      ['Male', '0', '0'],
      ['Prefer not to say', '0', '0'],
      ['Not recorded', 'withheld', 'fewer than 5'],
    ]);
  });

  it('is in the consultation pack only when chosen', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export', exact: true });
    await dialog.getByRole('radio', { name: 'Consultation pack' }).check();
    const choice = dialog.getByRole('checkbox', { name: /^Equality profile/ });
    expect(await choice.isChecked()).toBe(false);
    await choice.check();
    const out = path.join(tmp.dir, 'pack.pdf');
    await dialog.getByRole('textbox', { name: 'Save as' }).fill(out);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').filter({ hasText: 'Saved' }).count(), { timeout: 60_000 }).toBe(1);
    await dialog.getByRole('button', { name: 'Close' }).click();
    const pdf = await readPdf(out);
    expect(pdf.pages[0]!.text).toContain('Equality profile');
    expect(pdf.text).toMatch(/Female\s+fewer than 5\s+fewer than 5/);
    expect(app.errors).toEqual([]);
  });
});
