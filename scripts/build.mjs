// Builds everything `npm start`, `npm run web`, the command line and packaging need:
// the renderer with Vite, the Electron main and preload, the bridge server and the CLI with esbuild.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.includes('--node-only') ? 'node' : process.argv.includes('--renderer-only') ? 'renderer' : 'all';

// Native or file-reading libraries stay in node_modules: better-sqlite3 and resvg are native; pdfkit,
// exceljs and the font package read their own data files at run time.
const EXTERNAL = ['electron', 'better-sqlite3', '@resvg/resvg-js', 'pdfkit', 'exceljs', 'source-sans'];

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

async function buildNode() {
  await Promise.all([
    // Dependencies stay in node_modules (better-sqlite3 is native; electron-builder packs the rest).
    esbuild({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.js', external: EXTERNAL }),
    // A sandboxed preload can require nothing but 'electron': bundle all of it.
    esbuild({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.js', external: ['electron'] }),
    esbuild({ ...common, entryPoints: ['electron/bridge/entry.ts'], outfile: 'dist/web/server.js', external: EXTERNAL }),
    esbuild({ ...common, entryPoints: ['electron/cli/entry.ts'], outfile: 'dist/cli/establish.js', external: EXTERNAL }),
    // Exports are laid out and written on a worker thread; the app, the web server and the command line share it.
    esbuild({ ...common, entryPoints: ['electron/export/worker.ts'], outfile: 'dist/electron/exportWorker.js', external: EXTERNAL }),
  ]);
}

async function buildRenderer() {
  await viteBuild({ configFile: path.join(root, 'vite.config.mts'), logLevel: 'warn' });
}

const started = Date.now();
if (only !== 'renderer') await buildNode();
if (only !== 'node') await buildRenderer();
if (!process.env.ESTABLISH_QUIET_BUILD) console.log(`Built Establish in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
