#!/usr/bin/env node
// The `establish` command: runs the bundled command line (built by `npm install` / `npm run build`).
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'establish.js');
if (!existsSync(cli)) {
  process.stderr.write('establish: the command line has not been built yet. Run "npm run build" in the Establish folder.\n');
  process.exit(2);
}
createRequire(import.meta.url)(cli);
