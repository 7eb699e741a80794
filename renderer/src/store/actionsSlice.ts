// What the user can do, as store actions: each calls the API, applies what changed and reports
// failures in words. Components call these; they never call the API themselves.
import { printedOrganisationName } from '../../../shared/model/organisation';
import type { ResultOf } from '../../../shared/api/contract';
import { ApiError, FILE_ERROR_CODES } from '../../../shared/api/errors';
import type { ImportResult } from '../../../shared/import/api';
import { predictMove } from './moveAhead';
import { indexedReports } from './chartIndex';
import type { SliceCreator } from './types';
import type { ActionsSlice } from './state/actions';

export type { ActionsSlice };

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export const createActionsSlice: SliceCreator<ActionsSlice> = (set, get) => ({
  async start() {
    const { api } = get();
    // Another window took this window's document over: it is closed here, with nothing lost.
    api.on('documentTakenOver', ({ fileName }) => {
      if (!get().doc) return;
      get().setDocument(null);
      get().notify('info', `${fileName} was taken over by another window, where it is open now. Every change made here is kept in it.`);
    });
    try {
      // Asked together: a window reloaded with its document open gets it back in one round trip.
      const [info, doc] = await Promise.all([api.getAppInfo(), api.getDocument()]);
      get().setAppInfo(info);
      if (doc) get().setDocument(doc);
      else if (info.openOnStart) await get().openDocument(info.openOnStart);
    } catch (err) {
      get().reportError(err, 'Establish could not start');
    }
  },

  async createDocument(path, sample, overwrite = false, onError) {
    get().setBusy('Creating the document…');
    try {
      const doc = await get().api.newDocument({ path, sample, overwrite });
      get().setDocument(doc);
      get().notify('success', `Created ${doc.fileName}. Every change is saved as you make it.`);
      // A new document's organisation has no name yet: ask for it, as it heads every printed page.
      if (!sample && !printedOrganisationName(doc)) get().openDialog({ kind: 'settings' });
      return true;
    } catch (err) {
      if (onError) onError(messageOf(err));
      else get().reportError(err, 'The document could not be created');
      return false;
    } finally {
      get().setBusy(null);
    }
  },

  async openDocument(path, onError, how) {
    get().setBusy('Opening…');
    try {
      const doc = await get().api.openDocument({ path, upgrade: how === 'upgrade', readOnly: how === 'read-only', takeOver: how === 'take-over' });
      get().setDocument(doc);
      const upgraded = doc.access?.upgraded;
      if (upgraded) {
        const backup = upgraded.backup.split(/[\\/]/).pop();
        get().notify('info', `${doc.fileName} was upgraded to this version's file format. The file as it was is kept beside it as "${backup}".`);
      }
      return true;
    } catch (err) {
      // An older file: the user chooses between upgrading it and reading it as it is.
      if (err instanceof ApiError && err.code === 'file-older-version') {
        const backup = typeof err.details?.backup === 'string' ? err.details.backup : '';
        get().openDialog({ kind: 'upgrade', path: typeof err.details?.path === 'string' ? err.details.path : path, message: err.message, backup });
        return false;
      }
      // Held by another window (perhaps one closed without letting it go): the user may take it over.
      if (err instanceof ApiError && err.code === 'file-in-use' && err.details?.takeOver === true) {
        get().openDialog({ kind: 'take-over', path: typeof err.details.path === 'string' ? err.details.path : path, message: err.message });
        return false;
      }
      // A file too damaged to open: the dialog that offers to save what can be read takes over.
      const recoverable = err instanceof ApiError && err.details?.recoverable === true;
      if (onError && !recoverable) onError(messageOf(err));
      else get().reportError(err, recoverable ? 'The document is damaged' : 'The document could not be opened');
      return false;
    } finally {
      get().setBusy(null);
    }
  },

  async reopenToUpgrade(path) {
    await get().closeDocument();
    if (!get().doc) await get().openDocument(path);
  },

  async chooseAndOpen() {
    const chosen = await get().api.chooseFile({ purpose: 'open' });
    if (!chosen.supported) get().openDialog({ kind: 'path', purpose: 'open' });
    else if (chosen.path) await get().openDocument(chosen.path);
  },

  async chooseAndCreate(sample) {
    const chosen = await get().api.chooseFile({ purpose: 'new', suggestedName: sample ? 'Business Support review.establish' : 'Restructure.establish' });
    if (!chosen.supported) get().openDialog({ kind: 'path', purpose: 'new', sample });
    // The native save dialog has already asked before replacing a file.
    else if (chosen.path) await get().createDocument(chosen.path, sample, true);
  },

  async chooseAndSaveCopy() {
    const doc = get().doc;
    if (!doc) return;
    const suggestedName = doc.fileName.replace(/\.establish$/i, '') + ' copy.establish';
    const chosen = await get().api.chooseFile({ purpose: 'save-copy', suggestedName });
    if (!chosen.supported) get().openDialog({ kind: 'path', purpose: 'save-copy' });
    else if (chosen.path) await get().saveCopy(chosen.path);
  },

  async saveCopy(path, onError) {
    try {
      const r = await get().api.saveCopyAs({ path });
      get().notify('success', `Saved a copy as ${r.path}. You are still working on the original.`);
      return true;
    } catch (err) {
      if (onError) onError(messageOf(err));
      else get().reportError(err, 'The copy could not be saved');
      return false;
    }
  },

  async closeDocument() {
    try {
      await get().api.closeDocument();
    } finally {
      get().setDocument(null);
    }
  },

  checkDocument() {
    if (get().doc) get().openDialog({ kind: 'check' });
  },

  async chooseAndImport() {
    if (!get().doc) return;
    const chosen = await get().api.chooseFile({ purpose: 'import' });
    // Without a native dialog the import dialog asks for the path itself.
    if (!chosen.supported) get().openDialog({ kind: 'import', path: null });
    else if (chosen.path) get().openDialog({ kind: 'import', path: chosen.path });
  },

  async acceptImport(jobId) {
    const result = await get().edit('acceptImport', { jobId });
    if (result) {
      await get().loadStructure(result.structureId);
      await get().setActiveStructure(result.structureId);
      const s = result.summary;
      get().notify('success', `Imported ${s.posts} post${s.posts === 1 ? '' : 's'}${s.unplaced > 0 ? `; ${s.unplaced} under "Unplaced" to sort out` : ''}. Undo takes the whole import back.`);
    }
    return result;
  },

  async edit(method, arg) {
    try {
      // Every method that enters the history answers with an edit result (the import's with more).
      const call = get().api[method] as unknown as (a: typeof arg) => Promise<ResultOf<typeof method>>;
      const result = await call(arg);
      get().applyResult(result, method);
      return result;
    } catch (err) {
      get().reportError(err);
      return null;
    }
  },

  async addPost(managerId, post = {}, copyOfPostId) {
    const structureId = get().activeStructureId;
    if (!structureId) return null;
    const result = await get().edit('addPost', {
      structureId,
      managerId,
      post: { title: 'New post', ...post },
      ...(copyOfPostId ? { copyOfPostId } : {}),
    });
    const id = result?.createdIds[0] ?? null;
    if (id) get().select([id]);
    return id;
  },

  async updatePosts(postIds, patch) {
    return (await get().edit('updatePosts', { postIds, patch })) !== null;
  },

  async deletePosts(postIds, reports) {
    const ok = (await get().edit('deletePosts', { postIds, reports })) !== null;
    if (ok) get().select([]);
    return ok;
  },

  requestDelete(postIds) {
    if (postIds.length === 0) return;
    const sid = get().activeStructureId;
    const posts = sid ? get().structures[sid]?.posts : undefined;
    const ids = new Set(postIds);
    const hasReports = posts ? Object.values(posts).some((p) => p.managerId !== null && ids.has(p.managerId) && !ids.has(p.id)) : false;
    if (hasReports) get().openDialog({ kind: 'delete-posts', postIds });
    else void get().deletePosts(postIds, 'reassign');
  },

  async movePosts(postIds, managerId, beforeId) {
    const arg = { postIds, managerId, ...(beforeId !== undefined ? { beforeId } : {}) };
    // The move is shown at once, from the posts held here, while the file stores it; the file's
    // answer then replaces the posts shown (the same, unless the file numbered them otherwise).
    const structureId = postIds[0] ? Object.keys(get().structures).find((sid) => get().structures[sid]!.posts[postIds[0]!]) : undefined;
    const posts = structureId ? get().structures[structureId]!.posts : undefined;
    const ahead = posts ? predictMove(posts, postIds, managerId, beforeId, (m) => indexedReports(posts, m)) : null;
    if (!structureId || !ahead) return (await get().edit('movePosts', arg)) !== null;
    const putBack = get().showAhead(structureId, ahead);
    try {
      get().applyResult(await get().api.movePosts(arg), 'movePosts');
      return true;
    } catch (err) {
      putBack();
      const e = err instanceof Error ? err.message : String(err);
      get().notify('error', `The move was not saved, so the ${postIds.length === 1 ? 'post is' : 'posts are'} back where ${postIds.length === 1 ? 'it was' : 'they were'}. ${e}`);
      return false;
    }
  },

  async createProposal(name, fromStructureId) {
    const result = await get().edit('createStructure', { name, fromStructureId });
    const id = result?.createdIds[0] ?? null;
    if (id) await get().setActiveStructure(id);
    return id;
  },

  async undo() {
    if (!get().doc) return;
    try {
      const r = await get().api.undo();
      if (r) {
        get().applyResult(r, 'undo');
        get().notify('info', `Undid: ${r.label}`);
      }
    } catch (err) {
      get().reportError(err);
    }
  },

  async redo() {
    if (!get().doc) return;
    try {
      const r = await get().api.redo();
      if (r) {
        get().applyResult(r, 'redo');
        get().notify('info', `Redid: ${r.label}`);
      }
    } catch (err) {
      get().reportError(err);
    }
  },

  runMenuCommand(command) {
    const s = get();
    switch (command.command) {
      case 'new':
        return void s.chooseAndCreate(false);
      case 'open':
        return void s.chooseAndOpen();
      case 'open-recent':
        if (command.path) void s.openDocument(command.path);
        return;
      case 'save-copy':
        return void s.chooseAndSaveCopy();
      case 'close':
        return void s.closeDocument();
      case 'check':
        return s.checkDocument();
      case 'export':
        s.openExport();
        return;
      case 'settings':
        if (s.doc) s.openDialog({ kind: 'settings' });
        return;
      case 'import':
        return void s.chooseAndImport();
      case 'undo':
        return void s.undo();
      case 'redo':
        return void s.redo();
    }
  },

  reportError(err, title) {
    const e = err instanceof ApiError ? err : new ApiError('internal', err instanceof Error ? err.message : String(err));
    const recoverPath = e.code === 'file-corrupt' && e.details?.recoverable === true && typeof e.details.path === 'string' ? e.details.path : undefined;
    if (FILE_ERROR_CODES.has(e.code) && title) get().openDialog({ kind: 'error', title, message: e.message, ...(recoverPath ? { recoverPath } : {}) });
    else get().notify('error', e.message);
    set({});
  },

  async saveRecoveredCopy(path) {
    get().setBusy('Saving a recovered copy…');
    try {
      const copy = await get().api.saveRecoveredCopy(path ? { path } : {});
      const name = copy.path.split(/[\\/]/).pop();
      get().setBusy(null);
      if (get().dialog.kind === 'error') get().closeDialog();
      if (await get().openDocument(copy.path)) {
        const lost = copy.dropped + copy.damagedTables.length;
        get().notify('success', `Saved what could be read as "${name}", now open for editing.${lost ? ' Some rows could not be read and are not in it: check it against the last good copy.' : ''} The damaged file was not changed.`);
      }
    } catch (err) {
      get().reportError(err);
    } finally {
      get().setBusy(null);
    }
  },
});
