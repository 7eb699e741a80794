// Builds the renderer once before the browser tests, as `npm run build` does, and finds the browser
// (unpacking the packaged Chromium the first time) so that a missing one is said once, up front.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { findBrowser } from '../helpers/findBrowser';

export default async function setup(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ESTABLISH_QUIET_BUILD: '1' },
  });
  const browser = await findBrowser();
  console.log(`Browser tests drive ${browser.executablePath} (${browser.source}).`);
}
