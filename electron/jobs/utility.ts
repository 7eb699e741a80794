// Job workers as Electron utility processes, used by the app: a crash or a runaway export there
// cannot take the window or the document with it. Electron's utilityProcess is passed in, so
// tests can check the wiring without starting Electron.
import type { UtilityProcess } from 'electron';
import type { FromWorker, SpawnWorker, WorkerPort } from './protocol';

export interface UtilityDeps {
  fork(modulePath: string, args?: string[], options?: { serviceName?: string; stdio?: 'inherit' | 'ignore' | 'pipe' }): UtilityProcess;
}

export function spawnUtility(deps: UtilityDeps, workerPath: string): SpawnWorker {
  return (): WorkerPort => {
    const child = deps.fork(workerPath, [], { serviceName: 'Establish job worker', stdio: 'inherit' });
    let exited = false;
    return {
      post: (m) => child.postMessage(m),
      onMessage: (listener) => child.on('message', (m: FromWorker) => listener(m)),
      onExit: (listener) =>
        child.on('exit', (code: number) => {
          if (exited) return;
          exited = true;
          listener(code);
        }),
      kill: () => void child.kill(),
    };
  };
}
