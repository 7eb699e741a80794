// Published organograms changed the way real files differ: joint heads reporting to "XX", a large
// grouped workforce in one junior row. Imported through the real command line and handlers.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { ORGANOGRAMS, runImport } from '../helpers/importer';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, tmp.dir);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A copy of a published snapshot's two files, each line passed through `edit`. */
function variant(snapshot: string, name: string, edit: { senior?: (line: string) => string; junior?: (line: string) => string }): string {
  for (const role of ['senior', 'junior'] as const) {
    const text = fs.readFileSync(`${ORGANOGRAMS}/${snapshot}-${role}.csv`, 'utf8');
    const f = edit[role] ?? ((l: string) => l);
    fs.writeFileSync(path.join(tmp.dir, `${name}-${role}.csv`), text.split('\r\n').map(f).join('\r\n'));
  }
  return path.join(tmp.dir, `${name}-senior.csv`);
}

/** The FTE column of a CSV file added up exactly, in hundredths. */
function fileFteHundredths(file: string, column: string): number {
  const [head, ...rows] = fs.readFileSync(file, 'utf8').trim().split('\r\n').map((l) => l.slice(1, -1).split('","'));
  const i = head!.indexOf(column);
  return rows.reduce((t, r) => {
    const v = (r[i] ?? '').replace(/,/g, '');
    if (!/^\d+(\.\d{1,2})?$/.test(v)) return t;
    const [w, f = ''] = v.split('.');
    return t + Number(w) * 100 + Number(f.padEnd(2, '0'));
  }, 0);
}

describe('real organograms with the quirks of other departments', () => {
  it('keeps three posts reporting to "XX" side by side at the top: info --json gives tops 3 and unplaced 0', async () => {
    // Two managing directors made joint heads alongside the chief executive.
    const senior = variant('audit_commission-2011-03-31', 'joint-heads', {
      senior: (l) => (l.startsWith('"71273",') || l.startsWith('"21737",') ? l.replace(',"54084",', ',"XX",') : l),
    });
    expect((await cli(['new', 'joint.establish'])).code).toBe(0);
    const imported = await cli(['import', 'joint.establish', '--structure', 'Current', '--from', senior, '--junior', senior.replace('-senior', '-junior'), '--json']);
    expect(imported.code).toBe(0);
    const report = JSON.parse(imported.out) as { summary: { tops: number; unplaced: number }; report: { code: string; message: string }[] };
    expect(report.summary).toMatchObject({ tops: 3, unplaced: 0 });
    expect(report.report.find((r) => r.code === 'several-tops')!.message).toMatch(/^3 posts are at the top of the structure and sit side by side on the chart: row 4 54084 "Chief Executive"/);
    const info = JSON.parse((await cli(['info', 'joint.establish', '--json'])).out) as { structures: { name: string; tops: number; unplaced: number; posts: number }[] };
    expect(info.structures[0]).toMatchObject({ name: 'Current', posts: 191, tops: 3, unplaced: 0 });
  });

  it('keeps a junior row of 2,508 FTE (a large grouped workforce) and totals FTE exactly to the hundredth', async () => {
    const senior = variant('audit_commission-2011-03-31', 'large-group', {
      junior: (l) => l.replace(/"Head of Function","2\.69"/, '"Head of Function","2,508"').replace(/"Snr Mgr\/Snr Functional Specialist","7\.83"/, '"Snr Mgr/Snr Functional Specialist","125083.37"'),
    });
    const junior = senior.replace('-senior.csv', '-junior.csv');
    const s = testSession(tmp.dir);
    const doc = await call(s, 'newDocument', { path: path.join(tmp.dir, 'large.establish') });
    const currentId = doc.structures[0]!.id;
    const { status } = await runImport(s, { source: { path: senior }, target: { kind: 'structure', structureId: currentId } });
    expect(status.preview!.report.filter((r) => r.code.startsWith('fte-'))).toEqual([
      // The one blank FTE of the published file, and nothing about the large rows.
      expect.objectContaining({ code: 'fte-blank', rows: [25] }),
    ]);
    const want = fileFteHundredths(senior, 'FTE') + 100 + fileFteHundredths(junior, 'Number of Posts in FTE');
    expect(status.preview!.summary.fteE4).toBe(want * 100);
    const { posts } = await call(s, 'getStructure', { structureId: currentId });
    const big = posts.find((p) => p.title === 'Head of Function' && p.fte === 2508)!;
    expect(big).toMatchObject({ grouped: true, postholders: [] });
    expect(posts.find((p) => p.fte === 125_083.37)).toMatchObject({ grouped: true });
    expect(Math.round(posts.filter((p) => !p.holding).reduce((t, p) => t + p.fte * 100, 0))).toBe(want);
    // A grouped post may be given any FTE up to 1,000,000; a single post keeps its limit.
    await call(s, 'updatePosts', { postIds: [big.id], patch: { fte: 999_999.5 } });
    const single = posts.find((p) => p.ref === '54084')!;
    await expect(call(s, 'updatePosts', { postIds: [single.id], patch: { fte: 1_200 } })).rejects.toThrow(
      '"Chief Executive" cannot have 1,200 FTE: a single post has at most 1,000. Make it a grouped post to give it more.',
    );
    s.dispose();
  });
});
