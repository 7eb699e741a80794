// `establish info` loads no zod: reading a document checks its settings and the two calls' arguments
// without it (see shared/api/quickInput.ts), and loading zod was a large part of the command's start.
// The modules the command loads are followed through the command line's own bundle: the entry and
// what it imports, the document session (context.ts) and the command's work (run/info.ts); a
// dynamic import() is loaded only when it runs, so it is not followed.
import { describe, expect, it } from 'vitest';
import { chainsTo, staticallyLoaded } from '../helpers/staticImports';

const cliLoads = (starts: string[]) =>
  staticallyLoaded('electron/cli/entry.ts', starts, { platform: 'node', external: ['electron', 'better-sqlite3', '@resvg/resvg-js', 'pdfkit', 'exceljs', 'source-sans', 'tsx/cjs'] });

describe('establish info', () => {
  it('loads no zod', async () => {
    const loaded = await cliLoads(['electron/cli/entry.ts', 'electron/cli/context.ts', 'electron/cli/run/info.ts']);
    // The walk does reach the document store and its reading of settings.
    expect(loaded.has('electron/store/read.ts')).toBe(true);
    expect(chainsTo(loaded, 'zod')).toEqual([]);
  }, 60_000);

  it('while the edits that check their arguments do load it', async () => {
    const loaded = await cliLoads(['electron/cli/context.ts', 'shared/api/parse.ts']);
    expect([...loaded.keys()].some((m) => m.includes('node_modules/zod/'))).toBe(true);
  }, 60_000);
});
