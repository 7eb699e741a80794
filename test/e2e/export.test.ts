// A user exports from the sample document in the browser through File > Export: sees the first
// page, saves the chart as PDF (without names, then with them when asked), the staffing schedule as
// a workbook from the keyboard, is refused an existing file and replaces it, and cancels a long
// export of a 10,000-post structure. Every file is read back.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCostContext, structureTotals } from '../../shared/costing/postCost';
import { compareStructures } from '../../shared/compare/compare';
import { formatPoundsPlain } from '../../shared/model/money';
import type { DocumentInfo, StructureData } from '../../shared/model/types';
import { createBigDocument } from '../helpers/bigStructure';
import { launchApp, type AppHarness } from '../helpers/browser';
import { pageSize, readPdf } from '../helpers/pdf';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir('establish-export-e2e-');
const sample = path.join(tmp.dir, 'Business Support review.establish');
const big = path.join(tmp.dir, 'Big.establish');
const out = path.join(tmp.dir, 'out');
const shots = process.env.ESTABLISH_SHOTS ?? tmp.dir;
let app: AppHarness;
let info: DocumentInfo;
let current: StructureData;
let holders: string[];
/** The full-year saving of the sample's proposal, as the compare engine has it. */
let sampleSaving: number;

const pdfText = async (file: string) => (await readPdf(file)).text;
/** The size of each page of a PDF, "width x height" in points. */
const pageSizes = async (file: string) => (await readPdf(file)).pages.map(pageSize);

beforeAll(async () => {
  fs.mkdirSync(out);
  const s = testSession(tmp.dir);
  info = await call(s, 'newDocument', { path: sample, sample: true });
  current = await call(s, 'getStructure', { structureId: info.structures[0]!.id });
  const proposal = await call(s, 'getStructure', { structureId: info.structures.find((x) => x.kind === 'proposal')!.id });
  sampleSaving = compareStructures(info, current, proposal).cost.savingPence;
  s.dispose();
  holders = current.posts.flatMap((p) => p.postholders.map((h) => h.name)).filter((n) => n.trim() !== '');
  createBigDocument(big, 10_000).close();
  app = await launchApp({ openOnStart: sample });
});
afterAll(async () => {
  await app?.close();
  tmp.cleanup();
});

const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export', exact: true });

async function openFromToolbar(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = exportDialog(page);
  await dialog.waitFor();
  return dialog;
}

/** The preview's image once it has loaded, with its drawn size. */
async function previewImage(dialog: Locator) {
  const img = dialog.getByRole('img', { name: /^First page of the export/ });
  await img.waitFor();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  return img.evaluate((el: HTMLImageElement) => ({ src: el.src, naturalWidth: el.naturalWidth, naturalHeight: el.naturalHeight, shown: el.getBoundingClientRect().width }));
}

async function saveAs(dialog: Locator, file: string) {
  await dialog.getByRole('textbox', { name: 'Save as' }).fill(file);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
}

const savedMessage = (dialog: Locator) => dialog.getByRole('status').filter({ hasText: 'Saved' });

describe('exporting from the browser', () => {
  it('opens from the toolbar with the current chart chosen, names left out, and a preview of the first page', async () => {
    const { page } = app;
    await page.getByRole('tree', { name: 'Chart of Current' }).waitFor();
    const dialog = await openFromToolbar(page);
    expect(await dialog.getByRole('radio', { name: 'Chart' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('combobox', { name: 'Structure' }).inputValue()).toBe(current.structure.id);
    const names = dialog.getByRole('checkbox', { name: 'Postholder names' });
    expect(await names.isChecked()).toBe(false);
    expect(await names.getAttribute('aria-describedby')).toBeTruthy();
    expect(await dialog.textContent()).toContain('Names are personal data');
    // The folder of the document, and a name that says what the file holds.
    expect(await dialog.getByRole('textbox', { name: 'Save as' }).inputValue()).toBe(path.join(tmp.dir, 'Business Support Service review - Current chart.pdf'));

    const first = await previewImage(dialog);
    // A4 landscape at the preview's 72 dpi.
    expect(first.naturalWidth).toBe(842);
    expect(first.naturalHeight).toBe(595);
    expect(first.shown).toBeGreaterThan(200);
    await expect.poll(() => dialog.getByRole('region', { name: 'Preview of the first page' }).textContent()).toMatch(/\d+ pages?/);

    await names.check();
    expect(await dialog.getByRole('textbox', { name: 'Save as' }).inputValue()).toMatch(/Current chart with names\.pdf$/);
    await names.uncheck();
    await dialog.getByRole('radio', { name: 'Portrait' }).check();
    await expect.poll(async () => (await previewImage(dialog)).naturalHeight).toBe(842);
    await page.screenshot({ path: path.join(shots, 'export-options.png') });
    await dialog.getByRole('radio', { name: 'Landscape' }).check();
  });

  it('saves the chart as an A4 PDF without postholder names, then as A3 with them when the box is ticked', async () => {
    const { page } = app;
    const dialog = exportDialog(page);
    const file = path.join(out, 'chart.pdf');
    await saveAs(dialog, file);
    await expect.poll(() => savedMessage(dialog).textContent()).toBe(`Saved “chart.pdf” in ${out}.`);
    expect(new Set(await pageSizes(file))).toEqual(new Set(['841.89 x 595.28']));
    let text = await pdfText(file);
    expect(text).toContain('Current structure');
    expect(text).toContain('Head of Business Support');
    expect(holders.length).toBeGreaterThan(10);
    for (const name of holders) expect(text).not.toContain(name);

    await dialog.getByRole('checkbox', { name: 'Postholder names' }).check();
    await dialog.getByRole('radio', { name: 'A3' }).check();
    const named = path.join(out, 'chart with names.pdf');
    await saveAs(dialog, named);
    await expect.poll(() => savedMessage(dialog).textContent()).toContain('chart with names.pdf');
    expect(new Set(await pageSizes(named))).toEqual(new Set(['1190.55 x 841.89']));
    text = await pdfText(named);
    const head = current.posts.find((p) => p.managerId === null)!;
    expect(text).toContain(head.postholders[0]!.name);
  });

  it('refuses to replace a file that exists, and replaces it when asked; a missing folder is pointed out', async () => {
    const { page } = app;
    const dialog = exportDialog(page);
    const file = path.join(out, 'chart.pdf');
    const before = fs.statSync(file);
    await saveAs(dialog, file);
    const exists = dialog.getByRole('alert').filter({ hasText: 'already exists' });
    await expect.poll(() => exists.textContent()).toContain(`“chart.pdf” already exists in ${out}.`);
    await page.screenshot({ path: path.join(shots, 'export-exists.png') });
    expect(fs.statSync(file).mtimeMs).toBe(before.mtimeMs);
    await exists.getByRole('button', { name: 'Replace it' }).click();
    await expect.poll(() => savedMessage(dialog).textContent()).toBe(`Saved “chart.pdf” in ${out}.`);
    // The names box was still ticked: the replaced file now names postholders.
    expect(await pdfText(file)).toContain(current.posts.find((p) => p.managerId === null)!.postholders[0]!.name);

    const nowhere = path.join(tmp.dir, 'no such folder', 'chart.pdf');
    await saveAs(dialog, nowhere);
    const pathBox = dialog.getByRole('textbox', { name: 'Save as' });
    await expect.poll(() => pathBox.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.getByRole('alert').textContent()).toContain('does not exist. Choose another place to save.');
    await expect.poll(() => pathBox.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.screenshot({ path: path.join(shots, 'export-error.png') });
    expect(fs.existsSync(path.dirname(nowhere))).toBe(false);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('saves the staffing schedule as a workbook from the keyboard alone, its total equal to the cost the app shows', async () => {
    const { page } = app;
    const summary = await page.getByRole('status').filter({ hasText: 'a year' }).textContent();
    const shown = Number(/£([\d,]+) a year/.exec(summary!)![1]!.replace(/,/g, ''));
    await page.locator('body').press('Control+e');
    const dialog = exportDialog(page);
    await dialog.waitFor();
    // Focus starts on the first choice and stays inside the dialog however far you tab.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
    const inDialog = () => page.evaluate(() => !!document.activeElement?.closest('dialog'));
    for (let i = 0; i < 24; i++) {
      await page.keyboard.press('Tab');
      expect(await inDialog()).toBe(true);
    }
    await dialog.getByRole('radio', { name: 'Chart' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await dialog.getByRole('radio', { name: 'Staffing schedule' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('combobox', { name: 'Format' }).inputValue()).toBe('xlsx');
    // Tab on to the file's path, and type it.
    const pathBox = dialog.getByRole('textbox', { name: 'Save as' });
    for (let i = 0; i < 12 && !(await pathBox.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await pathBox.evaluate((el) => el === document.activeElement)).toBe(true);
    const file = path.join(out, 'staffing.xlsx');
    await page.keyboard.press('Control+a');
    await page.keyboard.type(file);
    await page.keyboard.press('Enter');
    await expect.poll(() => savedMessage(dialog).textContent()).toBe(`Saved “staffing.xlsx” in ${out}.`);
    // Focus moves to Close: Enter closes the dialog.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    let header = 0;
    let total = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === 'Post') header = n;
      if (row.getCell(1).value === 'Total') total = n;
    });
    expect(header).toBeGreaterThan(0);
    expect(total).toBeGreaterThan(header);
    const headers = (ws.getRow(header).values as unknown[]).map(String);
    const cell = ws.getRow(total).getCell(headers.indexOf('Total cost (£)')).value as { result?: number } | number;
    const pounds = typeof cell === 'number' ? cell : cell.result!;
    expect(Math.round(pounds)).toBe(shown);
    expect(pounds).toBeCloseTo(structureTotals(current.posts, buildCostContext(info)).costPence / 100, 6);
  });

  it('makes the consultation pack of the sample proposal as one PDF: contents, both charts, the schedules and the saving the compare view shows', async () => {
    const { page } = app;
    const dialog = await openFromToolbar(page);
    await dialog.getByRole('radio', { name: 'Consultation pack' }).check();
    const option = info.structures.find((x) => x.kind === 'proposal')!;
    expect(await dialog.getByRole('combobox', { name: /^To/ }).locator('option:checked').textContent()).toBe(option.name);
    await previewImage(dialog);
    const file = path.join(out, 'pack.pdf');
    await saveAs(dialog, file);
    await expect.poll(() => savedMessage(dialog).textContent(), { timeout: 60_000 }).toBe(`Saved “pack.pdf” in ${out}.`);
    await dialog.getByRole('button', { name: 'Close' }).click();
    const text = await pdfText(file);
    for (const heading of ['Contents', 'Current structure', `Proposed structure: ${option.name}`, 'Changes schedule', 'People affected', `Staffing schedule: ${option.name}`, 'Cost summary', 'Effect by financial year'])
      expect(text).toContain(heading);
    for (const name of holders) expect(text).not.toContain(name);
    expect(sampleSaving).toBeGreaterThan(0);
    expect(text).toContain(formatPoundsPlain(-sampleSaving));
  });

  it('shows the progress of a long export of a 10,000-post structure, and Cancel stops it leaving no file', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const open = page.getByRole('dialog', { name: 'Open a document' });
    await open.getByRole('textbox', { name: 'File path' }).fill(big);
    await open.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByRole('tree', { name: 'Chart of Current' }).waitFor();
    const dialog = await openFromToolbar(page);
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('png');
    await dialog.getByRole('combobox', { name: 'Resolution' }).selectOption('150');
    await dialog.getByRole('radio', { name: 'A3' }).check();
    await dialog.getByRole('radio', { name: 'Portrait' }).check();
    await expect.poll(() => dialog.getByRole('region', { name: 'Preview of the first page' }).textContent(), { timeout: 20_000 }).toMatch(/\d+ pages, saved as [\d,]+ files, one per page/);
    const pages = Number(/(\d+) pages, saved/.exec((await dialog.getByRole('region', { name: 'Preview of the first page' }).textContent())!)![1]);
    // Far more pages than the few drawn while the test looks and cancels.
    expect(pages).toBeGreaterThan(100);
    const file = path.join(out, 'big.png');
    await saveAs(dialog, file);
    // Each step here waits for a page to be drawn (the bridge runs in this process), so few steps
    // come between the start and the cancel.
    const stage = dialog.getByRole('status').filter({ hasText: 'Drawing page' });
    await expect.poll(() => stage.textContent(), { timeout: 30_000 }).toMatch(new RegExp(`^Drawing page \\d+ of ${pages} · \\d+%$`));
    await page.screenshot({ path: path.join(shots, 'export-running.png') });
    await dialog.getByRole('button', { name: 'Cancel export' }).click();
    await expect.poll(() => dialog.getByRole('status').filter({ hasText: 'cancelled' }).textContent(), { timeout: 30_000 }).toBe('Export cancelled. Nothing was saved.');
    const left = () => fs.readdirSync(out).filter((f) => f.startsWith('big') || f.includes('.tmp'));
    expect(left()).toEqual([]);

    // Escape cancels a running export too, and a second Escape closes the dialog.
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const bar = dialog.getByRole('progressbar', { name: 'Export progress' });
    await expect.poll(() => bar.evaluate((el: HTMLProgressElement) => el.value), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await dialog.getByRole('button', { name: 'Exporting…' }).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.getByRole('status').filter({ hasText: 'cancelled' }).count(), { timeout: 30_000 }).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(left()).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
