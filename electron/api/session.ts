// A session is one window's view of the API: the document it has open and what its host (the
// Electron shell or the browser bridge) can do for it.
import { ApiError } from '../../shared/api/errors';
import type { AppInfo, ChosenFile } from '../../shared/api/contract';
import type { FilePurpose } from '../../shared/api/schemas';
import type { RecentFiles } from '../app/recent';
import type { DocumentStore } from '../store/document';
import { ImportJobs } from '../import/jobs';

export interface Host {
  info: Omit<AppInfo, 'name' | 'version' | 'openOnStart'>;
  chooseFile(purpose: FilePurpose, suggestedName?: string): Promise<ChosenFile>;
  /** Told whenever the open document changes, so the shell can update the window title and menus. */
  documentChanged?(doc: DocumentStore | null): void;
}

export class Session {
  document: DocumentStore | null = null;
  /** A file given on the command line or double-clicked, opened by the renderer when it starts. */
  openOnStart: string | null = null;
  /** Imports being read or waiting for the user to accept them. */
  readonly imports = new ImportJobs();

  constructor(
    readonly host: Host,
    readonly recent: RecentFiles,
  ) {}

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
    this.replaceDocument(null);
  }
}
