// The command line runs its jobs within its own process: an export written through that runner is
// the same file a worker thread writes, its progress is pushed as it goes, and a cancel ends it
// with nothing saved.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../shared/api/jobs';
import { Session } from '../../electron/api/session';
import { RecentFiles } from '../../electron/app/recent';
import { waitForExport } from '../../electron/export/jobs';
import { inProcessPool } from '../../electron/jobs/inProcess';
import { createBigDocument } from '../helpers/bigStructure';
import { readPdf } from '../helpers/pdf';
import { call } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const t = makeTempDir('establish-inprocess-');
afterAll(() => t.cleanup());

function session(): { s: Session; events: JobStatus[] } {
  const s = new Session(
    { info: { transport: 'bridge', platform: process.platform, nativeDialogs: false }, chooseFile: async () => ({ supported: false, path: null }) },
    new RecentFiles(null),
    { workers: inProcessPool },
  );
  const events: JobStatus[] = [];
  s.onEvent((e) => {
    if (e.event === 'job') events.push(e.payload);
  });
  return { s, events };
}

describe('jobs run within the process', () => {
  it('write an export with its progress pushed', async () => {
    const { s, events } = session();
    try {
      const info = await call(s, 'newDocument', { path: path.join(t.dir, 'sample.establish'), sample: true });
      const out = path.join(t.dir, 'pack.pdf');
      const current = info.structures.find((x) => x.kind === 'current')!;
      const proposal = info.structures.find((x) => x.kind === 'proposal')!;
      const { jobId } = await call(s, 'startExport', { request: { kind: 'pack', format: 'pdf', fromId: current.id, toId: proposal.id }, path: out });
      const end = await waitForExport(s, jobId);
      expect(end.error).toBeNull();
      expect(end.state).toBe('done');
      expect((await readPdf(out)).text).toContain('Proposed structure');
      expect(events.some((e) => e.jobId === jobId && e.state === 'running' && e.progress > 0)).toBe(true);
      expect(events.at(-1)).toMatchObject({ jobId, state: 'done' });
    } finally {
      s.dispose();
    }
  });

  it('stop an export when cancelled, leaving no file', async () => {
    const { s } = session();
    const big = path.join(t.dir, 'big.establish');
    createBigDocument(big, 3_000).close();
    try {
      const info = await call(s, 'openDocument', { path: big });
      const out = path.join(t.dir, 'big.pdf');
      const { jobId } = await call(s, 'startExport', { request: { kind: 'chart', format: 'pdf', structureId: info.structures[0]!.id, paper: 'A4', orientation: 'portrait' }, path: out });
      await call(s, 'cancelJob', { jobId });
      const end = await waitForExport(s, jobId);
      expect(end.state).toBe('cancelled');
      expect(fs.readdirSync(t.dir).filter((f) => f.startsWith('big.pdf') || f.endsWith('.tmp'))).toEqual([]);
    } finally {
      s.dispose();
    }
  });
});
