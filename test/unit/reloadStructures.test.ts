// An edit that changed thousands of posts names the structures to read again: the window drops what
// it held of them, reads the one in front of the user at once (once, however many ask), and the
// others when they are next needed.
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/contract';
import type { DocumentInfo, EditResult, HistoryState, Post } from '../../shared/model/types';
import { createAppStore } from '../../renderer/src/store';
import { post, reference, structure } from '../helpers/model';

const history = (undoStep: number | null): HistoryState => ({ canUndo: undoStep !== null, canRedo: false, undoLabel: null, redoLabel: null, undoStep });

function setup() {
  const { ctx: _ctx, ...ref } = reference();
  const doc: DocumentInfo = {
    path: '/d.establish',
    fileName: 'd.establish',
    ...ref,
    structures: [structure('cur', { kind: 'current' }), structure('opt')],
    history: history(null),
  };
  const held = (sid: string, ids: string[]) => ({ posts: Object.fromEntries(ids.map((id) => [id, post({ id, structureId: sid })])), version: 1 });
  const fresh: Record<string, Post[]> = { cur: ['n1', 'n2', 'n3'].map((id) => post({ id, structureId: 'cur' })), opt: [post({ id: 'o9', structureId: 'opt' })] };
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const getStructure = vi.fn(async ({ structureId }: { structureId: string }) => {
    await gate;
    return { structure: doc.structures.find((x) => x.id === structureId)!, posts: fresh[structureId]! };
  });
  const store = createAppStore({ getStructure } as unknown as ApiClient);
  store.setState({ doc, activeStructureId: 'cur', structures: { cur: held('cur', ['a', 'b']), opt: held('opt', ['o1']) } });
  return { s: () => store.getState(), getStructure, release };
}

const bulk = (ids: string[], undoStep: number): EditResult => ({
  label: 'Import',
  changes: { posts: [], deletedPostIds: [], touchedStructureIds: ids, document: null, reloadStructureIds: ids },
  history: history(undoStep),
  createdIds: [],
});

describe('structures changed wholesale', () => {
  it('are dropped and read again, the active one at once and only once', async () => {
    const { s, getStructure, release } = setup();
    s().applyResult(bulk(['cur', 'opt'], 1), 'acceptImport');
    expect(s().structures.cur).toBeUndefined();
    expect(s().structures.opt).toBeUndefined();
    // The window asks for the active structure too (as after an import): the read on its way is shared.
    const again = s().loadStructure('cur');
    release();
    await again;
    expect(getStructure).toHaveBeenCalledTimes(1);
    expect(getStructure).toHaveBeenCalledWith({ structureId: 'cur' });
    expect(Object.keys(s().structures.cur!.posts)).toEqual(['n1', 'n2', 'n3']);
    // The other is read when the user turns to it.
    await s().setActiveStructure('opt');
    expect(getStructure).toHaveBeenCalledTimes(2);
    expect(Object.keys(s().structures.opt!.posts)).toEqual(['o9']);
  });

  it('a read begun before a later change is not reused after it', async () => {
    const { s, getStructure, release } = setup();
    const first = s().loadStructure('opt');
    s().applyResult(bulk(['cur'], 2), 'acceptImport');
    const second = s().loadStructure('opt');
    release();
    await Promise.all([first, second]);
    // One read for the active structure dropped by the change, and two for opt: before and after it.
    expect(getStructure.mock.calls.filter(([a]) => a.structureId === 'opt')).toHaveLength(2);
  });
});
