// Builds the renderer once before the browser tests, as `npm run build` does.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  const root = path.resolve(__dirname, '..', '..');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ESTABLISH_QUIET_BUILD: '1' },
  });
}
