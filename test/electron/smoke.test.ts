// The real Electron shell, once: it starts, makes a document from the sample through the native save
// dialog, makes a proposal from Current, exports the consultation pack of that proposal as a PDF and
// closes. The PDF and the document are then read back. Release builds run it against the packaged app
// (ESTABLISH_APP); elsewhere it runs this checkout in Electron, and skips, saying why, where Electron
// cannot start.
import fs from 'node:fs';
import path from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocumentFile } from '../../electron/store/files';
import { readPdf } from '../helpers/pdf';
import { makeTempDir } from '../helpers/tempDir';
import { launchTarget, type LaunchTarget } from './launchTarget';

const tmp = makeTempDir('establish-electron-');
const documentFile = path.join(tmp.dir, 'Business Support review.establish');
const packFile = path.join(tmp.dir, 'pack.pdf');
let launch: LaunchTarget;
let app: ElectronApplication | null = null;

beforeAll(async () => {
  launch = await launchTarget();
  if (launch.target) console.log(`Electron smoke test: ${launch.target.description}.`);
  else console.warn(`Electron smoke test skipped: ${launch.skip}.`);
});
afterAll(async () => {
  await app?.close();
  tmp.cleanup();
});

describe('the Electron app', () => {
  it('makes a document from the sample, a proposal, and the proposal’s consultation pack as a PDF', async (ctx) => {
    if (!launch.target) return ctx.skip(launch.skip);
    const { target } = launch;
    // Settings and the recent-files list go to a folder of the test's own, not the user's.
    const profile = path.join(tmp.dir, 'profile');
    fs.mkdirSync(profile);
    const env: Record<string, string | undefined> = { ...process.env, ...target.env, XDG_CONFIG_HOME: profile, APPDATA: profile };
    // It starts on the start screen, with no document named to open.
    delete env.ESTABLISH_OPEN;
    app = await _electron.launch({ executablePath: target.executablePath, args: target.args, env: env as Record<string, string>, timeout: 120_000 });
    // The native save dialog answers with the test's files: the document, then the PDF.
    await app.evaluate(({ dialog }, files) => {
      dialog.showSaveDialog = (async (...args: unknown[]) => {
        const options = args[args.length - 1] as { filters?: { extensions: string[] }[] };
        const pdf = options.filters?.some((f) => f.extensions.includes('pdf')) ?? false;
        return { canceled: false, filePath: pdf ? files.pdf : files.doc };
      }) as typeof dialog.showSaveDialog;
    }, { doc: documentFile, pdf: packFile });

    const page = await app.firstWindow();
    await page.getByRole('button', { name: 'New from the sample…' }).click();
    await page.getByRole('tree', { name: 'Chart of Current' }).waitFor({ timeout: 60_000 });
    expect(fs.existsSync(documentFile)).toBe(true);

    // The sample has one proposal already, so the new one is the second.
    await page.getByRole('button', { name: 'New proposal from Current' }).click();
    await page.getByRole('tab', { name: /^Proposal 2/, selected: true }).waitFor();
    await page.getByRole('tree', { name: 'Chart of Proposal 2' }).waitFor();

    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export', exact: true });
    await dialog.getByRole('radio', { name: 'Consultation pack' }).check();
    await dialog.getByRole('combobox', { name: /^To/ }).selectOption({ label: 'Proposal 2' });
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect
      .poll(() => dialog.getByRole('status').filter({ hasText: 'Saved' }).textContent(), { timeout: 120_000 })
      .toBe(`Saved “pack.pdf” in ${tmp.dir}.`);
    await app.close();
    app = null;

    const pdf = await readPdf(packFile);
    expect(pdf.pages.length).toBeGreaterThan(4);
    for (const heading of ['Contents', 'Current structure', 'Proposed structure: Proposal 2', 'Changes schedule', 'Staffing schedule: Proposal 2', 'Cost summary'])
      expect(pdf.text).toContain(heading);
    // The packaged fonts were found and embedded.
    expect(pdf.fonts.length).toBeGreaterThan(0);
    for (const f of pdf.fonts) expect(f).toMatchObject({ name: expect.stringMatching(/^SourceSans3-/), embedded: true });

    // The proposal was saved in the document the app made.
    const { store } = openDocumentFile(documentFile);
    try {
      expect(store.info().structures.map((s) => s.name)).toContain('Proposal 2');
    } finally {
      store.close();
    }
  });
});
