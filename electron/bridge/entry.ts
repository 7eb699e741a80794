// Entry of `npm run web` (and of `npm start` where Electron cannot run): serves the app on 127.0.0.1.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serveWeb } from './web';

const { values, positionals } = parseArgs({
  options: { port: { type: 'string' }, renderer: { type: 'string' } },
  allowPositionals: true,
});
const rendererDir = values.renderer ?? path.join(__dirname, '..', 'renderer');
const port = values.port ? Number(values.port) : 0;
const openOnStart = positionals[0] ? path.resolve(positionals[0]) : null;

void serveWeb({ rendererDir, port, openOnStart }).then(
  ({ appUrl, close }) => {
    process.stdout.write(`Establish is running at ${appUrl}\n`);
    process.stdout.write('Open that address in your browser. Press Ctrl+C to stop.\n');
    const stop = () => void close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (err: unknown) => {
    process.stderr.write(`Establish could not start its local server: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
