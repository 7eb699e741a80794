// Creating, opening, copying and refusing files through the browser UI.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openDocumentFile } from '../../electron/store/files';
import { launchApp, type AppHarness } from '../helpers/browser';
import { makeOlderDocument } from '../helpers/olderDocument';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
let app: AppHarness;

beforeAll(async () => {
  app = await launchApp();
});
afterAll(async () => {
  await app?.close();
  tmp.cleanup();
});

describe('files in the browser', () => {
  it('starts on the start screen with no document', async () => {
    await app.page.getByRole('heading', { name: 'Establish' }).waitFor();
    await app.page.getByRole('button', { name: 'New from the sample…' }).waitFor();
  });

  it('creates a document from the sample by typing a path', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New from the sample…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create a document from the sample' });
    await dialog.getByRole('textbox', { name: 'File path' }).fill(path.join(tmp.dir, 'Review'));
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('tree', { name: 'Chart of Current' }).waitFor();
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByRole('table', { name: 'Posts in Current' }).waitFor();
    expect(fs.existsSync(path.join(tmp.dir, 'Review.establish'))).toBe(true);
    // The header row and 60 posts (only those in view are drawn).
    await expect.poll(() => page.getByRole('table', { name: 'Posts in Current' }).getAttribute('aria-rowcount')).toBe('61');
  });

  it('saves a copy and keeps working on the original', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Save a copy' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save a copy' });
    await dialog.getByRole('textbox', { name: 'File path' }).fill(path.join(tmp.dir, 'Review copy.establish'));
    await dialog.getByRole('button', { name: 'Save copy' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved a copy' }).waitFor();
    const { store } = openDocumentFile(path.join(tmp.dir, 'Review copy.establish'));
    const n = store.structure(store.info().structures[0]!.id).posts.length;
    store.close();
    expect(n).toBe(60);
  });

  it('refuses to open the same file in a second window, saying why', async () => {
    const second = await app.openPage();
    await second.getByRole('button', { name: 'Open…' }).click();
    const dialog = second.getByRole('dialog', { name: 'Open a document' });
    await dialog.getByRole('textbox', { name: 'File path' }).fill(path.join(tmp.dir, 'Review.establish'));
    await dialog.getByRole('button', { name: 'Open' }).click();
    // The first window is still there: the user is sent to it, or may take the document over.
    const held = second.getByRole('dialog', { name: 'Document already open' });
    await expect.poll(() => held.getByRole('alert').textContent()).toMatch(/^"Review.establish" is already open in another Establish window\. Switch to that window to work on it, or take it over here/);
    await held.getByRole('button', { name: 'Take it over' }).waitFor();
    await held.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => held.count()).toBe(0);
    await second.close();
  });

  it('explains a file that is not a document, and one from a newer version, keeping both untouched', async () => {
    const { page } = app;
    const text = path.join(tmp.dir, 'minutes.establish');
    fs.writeFileSync(text, 'Minutes of the working group. '.repeat(50));
    const newer = path.join(tmp.dir, 'Review copy.establish');
    const db = new Database(newer);
    db.pragma('user_version = 99');
    db.close();
    const newerBytes = fs.readFileSync(newer);
    await page.getByRole('button', { name: 'Close' }).click();
    for (const [file, words] of [
      [text, /not an Establish document/],
      [newer, /saved by a newer version of Establish \(file format 99/],
    ] as const) {
      await page.getByRole('button', { name: 'Open…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Open a document' });
      await dialog.getByRole('textbox', { name: 'File path' }).fill(file);
      await dialog.getByRole('button', { name: 'Open' }).click();
      await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(words);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
    }
    expect(fs.readFileSync(text, 'utf8')).toBe('Minutes of the working group. '.repeat(50));
    expect(fs.readFileSync(newer).equals(newerBytes)).toBe(true);
  });

  it('opens a damaged file for reading only under a banner, and saves what can be read as a copy to work on', async () => {
    const { page } = app;
    const file = path.join(tmp.dir, 'Torn.establish');
    fs.copyFileSync(path.join(tmp.dir, 'Review.establish'), file);
    const whole = fs.readFileSync(file);
    fs.writeFileSync(file, whole.subarray(0, whole.length - 100));
    const before = fs.readFileSync(file);
    await page.getByRole('button', { name: 'Open…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open a document' });
    await dialog.getByRole('textbox', { name: 'File path' }).fill(file);
    await dialog.getByRole('button', { name: 'Open' }).click();
    const banner = page.getByRole('alert').filter({ hasText: 'Read only.' });
    await expect.poll(() => banner.textContent()).toMatch(/"Torn.establish" is damaged \(the file's length is wrong.*open for reading only and will not be changed/);
    await banner.getByRole('button', { name: 'Save a recovered copy' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved what could be read as "Torn (recovered).establish"' }).waitFor();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Read only.' }).count()).toBe(0);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('asks before upgrading a document from an earlier version: read it as it is, or upgrade it keeping a copy', async () => {
    const { page } = app;
    const file = path.join(tmp.dir, 'Earlier review.establish');
    makeOlderDocument(file, 1);
    const before = fs.readFileSync(file);
    const openPath = async () => {
      await page.getByRole('button', { name: 'Open…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Open a document' });
      await dialog.getByRole('textbox', { name: 'File path' }).fill(file);
      await dialog.getByRole('button', { name: 'Open' }).click();
      const ask = page.getByRole('dialog', { name: 'Upgrade this document?' });
      await ask.waitFor();
      return ask;
    };
    let ask = await openPath();
    await expect.poll(() => ask.textContent()).toContain('Earlier review (format 1).backup.establish');
    await page.screenshot({ path: path.join(process.env.ESTABLISH_SHOTS ?? tmp.dir, 'upgrade-asked.png') });
    // Cancel leaves it closed and unchanged.
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    // Read as it is: its chart, under a banner, nothing written.
    ask = await openPath();
    await ask.getByRole('button', { name: 'Open for reading only' }).click();
    const banner = page.getByRole('alert').filter({ hasText: 'Read only.' });
    await expect.poll(() => banner.textContent()).toMatch(/earlier version of Establish/);
    await expect.poll(() => page.getByText('Team Leader').count()).toBeGreaterThan(0);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(tmp.dir, 'Earlier review (format 1).backup.establish'))).toBe(false);

    // From the banner: asked again, then upgraded, the copy named in a notice and kept beside it.
    await banner.getByRole('button', { name: 'Upgrade to edit…' }).click();
    ask = page.getByRole('dialog', { name: 'Upgrade this document?' });
    await ask.getByRole('button', { name: 'Upgrade and open' }).click();
    await page.getByRole('status').filter({ hasText: 'was upgraded' }).waitFor();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Read only.' }).count()).toBe(0);
    const copy = path.join(tmp.dir, 'Earlier review (format 1).backup.establish');
    expect(fs.existsSync(copy)).toBe(true);
    const db = new Database(copy, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
    expect(app.errors).toEqual([]);
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('offers to save what can be read of a file too damaged to open', async () => {
    const { page } = app;
    const file = path.join(tmp.dir, 'Lost.establish');
    fs.copyFileSync(path.join(tmp.dir, 'Review.establish'), file);
    const whole = fs.readFileSync(file);
    fs.writeFileSync(file, whole.subarray(0, whole.length - 4096));
    const before = fs.readFileSync(file);
    await page.getByRole('button', { name: 'Open…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open a document' });
    await dialog.getByRole('textbox', { name: 'File path' }).fill(file);
    await dialog.getByRole('button', { name: 'Open' }).click();
    const damaged = page.getByRole('alertdialog', { name: 'The document is damaged' });
    await expect.poll(() => damaged.textContent()).toMatch(/parts of it cannot be read .*It was not changed/);
    await damaged.getByRole('button', { name: 'Save a recovered copy' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved what could be read as "Lost (recovered).establish"' }).waitFor();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('lists the document under Recent documents and reopens it from there', async () => {
    const { page } = app;
    await page.reload();
    const recent = page.getByRole('region', { name: 'Recent documents' });
    await recent.getByRole('button', { name: 'Review.establish', exact: true }).click();
    // The Table view chosen earlier is remembered across sessions on this computer.
    await page.getByRole('table', { name: 'Posts in Current' }).waitFor();
    await page.getByRole('button', { name: 'Chart' }).click();
    await page.getByRole('tree', { name: 'Chart of Current' }).waitFor();
    expect(app.errors).toEqual([]);
  });
});
