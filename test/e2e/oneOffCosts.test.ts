// A user enters the details of two people at risk in the inspector and finds the one-off costs and
// payback period in the cost summary, the consultation pack and `establish diff --json`; the
// pack prints totals only, never a person's age or pay.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { launchApp, showTableView, type AppHarness } from '../helpers/browser';
import { readPdf } from '../helpers/pdf';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir('establish-oneoff-e2e-');
const file = path.join(tmp.dir, 'One-off costs.establish');
const out = path.join(tmp.dir, 'out');
let app: AppHarness;
let holders: string[];

beforeAll(async () => {
  fs.mkdirSync(out);
  const s = testSession(tmp.dir);
  const info = await call(s, 'newDocument', { path: file, sample: true });
  const current = await call(s, 'getStructure', { structureId: info.structures[0]!.id });
  holders = current.posts.flatMap((p) => p.postholders.map((h) => h.name)).filter((n) => n.trim() !== '');
  s.dispose();
  app = await launchApp({ openOnStart: file });
});
afterAll(async () => {
  await app?.close();
  tmp.cleanup();
});

async function cli(...args: string[]) {
  const lines: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => lines.push(t), err: (t) => err.push(t) }, tmp.dir);
  return { code, out: lines.join('\n'), err: err.join('\n') };
}

async function enter(page: Page, label: string, value: string) {
  const box = page.getByRole('textbox', { name: label });
  await box.fill(value);
  await box.press('Enter');
  await expect.poll(() => box.getAttribute('aria-invalid')).toBeNull();
}

async function choosePost(page: Page, ref: string): Promise<Locator> {
  // The table draws the rows in view: the filter brings the post to the top.
  await page.getByRole('searchbox', { name: 'Filter posts' }).fill(ref);
  await page.getByRole('row', { name: new RegExp(ref) }).click();
  await expect.poll(() => page.getByRole('textbox', { name: 'Post reference' }).inputValue()).toBe(ref);
  const details = page.locator('details.person-details').first();
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details;
}

// Personal Assistant (BS1002), deleted: aged 50 with 10 years' service at £800 a week. Statutory
// weeks: years at 49..41 = 9 x 1.5 = 13.5, at 40 = 1: 14.5 weeks; pay capped at £719: £10,425.50.
// Pension strain £200,000. Data Entry Officer (BS1048), deleted: redundancy pay entered, £3,000.
// One-off: £13,425.50 + £200,000 = £213,425.50. The sample's full-year saving is £192,984:
// £213,425.50 / £192,984 = 1.106 -> 1.1 years.
describe('one-off costs entered in the window', () => {
  it('takes each person’s details in the inspector of the current structure', async () => {
    const { page } = app;
    await page.getByRole('tree', { name: 'Chart of Current' }).waitFor();
    await showTableView(page);
    await choosePost(page, 'BS1002');
    await enter(page, 'Postholder 1 age', '50');
    await enter(page, 'Postholder 1 years of continuous service', '10');
    await enter(page, 'Postholder 1 week’s pay (£, gross)', '800');
    await enter(page, 'Postholder 1 pension strain (£, from the pension fund)', '200,000');
    // A value that is not one is refused where it was typed.
    const service = page.getByRole('textbox', { name: 'Postholder 1 years of continuous service' });
    await service.fill('ten');
    await service.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Enter whole years from 0 to 80');
    await service.fill('10');
    await service.press('Enter');
    await choosePost(page, 'BS1048');
    await enter(page, 'Postholder 1 redundancy pay (£, instead of the estimate)', '3000');
    // Back on the first post, every value is still there.
    await choosePost(page, 'BS1002');
    for (const [label, value] of [['age', '50'], ['years of continuous service', '10'], ['week’s pay (£, gross)', '800.00'], ['pension strain (£, from the pension fund)', '200,000.00']])
      await expect.poll(() => page.getByRole('textbox', { name: `Postholder 1 ${label}` }).inputValue()).toBe(value);
  });

  it('shows the one-off costs and the payback period in the cost summary', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('tab', { name: 'Cost summary' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Full-year saving/ }).textContent()).toBe('£192,984');
    await expect.poll(() => page.getByTestId('one-off-redundancy').textContent()).toBe('£13,426');
    expect(await page.getByTestId('one-off-strain').textContent()).toBe('£200,000');
    expect(await page.getByTestId('one-off-total').textContent()).toBe('£213,426');
    // Three more people at risk have no figures: the total is incomplete, so the payback period is
    // at least what it gives, and the summary says why.
    expect(await page.getByTestId('payback').textContent()).toBe('at least 1.1 years on a full-year saving of £192,984');
    expect(await page.getByRole('region', { name: 'One-off costs' }).textContent()).toContain('3 of the 5 people at risk have no redundancy figure');
  });

  it('prints them in the consultation pack’s cost summary, without anyone’s age or pay', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export', exact: true });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'Consultation pack' }).check();
    const pack = path.join(out, 'pack.pdf');
    await dialog.getByRole('textbox', { name: 'Save as' }).fill(pack);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').filter({ hasText: 'Saved' }).textContent(), { timeout: 60_000 }).toBe(`Saved “pack.pdf” in ${out}.`);
    await dialog.getByRole('button', { name: 'Close' }).click();
    const text = (await readPdf(pack)).text.replace(/\s+/g, ' ');
    expect(text).toContain('One-off costs of the people at risk (£)');
    expect(text).toMatch(/Redundancy pay 13,426/);
    expect(text).toMatch(/Pension strain 200,000/);
    expect(text).toMatch(/One-off costs, total 213,426/);
    expect(text).toMatch(/Payback period \(years\) at least 1\.1/);
    expect(text).toContain('One-off costs: redundancy £13,426, pension strain £200,000, total £213,426; payback period at least 1.1 years.');
    for (const name of holders) expect(text).not.toContain(name);
    expect(text).not.toMatch(/800\.00|aged 50/);
  });

  it('follows the Redundancy settings: a multiplier of 1.5 raises the estimate, not the amount entered', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Document settings' });
    await dialog.getByRole('tab', { name: 'Redundancy' }).click();
    await enter(page, 'Discretionary multiplier of statutory weeks', '1.5');
    await dialog.getByRole('button', { name: 'Done' }).click();
    // 14.5 weeks x £719 x 1.5 = £15,638.25, plus the £3,000 entered: £18,638.25; with the strain £218,638.25.
    await expect.poll(() => page.getByTestId('one-off-redundancy').textContent()).toBe('£18,638');
    expect(await page.getByTestId('one-off-total').textContent()).toBe('£218,638');
    // £218,638.25 / £192,984 = 1.133 -> 1.1 years.
    expect(await page.getByTestId('payback').textContent()).toBe('at least 1.1 years on a full-year saving of £192,984');
    expect(app.errors).toEqual([]);
  });

  it('gives the same figures in establish diff --json, in pence, once the window has closed the file', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(async () => (await cli('info', file)).code, { timeout: 10_000 }).toBe(0);
    const diff = async () => {
      const r = await cli('diff', file, '--to', 'Option A: hub model', '--json');
      expect(r.code, r.err).toBe(0);
      expect(r.out).not.toMatch(/"age"|weeklyPay|serviceYears/);
      return JSON.parse(r.out);
    };
    let j = await diff();
    expect(j.cost.saving).toBe(19_298_400);
    expect(j.oneOff).toEqual({ redundancy: 1_863_825, pensionStrain: 20_000_000, total: 21_863_825 });
    expect(j.paybackYears).toBe(1.1);
    // Back to statutory pay from the command line: £10,425.50 + £3,000 + £200,000 = £213,425.50.
    expect((await cli('settings', file, '--set', 'redundancyMultiplier=1')).code).toBe(0);
    j = await diff();
    expect(j.oneOff).toEqual({ redundancy: 1_342_550, pensionStrain: 20_000_000, total: 21_342_550 });
    // £213,425.50 / £192,984 = 1.106 -> 1.1 years.
    expect(j.paybackYears).toBe(1.1);
  });
});
