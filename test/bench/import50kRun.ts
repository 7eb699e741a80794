// One import of a 50,000-row HR export in a process of its own, so its peak memory is the
// import's: prints {ms, peakMb, posts} as JSON. Run by the import50k benchmark.
import path from 'node:path';
import { runImport } from '../helpers/importer';
import { call, testSession } from '../helpers/session';

async function main(): Promise<void> {
  const [csv, dir] = process.argv.slice(2) as [string, string];
  const s = testSession(dir);
  const info = await call(s, 'newDocument', { path: path.join(dir, 'bench50k.establish') });
  const t = performance.now();
  const { result } = await runImport(s, { source: { path: csv }, target: { kind: 'structure', structureId: info.structures[0]!.id } });
  const ms = performance.now() - t;
  s.dispose();
  // maxRSS is in kilobytes.
  process.stdout.write(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, posts: result?.summary.posts ?? 0 }));
}

void main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
