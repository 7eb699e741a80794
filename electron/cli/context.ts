// What every command of the command line gets: a session on the real handlers, output streams and
// a way to call methods that throws the typed error.
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import type { InputOf, MethodName, ResultOf } from '../../shared/api/contract';
import type { DocumentInfo } from '../../shared/model/types';
import { RecentFiles } from '../app/recent';
import { dispatch } from '../api/handlers';
import { Session } from '../api/session';
import { handOverInspectedFiles } from '../import/handOver';
import { inProcessPool } from '../jobs/inProcess';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export class CliContext {
  readonly session = new Session(
    {
      info: { transport: 'bridge', platform: process.platform, nativeDialogs: false },
      chooseFile: async () => ({ supported: false, path: null }),
    },
    new RecentFiles(null),
    // Jobs run here rather than in a worker thread: nothing needs to answer meanwhile, and an
    // import's result is then not copied from one thread to another.
    { workers: inProcessPool },
  );

  constructor(readonly io: Io, readonly cwd: string = process.cwd()) {
    // An import's job runs here too, so it can take the file its inspection read.
    handOverInspectedFiles();
  }

  resolve(p: string): string {
    return path.resolve(this.cwd, p);
  }

  async call<M extends MethodName>(method: M, arg?: InputOf<M>): Promise<ResultOf<M>> {
    const env = await dispatch(this.session, method, arg ?? {});
    if (!env.ok) throw ApiError.from(env.error);
    return env.value as ResultOf<M>;
  }

  /** Opens a document only to read it (never written); says so on stderr when it is damaged. */
  async read(file: string): Promise<DocumentInfo> {
    const info = await this.call('openDocument', { path: this.resolve(file), readOnly: true });
    const ro = info.access?.readOnly;
    if (ro?.reason === 'damaged') this.io.err(`warning: ${ro.message}`);
    return info;
  }

  /**
   * Opens a document to write to it. One in an older file format is upgraded (a copy of it as it was
   * is kept beside it), and stderr says so and names the copy.
   */
  async edit(file: string): Promise<DocumentInfo> {
    const info = await this.call('openDocument', { path: this.resolve(file), upgrade: true });
    const upgraded = info.access?.upgraded;
    if (upgraded) this.io.err(`${info.fileName} was upgraded to this version's file format; the file as it was is kept beside it as "${path.basename(upgraded.backup)}".`);
    return info;
  }

  dispose(): void {
    this.session.dispose();
  }
}

/** A mistake in how a command was typed: printed with the usage, exit code 2. */
export class UsageError extends Error {}
