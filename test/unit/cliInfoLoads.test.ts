// `establish info` loads no zod: reading a document checks its settings and the two calls' arguments
// without it (see shared/api/quickInput.ts), and loading zod was a large part of the command's start.
// The modules the command loads are followed through the command line's own bundle: the entry and
// what it imports, the document session (context.ts) and the command's work (run/info.ts); a
// dynamic import() is loaded only when it runs, so it is not followed.
import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');

async function staticallyLoaded(starts: string[]): Promise<Map<string, string | null>> {
  const r = await build({
    absWorkingDir: root,
    entryPoints: ['electron/cli/entry.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    splitting: true,
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['electron', 'better-sqlite3', '@resvg/resvg-js', 'pdfkit', 'exceljs', 'source-sans', 'tsx/cjs'],
  });
  const inputs = r.metafile.inputs;
  const from = new Map<string, string | null>(starts.map((s) => [s, null]));
  const queue = [...starts];
  while (queue.length > 0) {
    const m = queue.shift()!;
    for (const i of inputs[m]?.imports ?? []) {
      if (i.kind !== 'import-statement' || i.external || from.has(i.path)) continue;
      from.set(i.path, m);
      queue.push(i.path);
    }
  }
  return from;
}

describe('establish info', () => {
  it('loads no zod', async () => {
    const loaded = await staticallyLoaded(['electron/cli/entry.ts', 'electron/cli/context.ts', 'electron/cli/run/info.ts']);
    // The walk does reach the document store and its reading of settings.
    expect(loaded.has('electron/store/read.ts')).toBe(true);
    const zod = [...loaded.keys()].filter((m) => m.includes('node_modules/zod/'));
    const chain = (m: string) => {
      const out = [];
      for (let c: string | null | undefined = m; c; c = loaded.get(c)) out.push(c);
      return out.reverse().join(' -> ');
    };
    expect(zod.map(chain).slice(0, 3)).toEqual([]);
  }, 60_000);

  it('while the edits that check their arguments do load it', async () => {
    const loaded = await staticallyLoaded(['electron/cli/context.ts', 'shared/api/parse.ts']);
    expect([...loaded.keys()].some((m) => m.includes('node_modules/zod/'))).toBe(true);
  }, 60_000);
});
