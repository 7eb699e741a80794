// A column per funding source headed in per cent ("Council funding %") holds percentages even when
// its cells are bare numbers: 80 there is 80%, not an amount of 80 (which alone would be all of it).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Post } from '../../shared/model/types';
import { runImport } from '../helpers/importer';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

async function importFunding(name: string, headings: [string, string]) {
  const rows = [
    ['Post ref', 'Job title', 'Grade', 'FTE', 'Salary', 'Manager ref', ...headings],
    ['P1', 'Director', 'G9', '1', '65000', '', '80', '20'],
    ['P2', 'Officer', 'G5', '1', '28000', 'P1', '80', ''],
    ['P3', 'Clerk', 'G5', '1', '28000', 'P1', '100', ''],
  ];
  const file = path.join(tmp.dir, `${name}.csv`);
  fs.writeFileSync(file, rows.map((r) => r.join(',')).join('\r\n') + '\r\n');
  const s = testSession(tmp.dir);
  const info = await call(s, 'newDocument', { path: path.join(tmp.dir, `${name}.establish`) });
  const { inspection, result } = await runImport(s, { source: { path: file }, target: { kind: 'structure', structureId: info.structures[0]!.id } });
  const { posts } = await call(s, 'getStructure', { structureId: info.structures[0]!.id });
  const sources = s.requireDocument().reference().fundingSources;
  const shares = (ref: string) =>
    (posts.find((p: Post) => p.ref === ref)!.funding).map((f) => [sources.find((x) => x.id === f.sourceId)!.name, f.shareBp]);
  s.dispose();
  return { mapping: inspection.main.mapping, report: result!.report, shares };
}

describe('funding columns headed in per cent', () => {
  it('reads bare numbers under "Council funding %" as percentages', async () => {
    const { mapping, report, shares } = await importFunding('percent', ['Council funding %', 'Supporting Families funding %']);
    expect(mapping['funding:Council']).toBe(6);
    expect(mapping['funding:Supporting Families']).toBe(7);
    expect(shares('P1')).toEqual([['Council', 8_000], ['Supporting Families', 2_000]]);
    expect(shares('P3')).toEqual([['Council', 10_000]]);
    // 80% alone is not all of the post's funding: it is reported, not read as 100%.
    const unclear = report.filter((r) => r.code === 'funding-unclear');
    expect(unclear.map((r) => r.rows)).toEqual([[3]]);
    expect(unclear[0]!.message).toContain('80%');
    expect(shares('P2')).not.toEqual([['Council', 10_000]]);
  });

  it('still reads bare numbers under a heading without "%" as amounts', async () => {
    const { report, shares } = await importFunding('amounts', ['Council funding', 'Supporting Families funding']);
    expect(shares('P1')).toEqual([['Council', 8_000], ['Supporting Families', 2_000]]);
    expect(shares('P2')).toEqual([['Council', 10_000]]);
    expect(report.filter((r) => r.code === 'funding-unclear')).toEqual([]);
  });
});
