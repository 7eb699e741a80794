// The open document as the renderer holds it: reference data, the posts of each loaded structure,
// the active structure and the undo history. Every change arrives from the API as DocumentChanges.
import { entersHistory, type ApiClient } from '../../../shared/api/contract';
import type { DocumentChanges, Id, Post } from '../../../shared/model/types';
import { derivedPosts } from './chartIndex';
import { sameData } from './moveAhead';
import type { SliceCreator } from './types';
import type { LoadedStructure, DocumentSlice } from './state/document';
import { firstStructure } from '../../../shared/model/structureStatus';

export type { LoadedStructure, DocumentSlice };

function toRecord(posts: readonly Post[]): Record<Id, Post> {
  const out: Record<Id, Post> = {};
  for (const p of posts) out[p.id] = p;
  return out;
}

export function applyChanges(
  structures: Record<Id, LoadedStructure>,
  changes: DocumentChanges,
): Record<Id, LoadedStructure> {
  const next = { ...structures };
  const touched = new Set<Id>();
  // Per structure changed: its posts put in place of posts it had, while none is added or deleted.
  const replaced = new Map<Id, Post[] | null>();
  const edit = (id: Id): Record<Id, Post> | null => {
    const s = next[id];
    if (!s) return null;
    if (!touched.has(id)) {
      next[id] = { posts: { ...s.posts }, version: s.version + 1 };
      touched.add(id);
    }
    return next[id]!.posts;
  };
  for (const id of changes.deletedPostIds) {
    for (const sid of Object.keys(next)) {
      if (next[sid]!.posts[id]) {
        delete edit(sid)![id];
        replaced.set(sid, null);
      }
    }
  }
  for (const p of changes.posts) {
    // A post can only move between structures by being deleted and re-created, but be safe.
    for (const sid of Object.keys(next))
      if (sid !== p.structureId && next[sid]!.posts[p.id]) {
        delete edit(sid)![p.id];
        replaced.set(sid, null);
      }
    // A post already held as the file now has it (a move shown before it was stored) keeps its
    // object, so nothing drawn from it is worked out again.
    const held = next[p.structureId]?.posts[p.id];
    if (held && sameData(held, p)) continue;
    const posts = edit(p.structureId);
    if (!posts) continue;
    const list = replaced.get(p.structureId);
    if (!held) replaced.set(p.structureId, null);
    else if (list === undefined) replaced.set(p.structureId, [p]);
    else list?.push(p);
    posts[p.id] = p;
  }
  for (const [sid, list] of replaced) if (list && next[sid]) derivedPosts(next[sid]!.posts, structures[sid]!.posts, list);
  // Structures changed wholesale are read again when next needed (the active one at once).
  for (const sid of changes.reloadStructureIds ?? []) delete next[sid];
  if (changes.document) {
    const alive = new Set(changes.document.structures.map((s) => s.id));
    for (const sid of Object.keys(next)) if (!alive.has(sid)) delete next[sid];
  }
  return next;
}

export const createDocumentSlice =
  (api: ApiClient): SliceCreator<DocumentSlice> =>
  (set, get) => {
    /** The selection there was when each undo step of the open document was made, by step number. */
    const selectionBefore = new Map<number, Id[]>();
    /** Structures being read, with the state of the document's history when the read began. */
    const loading = new Map<Id, { history: unknown; done: Promise<void> }>();
    return {
      api,
      appInfo: null,
      doc: null,
      structures: {},
      activeStructureId: null,
      setAppInfo: (appInfo) => set({ appInfo }),
      setDocument: (doc) => {
        const current = (doc && firstStructure(doc.structures)) ?? null;
        selectionBefore.clear();
        set({ doc, structures: {}, activeStructureId: current?.id ?? null, selection: [] });
        if (current) void get().loadStructure(current.id);
      },
      loadStructure: (structureId) => {
        // A read already on its way since the last change of the document is shared, not repeated.
        const history = get().doc?.history;
        const pending = loading.get(structureId);
        if (pending && pending.history === history) return pending.done;
        const entry: { history: unknown; done: Promise<void> } = { history, done: Promise.resolve() };
        entry.done = (async () => {
          try {
            const data = await get().api.getStructure({ structureId });
            set((s) => ({
              structures: {
                ...s.structures,
                [structureId]: { posts: toRecord(data.posts), version: (s.structures[structureId]?.version ?? 0) + 1 },
              },
            }));
            // The chart's first view is worked out now, so the chart is drawn in the same render.
            if (get().activeStructureId === structureId) get().ensureChartView(structureId);
          } finally {
            if (loading.get(structureId) === entry) loading.delete(structureId);
          }
        })();
        loading.set(structureId, entry);
        return entry.done;
      },
      setActiveStructure: async (structureId) => {
        set({ activeStructureId: structureId, selection: [] });
        if (!get().structures[structureId]) await get().loadStructure(structureId);
      },
      applyResult: (result, method) => {
        const before = get();
        const undone = method === 'undo' ? (before.doc?.history.undoStep ?? null) : null;
        const step = result.history.undoStep;
        // A method that enters the history made a new step (or joined the last, which keeps the
        // selection of its first edit): the step remembers the selection it was made with.
        if (entersHistory(method) && step !== null && step !== before.doc?.history.undoStep) selectionBefore.set(step, before.selection);
        const restore = undone === null ? undefined : selectionBefore.get(undone);
        set((s) => {
          const doc = s.doc
            ? { ...s.doc, ...(result.changes.document ?? {}), history: result.history }
            : s.doc;
          const structures = applyChanges(s.structures, result.changes);
          let activeStructureId = s.activeStructureId;
          if (doc && activeStructureId && !doc.structures.some((x) => x.id === activeStructureId)) {
            activeStructureId = doc.structures.find((x) => x.kind === 'current')?.id ?? null;
          }
          const alive = activeStructureId ? structures[activeStructureId]?.posts : undefined;
          const selection = alive ? (restore ?? s.selection).filter((id) => alive[id]) : [];
          return { doc, structures, activeStructureId, selection };
        });
        const { activeStructureId, structures } = get();
        if (activeStructureId && !structures[activeStructureId]) void get().loadStructure(activeStructureId);
      },
      showAhead: (structureId, posts) => {
        const before = get().structures[structureId];
        if (!before || posts.length === 0) return () => {};
        const shown = new Map(posts.map((p) => [p.id, p]));
        const was = posts.map((p) => before.posts[p.id]!);
        const ahead = { ...before.posts, ...Object.fromEntries(shown) };
        derivedPosts(ahead, before.posts, posts);
        set((s) => ({ structures: { ...s.structures, [structureId]: { posts: ahead, version: before.version + 1 } } }));
        // Puts back each post that still is as shown: anything changed since stays.
        return () =>
          set((s) => {
            const now = s.structures[structureId];
            const back = was.filter((p) => p && now?.posts[p.id] === shown.get(p.id));
            if (!now || back.length === 0) return {};
            const restored = { ...now.posts };
            for (const p of back) restored[p.id] = p;
            derivedPosts(restored, now.posts, back);
            return { structures: { ...s.structures, [structureId]: { posts: restored, version: now.version + 1 } } };
          });
      },
      setHistory: (history) => set((s) => (s.doc ? { doc: { ...s.doc, history } } : {})),
    };
  };
