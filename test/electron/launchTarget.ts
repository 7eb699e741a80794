// What the Electron smoke test starts: the packaged app named by ESTABLISH_APP (as release builds
// do), or else this checkout in the Electron that `npm install` provides, with SQLite built for it
// as `npm start` does. Where neither can start here, the reason why, for the test to skip with.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
// @ts-expect-error: a plain ES module without type declarations
import { electronVersion, ensureElectronSqlite, findElectron } from '../../scripts/launch.mjs';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface ElectronTarget {
  executablePath: string;
  args: string[];
  env: Record<string, string>;
  /** For messages: "packaged app at …" or "Electron 45.4.1 on this checkout". */
  description: string;
}

export type LaunchTarget = { target: ElectronTarget; skip: null } | { target: null; skip: string };

/** Chromium in Electron needs a display on Linux; Xvfb (`xvfb-run`) provides one on a server. */
function displayProblem(): string | null {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return null;
  return 'there is no display (DISPLAY is not set); run it under xvfb-run on a machine without one';
}

/** Linux runners often forbid the namespaces Chromium's sandbox uses; the smoke test does not need it. */
const platformArgs = () => (process.platform === 'linux' ? ['--no-sandbox'] : []);

export async function launchTarget(): Promise<LaunchTarget> {
  const packaged = process.env.ESTABLISH_APP;
  if (packaged) {
    // Asked for explicitly (release builds): a missing app is a failure, never a skip.
    if (!fs.existsSync(packaged)) throw new Error(`ESTABLISH_APP is set to ${packaged}, which does not exist.`);
    const display = displayProblem();
    if (display) throw new Error(`The packaged app cannot start: ${display}.`);
    return { target: { executablePath: path.resolve(packaged), args: platformArgs(), env: {}, description: `packaged app at ${packaged}` }, skip: null };
  }
  const electron = findElectron(ROOT) as { path: string | null; reason: string | null };
  if (!electron.path) return { target: null, skip: `Electron is not available here (${electron.reason}); set ESTABLISH_APP to a packaged app, or run where npm can download Electron` };
  const display = displayProblem();
  if (display) return { target: null, skip: `Electron cannot start: ${display}` };
  const version = electronVersion(ROOT) as string;
  let binding: string;
  try {
    binding = (await ensureElectronSqlite(ROOT, version)) as string;
  } catch (e) {
    return { target: null, skip: `SQLite could not be built for Electron ${version} (${e instanceof Error ? e.message : String(e)})` };
  }
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ESTABLISH_QUIET_BUILD: '1' } });
  return {
    target: { executablePath: electron.path, args: [...platformArgs(), ROOT], env: { ESTABLISH_SQLITE_BINDING: binding }, description: `Electron ${version} on this checkout` },
    skip: null,
  };
}

