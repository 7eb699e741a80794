// The shape the Electron preload exposes on `window.establish`. Methods answer with an envelope
// (value or typed error) because errors thrown across IPC lose their type.
import type { MethodName } from './contract';
import type { Envelope } from './errors';
import type { ApiEvent } from './events';
import type { MenuCommand } from './menu';

export interface PreloadApi {
  methods: { [M in MethodName]: (arg?: unknown) => Promise<Envelope<unknown>> };
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Events the main process pushes to this window (a job's progress). */
  onEvent(listener: (event: ApiEvent) => void): () => void;
}
