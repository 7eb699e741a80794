// A session is one window's view of the API: the document it has open, what its host (the
// Electron shell or the browser bridge) can do for it, its jobs, and the events it is told of.
import { ApiError } from '../../shared/api/errors';
import type { AppInfo, ChosenFile } from '../../shared/api/contract';
import type { ApiEvent } from '../../shared/api/events';
import type { FilePurpose } from '../../shared/api/schemas';
import type { RecentFiles } from '../app/recent';
import type { DocumentStore } from '../store/document';
import { canonical, openDocumentFile, upgradeNeeded } from '../store/files';
import { ImportJobs } from '../import/jobs';
import { Jobs } from '../jobs/jobs';
import type { WorkerPool } from '../jobs/pool';
import { threadPool } from '../jobs/threads';
import { firstStructure } from '../../shared/model/structureStatus';

export interface Host {
  info: Omit<AppInfo, 'name' | 'version' | 'openOnStart'>;
  chooseFile(purpose: FilePurpose, suggestedName?: string): Promise<ChosenFile>;
  /** Told whenever the open document changes, so the shell can update the window title and menus. */
  documentChanged?(doc: DocumentStore | null): void;
}

export interface SessionOptions {
  /** Where jobs run: Electron's utility processes in the app, worker threads otherwise. */
  workers?: () => WorkerPool;
}

/**
 * Opens a file a window was started with while the window's page is still loading, and reads the
 * structure the page shows first, so the page's first requests find both done. A file that needs
 * the user first (one to upgrade) or cannot be opened is left for the page's own request, which
 * explains it: null then.
 */
export function openAhead(file: string): DocumentStore | null {
  try {
    if (upgradeNeeded(file)) return null;
    const store = openDocumentFile(file).store;
    const first = firstStructure(store.reference().structures);
    if (first) store.readAhead(first.id);
    return store;
  } catch {
    return null;
  }
}

export type EventListener = (event: ApiEvent) => void;

export class Session {
  document: DocumentStore | null = null;
  /** A file given on the command line or double-clicked, opened by the renderer when it starts. */
  openOnStart: string | null = null;
  /** That file, opened while the window loads (see prepareStart), until the window asks for it. */
  private openedAhead: DocumentStore | null = null;
  private disposed = false;
  readonly jobs: Jobs;
  /** Imports being read or waiting for the user to accept them. */
  readonly imports: ImportJobs;
  private readonly listeners = new Set<EventListener>();

  constructor(
    readonly host: Host,
    readonly recent: RecentFiles,
    options: SessionOptions = {},
  ) {
    this.jobs = new Jobs(options.workers ?? threadPool, (status) => this.emit({ event: 'job', payload: status }));
    this.imports = new ImportJobs(this.jobs);
  }

  /** Listens to this window's events (a transport passes them on); returns the way to stop. */
  onEvent(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: ApiEvent): void {
    for (const l of this.listeners) {
      try {
        l(event);
      } catch {
        // A window that has gone away must not stop the others hearing.
      }
    }
  }

  /** Opens the file the window was started with while its page is still loading (see openAhead). */
  prepareStart(): void {
    if (this.openOnStart && !this.disposed && !this.document && !this.openedAhead) this.openedAhead = openAhead(this.openOnStart);
  }

  /** Hands over a file opened by prepareStart elsewhere (a host that prepares before its windows exist). */
  adoptOpenedAhead(store: DocumentStore | null): void {
    this.openedAhead?.close();
    this.openedAhead = store;
  }

  /**
   * The file opened ahead, when the page opens that same file for editing; otherwise it is let go,
   * so the page's request opens the file afresh.
   */
  takeOpenedAhead(file: string, forEditing: boolean): DocumentStore | null {
    const store = this.openedAhead;
    this.openedAhead = null;
    if (!store) return null;
    if (forEditing && store.isOpen && canonical(file) === store.filePath) return store;
    store.close();
    return null;
  }

  requireDocument(): DocumentStore {
    if (!this.document || !this.document.isOpen) throw new ApiError('no-document', 'No document is open. Create or open one first.');
    return this.document;
  }

  replaceDocument(next: DocumentStore | null): void {
    if (this.document && this.document !== next) {
      this.imports.disposeAll();
      this.document.close();
    }
    this.document = next;
    this.host.documentChanged?.(next);
  }

  dispose(): void {
    this.disposed = true;
    this.jobs.cancelAll();
    this.takeOpenedAhead('', false);
    this.replaceDocument(null);
    this.listeners.clear();
  }
}
