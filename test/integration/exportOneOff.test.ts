// One-off costs in the consultation pack: totals in its cost summary always; a person's age,
// service and pay only in a pack made with postholders' names, in a schedule of its own.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { call, testSession } from '../helpers/session';
import { readPdf } from '../helpers/pdf';
import { makeTempDir } from '../helpers/tempDir';

const t = makeTempDir('establish-oneoff-');
const file = path.join(t.dir, 'doc.establish');
let name = '';

beforeAll(async () => {
  const s = testSession(t.dir);
  const info = await call(s, 'newDocument', { path: file, sample: true });
  const current = await call(s, 'getStructure', { structureId: info.structures[0]!.id });
  // The Personal Assistant's post (BS1002) is deleted in the sample's proposal.
  const pa = current.posts.find((p) => p.ref === 'BS1002')!;
  const h = pa.postholders[0]!;
  name = h.name;
  const details = { age: 47, serviceYears: 23, weeklyPayPence: 61_234, redundancyPence: null, pensionStrainPence: 1_234_500 };
  await call(s, 'updatePosts', { postIds: [pa.id], patch: { postholders: [{ id: h.id, name: h.name, fte: h.fte, details }] } });
  s.dispose();
});
afterAll(() => t.cleanup());

async function pack(out: string, ...extra: string[]): Promise<string> {
  const io = { out: () => undefined, err: () => undefined };
  expect(await runCli(['export', file, '--pack', '--from', 'Current', '--to', 'Option A: hub model', '--out', out, ...extra], io)).toBe(0);
  return (await readPdf(out)).text.replace(/\s+/g, ' ');
}

// Aged 47 with 23 years: 20 counted, at 46..41 (6 x 1.5 = 9) and 40..27 (14 x 1) = 23 weeks;
// £612.34 a week is under the cap: 23 x £612.34 = £14,083.82. Strain £12,345: total £26,428.82.
describe('one-off costs in the consultation pack', () => {
  it('gives the options appraisal the same one-off costs and payback, and none for Current', async () => {
    const out: string[] = [];
    expect(await runCli(['options', file, '--json'], { out: (x) => out.push(x), err: () => undefined })).toBe(0);
    const options = (JSON.parse(out.join('')) as { options: { name: string; oneOff: { total: number; incomplete: boolean } | null; paybackYears: number | null }[] }).options;
    expect(options[0]).toMatchObject({ name: 'Current', oneOff: null, paybackYears: null });
    // £26,428.82 against a saving of £192,984 a year: 0.14 years, to one place 0.1. Four others at
    // risk have no figures yet, so the total is marked incomplete.
    expect(options[1]).toMatchObject({ name: 'Option A: hub model', oneOff: { redundancy: 1_408_382, pensionStrain: 1_234_500, total: 2_642_882, incomplete: true }, paybackYears: 0.1 });
  });

  it('prints the totals in the cost summary, and no one’s age or pay, without names', async () => {
    const text = await pack(path.join(t.dir, 'pack.pdf'));
    expect(text).toMatch(/Redundancy pay 14,084/);
    expect(text).toMatch(/Pension strain 12,345/);
    expect(text).toMatch(/One-off costs, total 26,429/);
    expect(text).not.toContain('One-off costs by person');
    expect(text).not.toContain(name);
    expect(text).not.toMatch(/\b612\b|23 weeks/);
  });

  it('adds the schedule person by person when names are chosen', async () => {
    const text = await pack(path.join(t.dir, 'named.pdf'), '--names');
    expect(text).toContain('One-off costs by person');
    expect(text).toContain('Personal data, included at the author’s request');
    expect(text).toContain(name);
    expect(text).toMatch(/BS1002 .*47 23 612 23 weeks 14,084 12,345 26,429/);
  });
});
