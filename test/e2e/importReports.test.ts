// An adviser imports an HR export with the columns and mistakes real ones have, in a 1280x720
// window: the mapping offers a column per funding source and the choice of how salaries are read;
// the preview lists every column not imported, with how to import it, and the checks on pay.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppHarness } from '../helpers/browser';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const file = path.join(tmp.dir, 'Reports.establish');
const csv = path.join(tmp.dir, 'hr-export.csv');
const shots = process.env.ESTABLISH_SHOTS ?? tmp.dir;
let app: AppHarness;

beforeAll(async () => {
  fs.writeFileSync(
    csv,
    [
      'Post ref,Job title,Grade,Grade minimum,Grade maximum,FTE,Salary,Manager ref,Council funding %,Employing organisation,Postholder,Phone',
      'P1,Director,G9,60000,70000,1,65000,,100,CCC,Alice Able,0100',
      'P2,Officer (half time),G5,27000,30000,0.5,13750,P1,80,CCC,Bo Bee,',
      'P3,Officer,G5,27000,30000,1,35000,P1,,PCC,Cy Sea,',
      'P4,Clerk,G5,27000,30000,-1,28000,P1,,CCC,,',
    ].join('\r\n'),
  );
  const s = testSession(tmp.dir);
  await call(s, 'newDocument', { path: file });
  s.dispose();
  app = await launchApp({ openOnStart: file, viewport: { width: 1280, height: 720 } });
});

afterAll(async () => {
  await app?.close();
  tmp.cleanup();
});

describe('the import dialog reports what a real HR export holds', () => {
  it('maps a funding column and reads salaries pro rata as chosen, then lists columns not imported and the pay checks', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a structure' });
    await dialog.getByRole('textbox', { name: 'File path' }).fill(csv);
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('table', { name: 'Columns' }).waitFor();
    expect(await dialog.getByRole('combobox', { name: 'Funding: Council' }).inputValue()).toBe('8');
    expect(await dialog.getByRole('combobox', { name: 'Employing organisation' }).inputValue()).toBe('9');
    await dialog.getByRole('radio', { name: /^Pay for the row's FTE/ }).check();
    await dialog.getByRole('group', { name: 'The salaries in the file are' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'import-mapping-1280.png') });
    await dialog.getByRole('button', { name: 'Check and preview' }).click();

    const preview = page.getByRole('dialog', { name: 'Import: preview and validation report' });
    const columns = preview.getByRole('list', { name: 'Columns not imported' });
    await columns.waitFor();
    expect(await columns.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Column K "Postholder" holds people\'s names, which are personal data'),
      expect.stringContaining('Column L "Phone" was not imported: its heading is not one Establish recognises.'),
    ]);
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('2 columns are not imported (listed below, with how to import them)');
    expect(text).toContain('Funding sources to add: Council');
    expect(text).toContain('Organisations to add: CCC, PCC');
    expect(text).toContain('As you chose, salaries were read as pay for each row\'s FTE and converted to full-time salaries');
    expect(text).toContain('Row 5: FTE is negative (-1), so it was imported as 1 FTE.');
    await page.screenshot({ path: path.join(shots, 'import-reports-1280.png') });
    await preview.getByRole('button', { name: 'Accept and import' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    const s = app.bridge.sessions.values().next().value!;
    const p2 = s.requireDocument().db.prepare("SELECT salary_override_pence AS pence FROM posts WHERE ref = 'P2'").get();
    expect(p2).toEqual({ pence: 2_750_000 });
    expect(app.errors).toEqual([]);
  });
});
