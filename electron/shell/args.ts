// The document named on a command line that started Establish (or a second launch of it), resolved
// against the folder that command line ran in: a second launch's own folder, not the first's.
import path from 'node:path';
import { FILE_EXTENSION } from '../store/files';

export function documentArg(argv: readonly string[], workingDirectory: string): string | null {
  const arg = argv.slice(1).find((a) => a.toLowerCase().endsWith(FILE_EXTENSION) && !a.startsWith('-'));
  return arg ? path.resolve(workingDirectory, arg) : null;
}
