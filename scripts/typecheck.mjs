// Type-checks each part against its own environment: shared/ with no Node, DOM or Electron types;
// renderer/ with the DOM only; electron/ with Node and Electron's bundled types; test/ with Node.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
let failed = false;
for (const project of ['shared', 'renderer', 'electron', 'test']) {
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, project, 'tsconfig.json')], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`Type errors in ${project}/`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
