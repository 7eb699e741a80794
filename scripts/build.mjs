// Builds everything `npm start`, `npm run web`, the command line and packaging need:
// the renderer with Vite, the Electron main and preload, the bridge server and the CLI with esbuild.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.includes('--node-only') ? 'node' : process.argv.includes('--renderer-only') ? 'renderer' : 'all';

// Native or file-reading libraries stay in node_modules: better-sqlite3 and resvg are native; pdfkit,
// exceljs and the font package read their own data files at run time.
const EXTERNAL = ['electron', 'better-sqlite3', '@resvg/resvg-js', 'pdfkit', 'exceljs', 'source-sans', 'tsx/cjs'];

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

// The command line is split into chunks loaded as a command needs them, so that `establish help`
// loads only the help and `establish info` no export or import code. Code splitting needs ES modules;
// each chunk gets the `require` and `__dirname` a CommonJS bundle would have, for the libraries
// and files it finds beside it.
const ESM_REQUIRE = [
  "import { createRequire as __cliRequire } from 'node:module';",
  "import { fileURLToPath as __cliPath } from 'node:url';",
  "import { dirname as __cliDir } from 'node:path';",
  'const require = __cliRequire(import.meta.url);',
  'const __filename = __cliPath(import.meta.url);',
  'const __dirname = __cliDir(__filename);',
].join(' ');

// zod carries every language's error messages (half its size) on `z.locales`, which Establish
// never reads: its messages are its own, in English, and zod's English ones are imported apart.
// The command line leaves the rest out, since loading them is a large part of its start.
const ZOD_WITHOUT_LOCALES = {
  name: 'zod-without-locales',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (a) => (a.importer.includes(`${path.sep}zod${path.sep}`) ? { path: 'zod-locales', namespace: 'zod-locales' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

// zod's compiler to plain functions (`z.compile`) and its reader of JSON Schema (`z.fromJSONSchema`)
// are a fifth of its code, and Establish calls neither. The command line gets in their place modules
// with the same exports that throw if they are ever called, so that loading zod is quicker.
const ZOD_UNUSED = ['compile.js', 'from-json-schema.js'];
const ZOD_WITHOUT_UNUSED = {
  name: 'zod-without-unused',
  setup(b) {
    b.onResolve({ filter: /^\.\/(compile|from-json-schema)\.js$/ }, (a) =>
      a.importer.includes(`${path.sep}zod${path.sep}`) && ZOD_UNUSED.includes(a.path.slice(2)) ? { path: path.join(a.resolveDir, a.path), namespace: 'zod-unused' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-unused' }, (a) => {
      const names = [...fs.readFileSync(a.path, 'utf8').matchAll(/^export (?:const|function|class) (\w+)/gm)].map((m) => m[1]);
      const stub = `() => { throw new Error('${path.basename(a.path)} of zod is left out of the command line.'); }`;
      return { contents: names.map((n) => `export const ${n} = ${stub};`).join('\n'), loader: 'js' };
    });
  },
};

async function buildCli() {
  const outdir = path.join(root, 'dist', 'cli');
  // Chunks of an earlier build would otherwise pile up beside the new ones.
  for (const f of fs.existsSync(outdir) ? fs.readdirSync(outdir) : []) if (/\.m?js(\.map)?$/.test(f) && !f.startsWith('jobWorker.')) fs.rmSync(path.join(outdir, f));
  await esbuild({
    ...common,
    format: 'esm',
    splitting: true,
    entryPoints: { establish: 'electron/cli/entry.ts' },
    outdir: 'dist/cli',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    banner: { js: ESM_REQUIRE },
    plugins: [ZOD_WITHOUT_LOCALES, ZOD_WITHOUT_UNUSED],
    external: EXTERNAL,
  });
}

async function buildNode() {
  await Promise.all([
    // Dependencies stay in node_modules (better-sqlite3 is native; electron-builder packs the rest).
    esbuild({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.js', external: EXTERNAL }),
    // A sandboxed preload can require nothing but 'electron': bundle all of it.
    esbuild({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.js', external: ['electron'] }),
    esbuild({ ...common, entryPoints: ['electron/bridge/entry.ts'], outfile: 'dist/web/server.js', external: EXTERNAL }),
    buildCli(),
    // The job worker beside each of them: a utility process in the app, a worker thread otherwise.
    ...['electron', 'web', 'cli'].map((dir) =>
      esbuild({ ...common, entryPoints: ['electron/jobs/worker.ts'], outfile: `dist/${dir}/jobWorker.js`, external: EXTERNAL }),
    ),
  ]);
}

async function buildRenderer() {
  await viteBuild({ configFile: path.join(root, 'vite.config.mts'), logLevel: 'warn' });
}

const started = Date.now();
if (only !== 'renderer') await buildNode();
if (only !== 'node') await buildRenderer();
if (!process.env.ESTABLISH_QUIET_BUILD) console.log(`Built Establish in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
