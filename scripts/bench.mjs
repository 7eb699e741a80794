// `npm run bench [name...]`: builds, then runs the benchmarks in test/bench/ and prints their figures.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', env: { ...process.env, ESTABLISH_QUIET_BUILD: '1' } });
if (build.status !== 0) process.exit(build.status ?? 1);
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const r = spawnSync(process.execPath, [tsx, path.join(root, 'test', 'bench', 'run.ts'), ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);
