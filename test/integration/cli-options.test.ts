// `establish spans`, `establish options` and the design rules in `establish check`, on the sample
// with a second proposal (the two vacant Executive Support Officers deleted from 1 April 2026).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const file = path.join(tmp.dir, 'sample.establish');

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, tmp.dir);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  const s = testSession(tmp.dir);
  const info = await call(s, 'newDocument', { path: file, sample: true });
  const current = info.structures.find((x) => x.kind === 'current')!;
  const r = await call(s, 'createStructure', { name: 'Option B: hold vacancies', fromStructureId: current.id, implementationDate: '2026-04-01' });
  const posts = (await call(s, 'getStructure', { structureId: r.createdIds[0]! })).posts;
  await call(s, 'deletePosts', { postIds: posts.filter((p) => p.title === 'Executive Support Officer' && p.vacant).map((p) => p.id), reports: 'reassign' });
  s.dispose();
});
afterAll(() => tmp.cleanup());

describe('establish spans', () => {
  it('lists each manager with its span and layer, as JSON', async () => {
    const r = await cli('spans', 'sample.establish', '--structure', 'current', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { structure: string; layers: number; managers: { post: string; ref: string; layer: number; span: number; outside: boolean }[]; span: unknown; range: unknown; distribution: unknown };
    expect(json.structure).toBe('Current');
    expect(json.layers).toBe(3);
    expect(json.managers.map((m) => [m.ref, m.layer, m.span, m.outside])).toEqual([
      ['BS1001', 0, 6, false],
      ['BS1003', 1, 9, false],
      ['BS1013', 1, 2, true],
      ['BS1028', 1, 2, true],
      ['BS1050', 1, 4, false],
      ['BS1055', 1, 5, false],
      ['BS1014', 2, 8, false],
      ['BS1023', 2, 4, false],
      ['BS1029', 2, 13, true],
      ['BS1043', 2, 6, false],
    ]);
    expect(json.managers[0]!.post).toBe('Head of Business Support');
    expect(json.span).toEqual({ median: 5.5, min: 2, max: 13 });
    expect(json.range).toEqual({ min: 3, max: 12 });
    expect(json.distribution).toEqual([
      { span: 2, managers: 2 },
      { span: 4, managers: 2 },
      { span: 5, managers: 1 },
      { span: 6, managers: 2 },
      { span: 8, managers: 1 },
      { span: 9, managers: 1 },
      { span: 13, managers: 1 },
    ]);
  });

  it('prints a table marking spans outside the range, and refuses a structure that is not there', async () => {
    const r = await cli('spans', 'sample.establish', '--structure', 'Current');
    expect(r.out).toContain('Current: 3 layers below the top post, 10 managers.');
    expect(r.out).toContain('Spans: median 5.5, smallest 2, largest 13; range 3 to 12, 3 outside it.');
    expect(r.out).toMatch(/Business Support Team Leader \(Children's Social Care\)\s+BS1029\s+2\s+13\s+above range/);
    const wrong = await cli('spans', 'sample.establish', '--structure', 'Option Z');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('There is no structure called "Option Z"');
    expect((await cli('spans', 'sample.establish')).code).toBe(2);
  });
});

describe('establish options', () => {
  it('gives Current and every proposal, money in pence', async () => {
    const r = await cli('options', 'sample.establish', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { baseline: string; options: Record<string, unknown>[] };
    expect(json.baseline).toBe('Current');
    expect(json.options.map((o) => o.name)).toEqual(['Current', 'Option A: hub model', 'Option B: hold vacancies']);
    expect(json.options[0]).toMatchObject({ posts: 60, fte: 57.81, cost: 226_594_820, saving: 0, atRisk: 0, layers: 3, span: { median: 5.5, min: 2, max: 13 }, managers: 10, breaches: [] });
    // Two vacant H6 posts at SCP 19: 2 × (3,206,100 + 405,915 + 634,808) = 8,493,646p.
    expect(json.options[2]).toMatchObject({ posts: 58, fte: 55.81, cost: 218_101_174, saving: 8_493_646, atRisk: 0, vacanciesDeleted: 2, layers: 3, managers: 10, breaches: [] });
    for (const key of ['name', 'posts', 'fte', 'cost', 'saving', 'atRisk', 'layers', 'span', 'managers', 'breaches']) expect(json.options[1]).toHaveProperty(key);
  });

  it('prints the options side by side', async () => {
    const r = await cli('options', 'sample.establish');
    expect(r.out).toMatch(/\s+Current\s+Option A: hub model\s+Option B: hold vacancies/);
    expect(r.out).toMatch(/Full-year saving\s+–\s+£[\d,]+\s+£84,936/);
    expect(r.out).toMatch(/Saving in 2026\/27\s+–\s+£[\d,]+\s+£84,936/);
    expect(r.out).toMatch(/Vacancies deleted\s+0\s+\d+\s+2/);
  });
});

describe('design rules in establish check', () => {
  it('exits 0 with no rules, and 1 naming each breach once a rule is set', async () => {
    expect((await cli('check', 'sample.establish')).code).toBe(0);
    const s = testSession(tmp.dir);
    await call(s, 'openDocument', { path: file });
    await call(s, 'updateSettings', { patch: { designRules: { spanMin: null, spanMax: 12, maxLayers: null, ratios: [], reportsUp: [], maxCostPence: null, maxFte: null } } });
    s.dispose();
    const r = await cli('check', 'sample.establish');
    expect(r.code).toBe(1);
    const lines = r.out.split('\n').filter((l) => l.includes('manages 13 posts, more than 12'));
    // Current and Option B both keep the team of 13.
    expect(lines).toContain('warning: Current: "Business Support Team Leader (Children\'s Social Care)" manages 13 posts, more than 12.');
    expect(lines).toContain('warning: Option B: hold vacancies: "Business Support Team Leader (Children\'s Social Care)" manages 13 posts, more than 12.');
    const json = JSON.parse((await cli('options', 'sample.establish', '--json')).out) as { options: { breaches: { rule: string; posts: string[] }[] }[] };
    expect(json.options[0]!.breaches).toEqual([{ rule: 'span', message: expect.any(String), posts: ["Business Support Team Leader (Children's Social Care)"] }]);
  });
});
