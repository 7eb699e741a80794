// An HR export with the mistakes real files have, imported through the command line into a real
// file: pro rata salaries, salaries outside the grade, over-long titles, negative FTE, error cells,
// rows of one reference that differ in pay, funding in one cell, employers, a headcount row, and
// columns the mapping does not use. Each warning names only the rows it is true of.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import type { ReportItem } from '../../shared/import/types';
import type { DocumentInfo, Post } from '../../shared/model/types';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

const LONG_TITLE = 'Senior '.repeat(1_500).trim();
const ROWS = [
  ['Post ref', 'Job title', 'Grade', 'Grade minimum', 'Grade maximum', 'FTE', 'Salary', 'Manager ref', 'Funding', 'Employing organisation', 'Number of posts', 'Postholder', 'Phone'],
  ['P1', 'Director', 'G9', '60000', '70000', '1', '65000', '', 'Council', 'CCC', '', 'Alice Able', '0100'],
  ['P2', 'Officer (half time)', 'G5', '27000', '30000', '0.5', '13750', 'P1', '', 'CCC', '', 'Bo Bee', ''],
  ['P3', 'Officer', 'G5', '27000', '30000', '1', '35000', 'P1', '', 'CCC', '', 'Cy Sea', ''],
  ['P4', LONG_TITLE, 'G5', '27000', '30000', '1', '28000', 'P1', '', 'CCC', '', '', ''],
  ['P5', 'Clerk', 'G5', '27000', '30000', '-1', '28000', 'P1', '', 'CCC', '', '', ''],
  ['P6', '#REF!', 'G5', '27000', '30000', '1', '28000', 'P1', '', 'CCC', '', '', ''],
  ['P7', 'Support worker', 'G5', '27000', '30000', '0.5', '28000', 'P1', '', 'CCC', '', 'Di Dee', ''],
  ['P7', 'Support worker', 'G5', '27000', '30000', '0.5', '29000', 'P1', '', 'CCC', '', 'Ed Eee', ''],
  ['P9', 'Family worker', 'G5', '27000', '30000', '1', '28000', 'P1', 'Council 80%; Supporting Families 20%', 'PCC', '', '', ''],
  ['', 'Care assistant', 'G5', '27000', '30000', '31.5', '28000', 'P1', '', 'CCC', '40', '', ''],
];
const csv = (rows: string[][]) => rows.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');

async function cli(args: string[]) {
  const out: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => out.push(t) }, tmp.dir);
  return { code, text: out.join('\n') };
}

async function structure(file: string): Promise<{ info: DocumentInfo; posts: Post[] }> {
  const s = testSession(tmp.dir);
  const info = await call(s, 'openDocument', { path: file });
  const { posts } = await call(s, 'getStructure', { structureId: info.structures[0]!.id });
  s.dispose();
  return { info, posts };
}

describe('checks that catch real mistakes', () => {
  it('warns of a pro rata salary, a salary outside its grade, a long title, negative FTE, an error cell and rows that differ, naming only their rows', async () => {
    fs.writeFileSync(path.join(tmp.dir, 'checks.csv'), csv(ROWS));
    expect((await cli(['new', 'checks.establish'])).code).toBe(0);
    const r = await cli(['import', 'checks.establish', '--structure', 'Current', '--from', 'checks.csv', '--json']);
    expect(r.code).toBe(0);
    const { summary, report } = JSON.parse(r.text) as { summary: Record<string, unknown>; report: ReportItem[] };
    const by = (code: string) => report.filter((x) => x.code === code).map((x) => [x.rows, x.message]);
    expect(by('salary-pro-rata')).toEqual([
      [
        [3],
        'Row 3: the salary £13,750 is below the bottom of grade G5 (£27,000) and the row is 0.5 FTE: it looks pro rata, for £27,500 full-time. It was imported as a full-time salary of £13,750. ' +
          'If the file gives pay for each row\'s FTE, choose "pro rata" for salaries in the mapping step (or --salary pro-rata) to import it as £27,500.',
      ],
    ]);
    expect(by('salary-out-of-range')).toEqual([
      [[4], 'Grade G5 runs from £27,000 to £30,000; the full-time salary on row 4 (£35,000) is outside it. It was imported as the post\'s salary, as the file gives it: check the grade or the salary.'],
    ]);
    expect(by('text-too-long').map(([rows]) => rows)).toEqual([[5]]);
    expect(by('fte-negative')).toEqual([[[6], 'Row 6: FTE is negative (-1), so it was imported as 1 FTE.']]);
    expect(by('error-cell').map(([rows]) => rows)).toEqual([[7]]);
    expect(by('job-share-differs').map(([rows]) => rows)).toEqual([[9, 8]]);
    // Pay is given for every post, so no grade line talks of posts costed at £0.
    expect(report.filter((x) => x.message.includes('£0'))).toEqual([]);
    // Every column is accounted for: names left out on purpose, and a column Establish does not know.
    expect(by('column-not-imported').map(([, m]) => (m as string).slice(0, 22))).toEqual(['Column L "Postholder" ', 'Column M "Phone" was n']);
    expect(summary).toMatchObject({ posts: 10, groupedPosts: 1, fteE4: 390_000, newFundingSources: ['Council', 'Supporting Families'], newOrganisations: ['CCC', 'PCC'] });

    const { info, posts } = await structure(path.join(tmp.dir, 'checks.establish'));
    const post = (ref: string) => posts.find((p) => p.ref === ref)!;
    expect(post('P4').title).toHaveLength(200);
    expect(post('P4').notes).toBe(`Full title: ${LONG_TITLE}`);
    expect(posts.filter((p) => p.ref === 'P7').map((p) => p.salaryOverridePence)).toEqual([2_800_000, 2_900_000]);
    const source = (name: string) => info.fundingSources.find((f) => f.name === name)!.id;
    const org = (name: string) => info.organisations.find((o) => o.name === name)!.id;
    expect(post('P9').funding).toEqual([
      { sourceId: source('Council'), shareBp: 8_000 },
      { sourceId: source('Supporting Families'), shareBp: 2_000 },
    ]);
    expect(post('P9').organisationId).toBe(org('PCC'));
    expect(post('P1').funding).toEqual([{ sourceId: source('Council'), shareBp: 10_000 }]);
    expect(posts.find((p) => p.title === 'Care assistant')).toMatchObject({ grouped: true, headcount: 40, fte: 31.5 });
  });

  it('reads salaries as pay for each row\'s FTE with --salary pro-rata, and imports names and a column per funding source when asked', async () => {
    const rows = ROWS.map((r) => [...r]);
    rows[0]![12] = 'Council funding %';
    rows[1]![12] = '100';
    expect((await cli(['new', 'prorata.establish'])).code).toBe(0);
    fs.writeFileSync(path.join(tmp.dir, 'prorata.csv'), csv(rows));
    const r = await cli(['import', 'prorata.establish', '--structure', 'Current', '--from', 'prorata.csv', '--salary', 'pro-rata', '--map', 'postholder=Postholder', '--map', 'funding=', '--json']);
    expect(r.code).toBe(0);
    const { report } = JSON.parse(r.text) as { report: ReportItem[] };
    expect(report.filter((x) => x.code === 'salary-pro-rata').map((x) => x.severity)).toEqual(['info']);
    expect(report.find((x) => x.code === 'salary-pro-rata')!.message).toMatch(/^As you chose, salaries were read as pay for each row's FTE and converted to full-time salaries \(\d+ of them; row 3: £13,750 at 0\.5 FTE is £27,500 full-time\)\.$/);
    expect(report.filter((x) => x.code === 'column-not-imported').map((x) => x.message.slice(0, 18))).toEqual(['Column I "Funding"']);
    const { posts } = await structure(path.join(tmp.dir, 'prorata.establish'));
    expect(posts.find((p) => p.ref === 'P2')).toMatchObject({ salaryOverridePence: 2_750_000, postholders: [{ name: 'Bo Bee', fte: null }] });
    const bad = await cli(['import', 'prorata.establish', '--structure', 'Current', '--from', 'prorata.csv', '--salary', 'monthly']);
    expect(bad.code).not.toBe(0);
    expect(bad.text).toContain('--salary takes full-time (salaries are full-time salaries) or pro-rata (pay for each row\'s FTE); "monthly" is neither.');
  });
});
