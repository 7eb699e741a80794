// The people affected by the sample proposal, in Compare > People: one row per person, named only
// while names are shown, the selection pool, and the schedule exported to Excel without names
// unless they are chosen.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppHarness } from '../helpers/browser';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir('establish-people-e2e-');
const file = path.join(tmp.dir, 'Sample.establish');
const out = path.join(tmp.dir, 'out');
let app: AppHarness;
let page: Page;
let names: string[];

beforeAll(async () => {
  fs.mkdirSync(out);
  const s = testSession(tmp.dir);
  const info = await call(s, 'newDocument', { path: file, sample: true });
  const current = await call(s, 'getStructure', { structureId: info.structures[0]!.id });
  names = current.posts.flatMap((p) => p.postholders.map((h) => h.name)).filter((n) => n.trim() !== '');
  s.dispose();
  app = await launchApp({ openOnStart: file, viewport: { width: 1366, height: 768 } });
  page = app.page;
});

afterAll(async () => {
  await app?.close();
  tmp.cleanup();
});

const table = () => page.getByRole('table', { name: 'People affected' });
const personCells = async () => table().locator('tbody th').allTextContents();

async function readSheet(xlsx: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

async function exportPeople(dialog: Locator, target: string): Promise<void> {
  await dialog.getByRole('textbox', { name: 'Save as' }).fill(target);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect.poll(() => dialog.getByRole('status').filter({ hasText: 'Saved' }).textContent(), { timeout: 30_000 }).toBe(`Saved “${path.basename(target)}” in ${out}.`);
  await dialog.getByRole('button', { name: 'Close' }).click();
}

describe('the people affected', () => {
  it('lists one row per person with what happens to them, named while names are shown', async () => {
    await page.getByRole('tree', { name: 'Chart of Current' }).waitFor();
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('tab', { name: 'People' }).click();
    await table().waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'affected' }).textContent()).toBe(
      '11 people affected: 5 at risk (2 of them ring-fenced in selection pools), 2 slotted in, 4 keeping their post with a change.',
    );
    const rows = table().locator('tbody tr');
    expect(await rows.count()).toBe(11);
    expect(await personCells()).toContain('Megan Hughes');
    const megan = rows.filter({ has: page.getByRole('rowheader', { name: 'Megan Hughes' }) });
    expect(await megan.textContent()).toContain('Ring-fenced with 1 other for Business Support Team Leader (Children and Education) (BS1029): 2 people for 1 post');
    expect(await megan.textContent()).toContain('Pool 1');
    const pools = page.getByRole('region', { name: 'Selection pools' });
    expect(await pools.textContent()).toContain('Pool 1: 2 people for 1 post');
    // The same five at risk as the cost summary says.
    await page.getByRole('tab', { name: 'Cost summary' }).click();
    expect(await page.getByRole('button', { name: /^People at risk/ }).textContent()).toBe('5');
    await page.getByRole('tab', { name: 'People' }).click();
  });

  it('lists each person by the post they hold once names are hidden', async () => {
    await page.getByRole('checkbox', { name: 'Show names' }).uncheck();
    const cells = await personCells();
    expect(cells).toHaveLength(11);
    for (const n of names) expect(cells.join('|')).not.toContain(n);
    expect(cells).toContain('Postholder of BS1002');
    expect(await table().textContent()).not.toContain('Imran Qureshi');
  });

  it('exports the people schedule to Excel without names, and with them when chosen', async () => {
    await page.getByRole('button', { name: 'Export people schedule…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export', exact: true });
    await dialog.waitFor();
    expect(await dialog.getByRole('radio', { name: 'People affected' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('combobox', { name: 'Format' }).inputValue()).toBe('xlsx');
    expect(await dialog.getByRole('checkbox', { name: 'Postholder names' }).isChecked()).toBe(false);
    const plain = path.join(out, 'people.xlsx');
    await exportPeople(dialog, plain);
    const sheet = await readSheet(plain);
    const flat = sheet.map((r) => r.join('|')).join('\n');
    for (const n of names) expect(flat).not.toContain(n);
    expect(flat).toContain('Person (by post held)');
    expect(flat).toContain('At risk: 3 people');
    expect(flat).toContain('Pool 1: 2 people for 1 post');
    expect(flat).not.toContain('Amount');

    await page.getByRole('button', { name: 'Export people schedule…' }).click();
    await dialog.waitFor();
    await dialog.getByRole('checkbox', { name: 'Postholder names' }).check();
    const named = path.join(out, 'people with names.xlsx');
    await exportPeople(dialog, named);
    const withNames = (await readSheet(named)).map((r) => r.join('|')).join('\n');
    expect(withNames).toContain('Megan Hughes');
    expect(withNames).toContain('Imran Qureshi');
    expect(app.errors).toEqual([]);
  });
});
