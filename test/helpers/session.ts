// A plain-Node session with the real handlers, for integration tests.
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import type { InputOf, MethodName, ResultOf } from '../../shared/api/contract';
import { RecentFiles } from '../../electron/app/recent';
import { dispatch } from '../../electron/api/handlers';
import { Session } from '../../electron/api/session';

export function testSession(dir: string): Session {
  return new Session(
    {
      info: { transport: 'bridge', platform: process.platform, nativeDialogs: false },
      chooseFile: async () => ({ supported: false, path: null }),
    },
    new RecentFiles(path.join(dir, 'recent.json')),
  );
}

/** Calls a method the way a transport does, throwing its typed error. */
export async function call<M extends MethodName>(session: Session, method: M, arg?: InputOf<M>): Promise<ResultOf<M>> {
  const env = await dispatch(session, method, arg ?? {});
  if (!env.ok) throw ApiError.from(env.error);
  return env.value as ResultOf<M>;
}
