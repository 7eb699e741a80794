// Edit latency: how long one edit of a post takes to be stored, at the median and the 95th
// percentile, in the sample document. Measured three ways: the write-ahead log alone (as before
// the file was kept whole), the write-ahead log checkpointed into the file half a second after
// edits (as now), and a rollback journal (the alternative, every edit straight into the file).
// Edits are paced a few milliseconds apart, as a window's are, so checkpoints fall between them;
// a checkpoint's own time is reported too, since an edit arriving during one waits for it.
// Target: 5 ms at the 95th percentile.
import fs from 'node:fs';
import path from 'node:path';
import { CHECKPOINT_AFTER_MS, type DocumentStore } from '../../electron/store/document';
import { updatePosts } from '../../electron/store/edits/posts';
import { createDocumentFile } from '../../electron/store/files';
import { seedDocument } from '../../electron/store/seed';
import { makeTempDir } from '../helpers/tempDir';
import { median, type Benchmark, type Figure } from './types';

const EDITS = 300;
const GAP_MS = 4;

type Mode = 'log only' | 'log, checkpointed' | 'rollback journal';

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

async function measure(dir: string, mode: Mode): Promise<{ edits: number[]; checkpoints: number[] }> {
  const file = path.join(dir, `${mode.replace(/\W+/g, '-')}.establish`);
  fs.rmSync(file, { force: true });
  const store: DocumentStore = createDocumentFile(file, { seed: (db) => seedDocument(db, { name: 'Bench', sample: true }) });
  if (mode === 'rollback journal') store.db.pragma('journal_mode = TRUNCATE');
  // Times the checkpoints the store makes by itself; the log-only run makes none, and a rollback
  // journal has nothing to checkpoint.
  const checkpoints: number[] = [];
  const flush = store.flush.bind(store);
  store.flush = () => {
    if (mode !== 'log, checkpointed') return;
    const t = performance.now();
    flush();
    checkpoints.push(performance.now() - t);
  };
  try {
    const current = store.info().structures.find((s) => s.kind === 'current')!;
    const posts = store.structure(current.id).posts;
    const edits: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const post = posts[i % posts.length]!;
      const t = performance.now();
      store.edit((ctx) => updatePosts(ctx, { postIds: [post.id], patch: { notes: `Edit ${i}` } }));
      edits.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, GAP_MS));
    }
    // The last edits' checkpoint.
    await new Promise((r) => setTimeout(r, CHECKPOINT_AFTER_MS + 50));
    return { edits: edits.slice(10), checkpoints };
  } finally {
    store.close();
  }
}

export const editLatencyBenchmark: Benchmark = {
  name: 'Edit latency',
  async run(): Promise<Figure[]> {
    const tmp = makeTempDir('establish-bench-edit-');
    try {
      const figures: Figure[] = [];
      for (const mode of ['log only', 'log, checkpointed', 'rollback journal'] as const) {
        const { edits, checkpoints } = await measure(tmp.dir, mode);
        const note = `${edits.length} edits of one post, ${GAP_MS} ms apart, sample document`;
        figures.push({ label: `Edit, ${mode}: median`, value: median(edits), unit: 'ms', target: 5, note });
        figures.push({ label: `Edit, ${mode}: 95th percentile`, value: percentile(edits, 95), unit: 'ms', target: 5, note });
        if (checkpoints.length) figures.push({ label: `Checkpoint, ${mode}: median`, value: median(checkpoints), unit: 'ms', target: 5, note: `${checkpoints.length} checkpoints` });
      }
      return figures;
    } finally {
      tmp.cleanup();
    }
  },
};
