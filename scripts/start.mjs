// `npm start`: builds, makes the sample document on first run and opens it in Establish. Where
// Electron cannot be had (an offline machine), it says so and serves the same app on 127.0.0.1.
// `npm run web` (--web) serves it on 127.0.0.1 directly.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronVersion, ensureElectronSqlite, findElectron, samplePath } from './launch.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const webOnly = args.includes('--web');
const portArg = args.find((a) => a.startsWith('--port='));
const fileArg = args.find((a) => !a.startsWith('--'));

function run(cmd, cmdArgs, env) {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { ESTABLISH_QUIET_BUILD: '1' });

let doc = fileArg ? path.resolve(fileArg) : samplePath();
if (!fileArg && !fs.existsSync(doc)) {
  fs.mkdirSync(path.dirname(doc), { recursive: true });
  run(process.execPath, [path.join(root, 'dist', 'cli', 'establish.mjs'), 'new', doc, '--sample']);
}

function serve(note) {
  if (note) console.log(note);
  const child = spawn(process.execPath, [path.join(root, 'dist', 'web', 'server.js'), doc, ...(portArg ? [`--port=${portArg.slice(7)}`] : [])], {
    cwd: root,
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
}

if (webOnly) {
  serve(null);
} else {
  const electron = findElectron(root);
  if (!electron.path) {
    serve(`Electron could not be downloaded on this machine (${electron.reason}), so Establish is running in your browser instead:`);
  } else {
    const version = electronVersion(root);
    let binding;
    try {
      binding = await ensureElectronSqlite(root, version);
    } catch (err) {
      serve(`SQLite could not be built for Electron ${version} (${err.message}), so Establish is running in your browser instead:`);
    }
    if (binding) {
      const child = spawn(electron.path, [root, doc], { cwd: root, stdio: 'inherit', env: { ...process.env, ESTABLISH_SQLITE_BINDING: binding } });
      child.on('exit', (code) => process.exit(code ?? 0));
    }
  }
}
