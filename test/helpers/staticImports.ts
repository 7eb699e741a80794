// Which modules a bundle's entry loads when it starts: esbuild's view of the imports, followed from
// `starts` through static imports only (a dynamic import() is loaded when it runs, so it is not
// followed). Each module loaded is mapped to the module that first brought it in.
import { build, type BuildOptions } from 'esbuild';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

export async function staticallyLoaded(entry: string, starts: string[], options: BuildOptions = {}): Promise<Map<string, string | null>> {
  const r = await build({
    absWorkingDir: root,
    entryPoints: [...new Set([entry, ...starts])],
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
    ...options,
  });
  const inputs = r.metafile!.inputs;
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

/** The chains by which modules under node_modules/`pkg` came to be loaded (the first few). */
export function chainsTo(loaded: Map<string, string | null>, pkg: string): string[] {
  const chain = (m: string) => {
    const out = [];
    for (let c: string | null | undefined = m; c; c = loaded.get(c)) out.push(c);
    return out.reverse().join(' -> ');
  };
  return [...loaded.keys()].filter((m) => m.includes(`node_modules/${pkg}/`)).map(chain).slice(0, 3);
}
