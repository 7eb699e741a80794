// A preview that takes a while (as a very large structure's does): after two seconds the Export
// dialog shows how far it has got with a Cancel preview button; cancelling stops the job, keeps the
// choices and leaves the export free to start; the preview can be drawn again on request.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppHarness } from '../helpers/browser';
import { call, testSession } from '../helpers/session';
import { SlowPreviews } from '../helpers/slowPreviews';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir('establish-preview-e2e-');
const sample = path.join(tmp.dir, 'Business Support review.establish');
const shots = process.env.ESTABLISH_SHOTS ?? tmp.dir;
const pool = new SlowPreviews(6_000);
let app: AppHarness;

beforeAll(async () => {
  const s = testSession(tmp.dir);
  await call(s, 'newDocument', { path: sample, sample: true });
  s.dispose();
  app = await launchApp({ openOnStart: sample, workers: () => pool });
});
afterAll(async () => {
  await app?.close();
  pool.close();
  tmp.cleanup();
});

describe('a slow preview in the Export dialog', () => {
  it('shows its progress after two seconds, and Cancel preview stops it while the choices stay', async () => {
    const { page } = app;
    await page.getByRole('tree', { name: 'Chart of Current' }).waitFor();
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export', exact: true });
    await dialog.waitFor();
    const region = dialog.getByRole('region', { name: 'Preview of the first page' });
    // At first only the quiet "Preparing" note; the progress and the button come after two seconds.
    await expect.poll(() => region.textContent()).toContain('Preparing the preview…');
    expect(await dialog.getByRole('button', { name: 'Cancel preview' }).count()).toBe(0);
    const cancel = dialog.getByRole('button', { name: 'Cancel preview' });
    await cancel.waitFor({ timeout: 10_000 });
    const bar = dialog.getByRole('progressbar', { name: 'Preview progress' });
    await expect.poll(() => bar.evaluate((el: HTMLProgressElement) => el.value)).toBeGreaterThan(0);
    await expect.poll(() => region.getByRole('status').textContent()).toMatch(/^Laying out the pages · \d+%$/);
    await page.screenshot({ path: path.join(shots, 'export-preview-slow.png') });

    await cancel.click();
    await expect.poll(() => region.getByRole('status').textContent()).toBe('Preview cancelled. The export itself is not affected.');
    expect(pool.cancelled).toEqual(['exportPreview']);
    expect(await bar.count()).toBe(0);
    // The choices and the Export button are as they were.
    expect(await dialog.getByRole('radio', { name: 'A4' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Export', exact: true }).isDisabled()).toBe(false);

    // Drawn again on request, it comes back with the first page and the count of pages.
    await dialog.getByRole('button', { name: 'Show the preview' }).click();
    await expect.poll(() => region.textContent(), { timeout: 30_000 }).toMatch(/\d+ pages?/);
    expect(await dialog.getByRole('img', { name: /^First page of the export/ }).count()).toBe(1);
    await page.screenshot({ path: path.join(shots, 'export-preview-again.png') });
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
