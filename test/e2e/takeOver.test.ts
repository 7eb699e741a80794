// A document left open by a window that has gone: taken over from the message that says when it
// would free by itself, and let go at once when the tab that held it is closed without a goodbye.
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET_HEADER, WINDOW_HEADER } from '../../electron/bridge/server';
import { launchApp, type AppHarness } from '../helpers/browser';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const leftOpen = path.join(tmp.dir, 'Left open.establish');
const killed = path.join(tmp.dir, 'Killed tab.establish');
let app: AppHarness;

beforeAll(async () => {
  const s = testSession(tmp.dir);
  await call(s, 'newDocument', { path: leftOpen, sample: true });
  await call(s, 'newDocument', { path: killed, sample: true });
  s.dispose();
  app = await launchApp();
});
afterAll(async () => {
  await app?.close();
  tmp.cleanup();
});

/** A call to the bridge as another window would make it, from outside any page. */
function bridgeCall(win: string, method: string, arg: unknown): Promise<{ ok: boolean }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: app.bridge.port, method: 'POST', path: `/api/${method}`, headers: { Host: `127.0.0.1:${app.bridge.port}`, [SECRET_HEADER]: app.bridge.secret, [WINDOW_HEADER]: win } },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve(JSON.parse(text) as { ok: boolean }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(arg));
  });
}

async function openByPath(page: import('playwright-core').Page, file: string): Promise<void> {
  await page.getByRole('button', { name: 'Open…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a document' });
  await dialog.getByRole('textbox', { name: 'File path' }).fill(file);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
}

describe('a document left open by a closed window', () => {
  it('says when it will be free, and "Take it over" opens it here', async () => {
    const { page } = app;
    // A window that opened the document and then went without a word (and without a page to watch).
    expect((await bridgeCall('window-gone-quiet', 'openDocument', { path: leftOpen })).ok).toBe(true);
    await openByPath(page, leftOpen);
    const held = page.getByRole('dialog', { name: 'Document already open' });
    await expect.poll(() => held.getByRole('alert').textContent()).toMatch(
      /^"Left open.establish" is already open in another Establish window, which may have been closed without letting it go\. It will be free in about 3 minutes; or take it over now/,
    );
    await held.getByRole('button', { name: 'Take it over' }).click();
    await page.getByRole('tree', { name: 'Chart of Current' }).waitFor();
    expect(await page.title()).toBe('Left open.establish - Establish');
    // The window it was taken from has it no more.
    expect((await bridgeCall('window-gone-quiet', 'getStructure', { structureId: 'x' })).ok).toBe(false);
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Open…' }).waitFor();
  });

  it('taken over from a window still open, closes it there with a note saying where it went', async () => {
    const { page } = app;
    const other = await app.openPage();
    await openByPath(other, leftOpen);
    await other.getByRole('tree', { name: 'Chart of Current' }).waitFor();
    await openByPath(page, leftOpen);
    const held = page.getByRole('dialog', { name: 'Document already open' });
    await expect.poll(() => held.getByRole('alert').textContent()).toMatch(/^"Left open.establish" is already open in another Establish window\. Switch to that window to work on it, or take it over here/);
    await held.getByRole('button', { name: 'Take it over' }).click();
    await page.getByRole('tree', { name: 'Chart of Current' }).waitFor();
    await other.getByRole('status').filter({ hasText: 'Left open.establish was taken over by another window' }).waitFor();
    await other.getByRole('button', { name: 'Open…' }).waitFor();
    await other.close();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Open…' }).waitFor();
  });

  it('is let go as soon as the tab that held it is killed, though it never said goodbye', async () => {
    const tab = await app.openPage();
    await openByPath(tab, killed);
    await tab.getByRole('tree', { name: 'Chart of Current' }).waitFor();
    // The tab's page is killed: it runs nothing more, so it never says goodbye.
    const cdp = await app.context.newCDPSession(tab);
    void cdp.send('Page.crash').catch(() => undefined);
    await new Promise<void>((resolve) => tab.once('crash', () => resolve()));
    await tab.close();
    const { page } = app;
    const started = Date.now();
    for (let tries = 0; ; tries++) {
      expect(tries).toBeLessThan(12);
      await openByPath(page, killed);
      const opened = await Promise.race([
        page.getByRole('tree', { name: 'Chart of Current' }).waitFor({ timeout: 5_000 }).then(() => true),
        page.getByRole('dialog', { name: 'Document already open' }).waitFor({ timeout: 5_000 }).then(() => false),
      ]);
      if (opened) break;
      await page.getByRole('dialog', { name: 'Document already open' }).getByRole('button', { name: 'Cancel' }).click();
      expect(Date.now() - started).toBeLessThan(10_000);
      await page.waitForTimeout(500);
    }
    // Within seconds, not the three minutes a silent window is given.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(app.errors).toEqual([]);
  });
});
