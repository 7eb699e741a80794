// How `npm start` and `npm run web` find what they need: the sample document, Electron if it can
// run here, and a better-sqlite3 built for that Electron.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where the sample document is created on first run. */
export function samplePath(home = os.homedir()) {
  const docs = path.join(home, 'Documents');
  const dir = fs.existsSync(docs) ? path.join(docs, 'Establish') : path.join(home, '.establish');
  return path.join(dir, 'Business Support Service review.establish');
}

/**
 * The Electron executable, or null with the reason when it cannot be had (no download possible).
 * Requiring the `electron` package downloads the binary on first use, so it is done in a child
 * process whose output is kept out of the user's way.
 */
export function findElectron(root, run = spawnSync) {
  const r = run(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { cwd: root, encoding: 'utf8', timeout: 180_000 });
  const out = (r.stdout ?? '').trim();
  if (r.status === 0 && out && fs.existsSync(out)) return { path: out, reason: null };
  const lines = `${r.stderr ?? ''}`.split('\n').map((l) => l.trim()).filter(Boolean);
  const reason = lines.find((l) => /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|fetch failed|getaddrinfo/i.test(l)) ?? lines[lines.length - 1] ?? 'unknown reason';
  return { path: null, reason };
}

export function electronVersion(root) {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

/** Copies the parts of better-sqlite3 needed to compile it into `dest`. */
function copyModule(root, dest) {
  const from = path.join(root, 'node_modules', 'better-sqlite3');
  const to = path.join(dest, 'node_modules', 'better-sqlite3');
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(to, { recursive: true });
  for (const entry of ['package.json', 'binding.gyp', 'lib', 'src', 'deps']) {
    const p = path.join(from, entry);
    if (fs.existsSync(p)) fs.cpSync(p, path.join(to, entry), { recursive: true });
  }
  const version = JSON.parse(fs.readFileSync(path.join(from, 'package.json'), 'utf8')).version;
  fs.writeFileSync(path.join(dest, 'package.json'), JSON.stringify({ name: 'establish-native', private: true, dependencies: { 'better-sqlite3': version } }));
  return to;
}

/**
 * A better-sqlite3 binary for this Electron, built once into .cache/ beside the project so the
 * Node build used by tests and the command line stays as it is.
 */
export async function ensureElectronSqlite(root, version, rebuild) {
  const dest = path.join(root, '.cache', 'electron-native', `${version}-${process.platform}-${process.arch}`);
  const binary = path.join(dest, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (fs.existsSync(binary)) return binary;
  copyModule(root, dest);
  const run = rebuild ?? (await import('@electron/rebuild')).rebuild;
  await run({ buildPath: dest, electronVersion: version, onlyModules: ['better-sqlite3'], force: true, mode: 'sequential' });
  if (!fs.existsSync(binary)) throw new Error(`better-sqlite3 was not built for Electron ${version}`);
  return binary;
}
