// Which browser the end-to-end tests drive: CHROMIUM_PATH first, then one installed where each
// system puts it, and a clear message where there is none to be had.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { installedBrowserCandidates, locateBrowser } from '../helpers/findBrowser';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir('establish-find-browser-');
afterAll(() => tmp.cleanup());

function program(dir: string, name: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, '#!/bin/sh\n', { mode: 0o755 });
  return file;
}

describe('finding a browser for the end-to-end tests', () => {
  it('uses CHROMIUM_PATH when it names a program, and says so when it does not', async () => {
    const own = program(path.join(tmp.dir, 'own'), 'my-chromium');
    expect(await locateBrowser({ CHROMIUM_PATH: own }, 'linux', 'x64')).toEqual({ executablePath: own, source: 'CHROMIUM_PATH' });
    const missing = path.join(tmp.dir, 'nowhere', 'chromium');
    await expect(locateBrowser({ CHROMIUM_PATH: missing }, 'linux', 'x64')).rejects.toThrow(`CHROMIUM_PATH is set to ${missing}, which is not a program that can be run.`);
    // A folder is not a program either.
    await expect(locateBrowser({ CHROMIUM_PATH: tmp.dir }, 'linux', 'x64')).rejects.toThrow(/not a program/);
  });

  // Windows has no execute bit, and its PATH is not searched: the Linux rules are checked on Unix.
  it.skipIf(process.platform === 'win32')('finds a runnable Chromium on the PATH on Linux before looking in /usr/bin, leaving out Snap', async () => {
    const first = path.join(tmp.dir, 'first');
    fs.mkdirSync(first);
    fs.writeFileSync(path.join(first, 'chromium'), 'not runnable', { mode: 0o644 });
    const chromium = program(path.join(tmp.dir, 'second'), 'chromium');
    const PATH = ['/snap/bin', first, path.dirname(chromium)].join(path.delimiter);
    expect(await locateBrowser({ PATH }, 'linux', 'x64')).toEqual({ executablePath: chromium, source: 'installed' });
    const candidates = installedBrowserCandidates('linux', { PATH });
    expect(candidates.slice(0, 3)).toEqual([path.join(first, 'chromium'), chromium, '/usr/bin/chromium']);
    expect(candidates).toContain('/usr/bin/google-chrome');
    expect(candidates.some((c) => c.startsWith('/snap'))).toBe(false);
  });

  it('looks where macOS and Windows install Chromium, Chrome and Edge', () => {
    expect(installedBrowserCandidates('darwin', { HOME: '/Users/ann' })).toEqual(
      expect.arrayContaining(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Users/ann/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']),
    );
    const windows = installedBrowserCandidates('win32', { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' });
    expect(windows).toEqual(
      expect.arrayContaining([
        'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
        'C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
        'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
      ]),
    );
  });

  it('says what to do where no browser is installed and the packaged Chromium cannot run', async () => {
    const nothingInstalled = () => false;
    await expect(locateBrowser({ HOME: tmp.dir }, 'darwin', 'arm64', nothingInstalled)).rejects.toThrow(/No Chromium, Google Chrome or Microsoft Edge was found.*set CHROMIUM_PATH/);
  });
});
