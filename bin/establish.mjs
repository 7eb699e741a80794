#!/usr/bin/env node
// The `establish` command: runs the bundled command line (built by `npm install` / `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'establish.mjs');
if (!existsSync(cli)) {
  process.stderr.write('establish: the command line has not been built yet. Run "npm run build" in the Establish folder.\n');
  process.exit(2);
}
await import(pathToFileURL(cli).href);
