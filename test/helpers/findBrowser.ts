// Which Chromium the browser tests and benchmarks drive, so that `npm install` and `npm test` are the
// whole set-up: CHROMIUM_PATH when set; otherwise a Chromium, Chrome or Edge installed where each
// system puts it; otherwise, on Linux x64, the headless Chromium shipped compressed inside the
// @sparticuz/chromium package, unpacked once into .cache/ with the libraries and fonts that come
// with it (a bare Linux has neither).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

export interface FoundBrowser {
  executablePath: string;
  /** Where it came from, for messages: "CHROMIUM_PATH", "installed" or "@sparticuz/chromium 153.0.0". */
  source: string;
  /** Environment for the browser process (the packaged one needs its own libraries and fonts). */
  env?: Record<string, string>;
}

const ROOT = path.resolve(__dirname, '..', '..');

function isExecutable(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (process.platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where Chromium, Chrome and Edge install themselves on this system, most likely first. */
export function installedBrowserCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'darwin') {
    const apps = ['Chromium.app/Contents/MacOS/Chromium', 'Google Chrome.app/Contents/MacOS/Google Chrome', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    const homeApps = env.HOME ? path.posix.join(env.HOME, 'Applications') : null;
    return apps.flatMap((a) => [path.posix.join('/Applications', a), ...(homeApps ? [path.posix.join(homeApps, a)] : [])]);
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    const exes = ['Chromium\\Application\\chrome.exe', 'Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    return exes.flatMap((e) => roots.map((r) => path.win32.join(r, e)));
  }
  // Linux and the other Unixes: the names distributions give the browser, on the PATH and in /usr/bin.
  // (Snap's Chromium is left out: its confinement keeps it from the profile folders tests make.)
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];
  const dirs = [...new Set([...(env.PATH ?? '').split(path.delimiter).filter((d) => d && !d.startsWith('/snap')), '/usr/bin'])];
  return names.flatMap((n) => dirs.map((d) => path.posix.join(d, n)));
}

let found: Promise<FoundBrowser> | null = null;

/** The browser to drive, found (and unpacked, the first time) once per process. */
export function findBrowser(): Promise<FoundBrowser> {
  found ??= locateBrowser();
  return found;
}

/** The browser for this system and environment: CHROMIUM_PATH, an installed one, or the packaged one. */
export async function locateBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
  isProgram: (file: string) => boolean = isExecutable,
): Promise<FoundBrowser> {
  const override = env.CHROMIUM_PATH;
  if (override) {
    if (!isProgram(override)) throw new Error(`CHROMIUM_PATH is set to ${override}, which is not a program that can be run.`);
    return { executablePath: override, source: 'CHROMIUM_PATH' };
  }
  const candidates = installedBrowserCandidates(platform, env);
  const installed = candidates.find(isProgram);
  if (installed) return { executablePath: installed, source: 'installed' };
  if (platform === 'linux' && arch === 'x64') return packagedChromium();
  throw new Error(
    `No Chromium, Google Chrome or Microsoft Edge was found for the browser tests (looked in ${candidates.slice(0, 3).join(', ')} and the other usual places). ` +
      `The Chromium that comes with the test dependencies runs on Linux x64 only. Install Chrome or Edge, or set CHROMIUM_PATH to a Chromium-based browser.`,
  );
}

const execFileAsync = promisify(execFile);
const UNPACKING = 'chromium-unpacking-';

/**
 * Copies of other versions (the package was upgraded), and half-unpacked copies left by a run that
 * was killed while unpacking (an hour is ample for the few seconds it takes).
 */
function removeOldCopies(cacheRoot: string, keep: string): void {
  for (const name of fs.readdirSync(cacheRoot)) {
    const full = path.join(cacheRoot, name);
    const abandoned = name.startsWith(UNPACKING) && Date.now() - fs.statSync(full).mtimeMs > 3_600_000;
    const otherVersion = /^chromium-\d[\d.]*$/.test(name) && name !== keep;
    if (abandoned || otherVersion) fs.rmSync(full, { recursive: true, force: true });
  }
}

/** The version of the package whose entry file is `entry`, from the package.json above it. */
function packageVersion(entry: string, name: string): string {
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === name && pkg.version) return pkg.version;
  }
  throw new Error(`Could not find the package.json of ${name} above ${entry}.`);
}

/**
 * A fontconfig file for the packaged Chromium: the system's fonts where there are any, then the
 * fonts that come in npm packages (Open Sans with the browser, Source Sans 3 that exports use), so
 * pages have the same type on a machine with no fonts installed. Written atomically, as several test
 * processes may write it at once.
 */
function writeFontsConf(dir: string): string {
  const sourceSans = path.join(path.dirname(require.resolve('source-sans/package.json')), 'TTF');
  const xml = (p: string) => p.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const conf = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${xml(path.join(dir, 'fonts', 'fonts'))}</dir>`,
    `  <dir>${xml(sourceSans)}</dir>`,
    `  <cachedir>${xml(path.join(dir, 'fontconfig-cache'))}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
  const file = path.join(dir, 'establish-fonts.conf');
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== conf) {
    const temp = `${file}.${process.pid}`;
    fs.writeFileSync(temp, conf);
    fs.renameSync(temp, file);
  }
  return file;
}

/** The package's Chromium, unpacked into .cache/chromium-VERSION/ the first time (a few seconds). */
async function packagedChromium(): Promise<FoundBrowser> {
  const entry = require.resolve('@sparticuz/chromium');
  const version = packageVersion(entry, '@sparticuz/chromium');
  const cacheRoot = path.join(ROOT, '.cache');
  const name = `chromium-${version}`;
  const dir = path.join(cacheRoot, name);
  const source = `@sparticuz/chromium ${version}`;
  if (!fs.existsSync(path.join(dir, 'chromium'))) {
    fs.mkdirSync(cacheRoot, { recursive: true });
    removeOldCopies(cacheRoot, name);
    // Unpacked into a folder of its own and renamed into place when whole, so a run stopped halfway,
    // or another run unpacking at the same time, never leaves a half-written browser to be used.
    const staging = fs.mkdtempSync(path.join(cacheRoot, UNPACKING));
    try {
      // The package unpacks into the temporary folder (TMPDIR), so it runs in a child process with
      // TMPDIR pointed at the staging folder. AWS_EXECUTION_ENV names a Node 20 serverless host, on
      // which the package also unpacks the libraries (NSS, NSPR, expat) a bare Linux lacks.
      const script = `import(${JSON.stringify(pathToFileURL(entry).href)}).then((m) => m.default.executablePath()).then((p) => process.stdout.write(p))`;
      const { stdout } = await execFileAsync(process.execPath, ['-e', script], {
        env: { ...process.env, TMPDIR: staging, AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs20.x' },
        maxBuffer: 1 << 20,
      });
      if (path.resolve(stdout.trim()) !== path.join(staging, 'chromium')) throw new Error(`${source} unpacked to ${stdout.trim()}, not ${staging}.`);
      try {
        fs.renameSync(staging, dir);
      } catch (e) {
        // Another run got there first: use its copy.
        if (!fs.existsSync(path.join(dir, 'chromium'))) throw e;
      }
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }
  const libs = path.join(dir, 'al2023', 'lib');
  return {
    executablePath: path.join(dir, 'chromium'),
    source,
    env: {
      FONTCONFIG_FILE: writeFontsConf(dir),
      LD_LIBRARY_PATH: [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(path.delimiter),
    },
  };
}
