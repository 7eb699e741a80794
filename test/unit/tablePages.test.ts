// Schedules laid out as printed pages, checked shape by shape on every page of every paper: type
// never below 6 pt, nothing outside the printable area, no cell's text crossing into its
// neighbour's, figures never wrapped, headings broken only between words, every row exactly once
// in each part of a table split by columns, and the totals row (with its double rule) at the end
// of each part.
import { describe, expect, it } from 'vitest';
import { pageSize, type LineShape, type Orientation, type Page, type PaperSize, type TextShape } from '../../shared/chart/scene';
import { capHeight, measureText } from '../../shared/chart/text';
import { MARGIN } from '../../shared/export/frame';
import { formatCell } from '../../shared/export/table';
import { cellKind, type Column, type Row, type Table } from '../../shared/export/table';
import { keyColumns } from '../../shared/export/tableFit';
import { tableSection, type TableSection } from '../../shared/export/tablePages';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const TEAMS = [
  'Adult Social Care', "Children's Social Care", 'Education and Early Years', 'Public Health', 'Highways and Transport', 'Waste Management', 'Libraries',
  'Finance/Payments', 'People and Organisational Development', 'Digital and ICT', 'Legal Services', 'Democratic Services', 'Procurement', 'Property',
  'Planning', 'Housing', 'Economic Development', 'Communications', 'Customer Services', 'Youth Justice', 'Early Help', 'Commissioning',
  'Business Support', 'Performance and Intelligence', 'Emergency Planning',
];
const SOURCES = ['Core budget', 'Public Health grant', 'Supporting Families grant', 'Dedicated Schools Grant'];
const TITLES = [
  'Head of Service', 'Business Support Officer', 'Senior Practitioner', 'Team Manager', 'Data and Performance Officer',
  'Interdepartmental Multidisciplinary Safeguarding Coordinator (Neighbourhoods/Communities)', 'Apprentice', 'Minute Taker (Child Protection Conferences)',
  'Principal Environmental Health Practitioner', 'Administrator',
];

/** A staffing schedule shaped like the real one: post, grade, salary, a count per team, totals, cost by funding source. */
function staffingLike(teams: number, rows: number, seed = 1, sources = 2): Table {
  const rand = random(seed);
  const columns: Column[] = [
    { header: 'Post', kind: 'text', width: 34 },
    { header: 'Grade', kind: 'text', width: 7 },
    { header: 'Salary p.a. (£)', kind: 'money', width: 11 },
    ...TEAMS.slice(0, teams).map((t): Column => ({ header: t, kind: 'count', group: 'Posts by team', width: 9 })),
    { header: 'Total posts', kind: 'count', width: 8 },
    { header: 'FTE', kind: 'fte', width: 8 },
    { header: 'Total cost (£)', kind: 'money', width: 12 },
    ...SOURCES.slice(0, sources).map((s): Column => ({ header: s, kind: 'money', group: 'Cost by funding source (£)', width: 12 })),
  ];
  const body: Row[] = Array.from({ length: rows }, (_v, i) => {
    const counts = Array.from({ length: teams }, () => (rand() < 0.4 ? 1 + Math.floor(rand() * 30) : null));
    const posts = counts.reduce<number>((a, c) => a + (c ?? 0), 0);
    const cost = Math.round(rand() * 3e8);
    return {
      kind: 'body',
      cells: [`${TITLES[i % TITLES.length]} R${i + 1}`, `H${1 + (i % 9)}`, Math.round(2e6 + rand() * 6e6), ...counts, posts, Math.round(posts * 8000 * rand()) / 10_000, cost, ...SOURCES.slice(0, sources).map((_s, k) => (k === 0 ? cost * 0.75 : cost * 0.25 / (sources - 1)))],
    };
  });
  const total: Row = { kind: 'total', cells: columns.map((c, i) => (i === 0 ? 'Total' : c.kind === 'text' || i === 2 ? null : body.reduce((a, r) => a + ((r.cells[i] as number | null) ?? 0), 0))) };
  return { title: `Staffing schedule: ${teams} teams`, notes: ['Salary p.a. is the full-time salary of the post\u2019s pay point. Total cost is the full-year cost, including employer on-costs.'], columns, rows: [...body, total] };
}

/** A changes schedule with long titles and long words. */
function changesLike(rows: number, names: boolean): Table {
  const columns: Column[] = [
    { header: 'Change', kind: 'text', width: 14 },
    { header: 'Ref', kind: 'text', width: 8 },
    { header: 'Post before', kind: 'text', width: 28 },
    { header: 'Post after', kind: 'text', width: 28 },
    { header: 'Team', kind: 'text', width: 16 },
    ...(names ? [{ header: 'Postholder', kind: 'text', width: 18 } as Column] : []),
    { header: 'Grade before', kind: 'text', width: 7 },
    { header: 'Grade after', kind: 'text', width: 7 },
    { header: 'FTE before', kind: 'fte', width: 7 },
    { header: 'FTE after', kind: 'fte', width: 7 },
    { header: 'Cost before (£)', kind: 'money', width: 11 },
    { header: 'Cost after (£)', kind: 'money', width: 11 },
    { header: 'Change in cost (£)', kind: 'money', width: 11 },
  ];
  const rand = random(7);
  const body: Row[] = Array.from({ length: rows }, (_v, i) => {
    const before = Math.round(rand() * 9e6);
    const after = Math.round(rand() * 9e6);
    return {
      kind: 'body',
      cells: [
        ['Deleted', 'New', 'Redesignated and regraded', 'FTE changed'][i % 4]!, `BS${1000 + i}`, TITLES[(i * 3) % TITLES.length]!, `${TITLES[(i * 7 + 5) % TITLES.length]!} (Countywide Neighbourhoods)`,
        TEAMS[i % TEAMS.length]!, ...(names ? ['Natalie Fenwick-Montgomery, Aisha Begum'] : []), 'H7', 'H8', 1, 0.6, before, after, after - before,
      ],
    };
  });
  const total: Row = { kind: 'total', cells: columns.map((c, i) => (i === 0 ? 'Total: full-year effect' : c.kind === 'text' ? null : body.reduce((a, r) => a + (r.cells[i] as number), 0))) };
  const years: Row[] = ['2026/27 (from 1 October, 6 months)', '2027/28', '2028/29'].map((y, i) => ({ kind: 'summary', cells: [y, ...Array(columns.length - 2).fill(null), -1_234_500 * (i + 1)] }));
  const heading: Row = { kind: 'section', cells: ['Effect by financial year, taking effect 1 October 2026', ...Array(columns.length - 1).fill(null)] };
  return { title: 'Changes: Current to Option A', notes: ['Costs are full-year, including employer on-costs; a negative change is a saving.'], columns, rows: [...body, total, heading, ...years] };
}

/** A narrow summary with section headings and per-row formats. */
function summaryLike(): Table {
  const rows: Row[] = [
    { kind: 'body', cells: ['Posts R1', 60, 58, -2], kinds: [undefined, 'count', 'count', 'count'] },
    { kind: 'body', cells: ['FTE R2', 57.81, 55.41, -2.4], kinds: [undefined, 'fte', 'fte', 'fte'] },
    { kind: 'section', cells: ['Full-year cost by funding source', null, null, null] },
    { kind: 'body', cells: ['Core budget R3', 210_309_300, 200_414_300, -9_895_000] },
    { kind: 'body', cells: ['Public Health grant R4', 16_285_600, 16_285_600, 0] },
    { kind: 'summary', cells: ['Full-year cost, with on-costs R5', 226_594_800, 216_699_900, -9_894_900] },
    { kind: 'section', cells: ['Full-year cost by team', null, null, null] },
    { kind: 'body', cells: ['Business Support R6', 210_309_300, 200_414_300, -9_895_000] },
    { kind: 'total', notSum: true, cells: ['Full-year cost', 226_594_800, 216_699_900, -9_894_900] },
  ];
  return { title: 'Cost summary', notes: [], columns: [{ header: '', kind: 'text', width: 34 }, { header: 'Current (£)', kind: 'money', width: 14 }, { header: 'Option A (£)', kind: 'money', width: 14 }, { header: 'Change', kind: 'money', width: 14 }], rows };
}

const TITLE = { heading: 'Proposed structure: Option A', subtitle: 'Business Support Service review', organisation: 'Northshire County Council', status: 'DRAFT FOR CONSULTATION', date: '23 November 2026' };
const TOL = 0.01;

function extent(t: TextShape): { left: number; right: number } {
  const w = measureText(t.text, t.size, t.weight);
  const left = t.anchor === 'start' ? t.x : t.anchor === 'middle' ? t.x - w / 2 : t.x - w;
  return { left, right: left + w };
}
const texts = (p: Page) => p.shapes.filter((s): s is TextShape => s.kind === 'text');
const words = (s: string): string[] => s.match(/[^\s\-/]+[-/]?|[-/]/g) ?? [];

/** Checks every page of a laid-out table; answers the pages for further checks. */
function checkPages(table: Table, sec: TableSection, paper: PaperSize, asked: Orientation): Page[] {
  const { fit } = sec;
  const total = sec.pageCount;
  const pages = Array.from({ length: total }, (_v, i) => sec.render(i, { first: 1, total }));
  // Landscape only when asked for or when the table would not fit portrait; parts only on landscape.
  if (asked === 'landscape') expect(fit.orientation).toBe('landscape');
  if (fit.bands.length > 1) expect(fit.orientation).toBe('landscape');
  expect(fit.fontSize).toBeGreaterThanOrEqual(6);
  expect(fit.fontSize).toBeLessThanOrEqual(8.5);
  const keys = keyColumns(table);
  for (const b of fit.bands) for (const k of keys) expect(b.columns).toContain(k);
  const seen = fit.bands.map(() => new Map<number, number>());

  pages.forEach((page, index) => {
    const size = pageSize(paper, fit.orientation);
    expect({ w: page.width, h: page.height }).toEqual({ w: size.width, h: size.height });
    const layout = sec.pages[index]!;
    const band = fit.bands[layout.band]!;
    const xs = band.widths.reduce<number[]>((acc, w, i) => [...acc, acc[i]! + w], [MARGIN]);
    const pad = fit.pad;
    const footTop = page.height - MARGIN - 14;

    for (const t of texts(page)) {
      expect(t.size, t.text).toBeGreaterThanOrEqual(6);
      const e = extent(t);
      expect(e.left, t.text).toBeGreaterThanOrEqual(MARGIN - TOL);
      expect(e.right, t.text).toBeLessThanOrEqual(page.width - MARGIN + TOL);
      expect(t.y - capHeight(t.size, t.weight), t.text).toBeGreaterThanOrEqual(MARGIN - TOL);
      expect(t.y + t.size * 0.326, t.text).toBeLessThanOrEqual(page.height - MARGIN + TOL);
    }
    for (const s of page.shapes) {
      const pts = s.kind === 'line' ? s.points : s.kind === 'rect' ? [{ x: s.x, y: s.y }, { x: s.x + s.w, y: s.y + s.h }] : [];
      for (const p of pts) {
        expect(p.x).toBeGreaterThanOrEqual(MARGIN - TOL);
        expect(p.x).toBeLessThanOrEqual(page.width - MARGIN + TOL);
        expect(p.y).toBeGreaterThanOrEqual(MARGIN - TOL);
        expect(p.y).toBeLessThanOrEqual(page.height - MARGIN + TOL);
      }
    }
    // The table itself: the type chosen, within the page width.
    expect(xs[xs.length - 1]!).toBeLessThanOrEqual(page.width - MARGIN + TOL);

    // Each text of the heading and the body sits inside its own column, padding included.
    const sectionLabels = new Set(table.rows.filter((r) => r.kind === 'section').map((r) => String(r.cells[0])));
    // A totals label may run on over the empty cells to its right, and no further.
    const spill = (t: TextShape, k: number): number => {
      let right = xs[k + 1]!;
      if (t.weight !== 'semibold' || t.y <= layout.headerBottom) return right;
      for (const r of layout.rows) {
        const row = table.rows[r]!;
        if (row.kind !== 'total' && row.kind !== 'summary') continue;
        const shown = band.columns.map((c) => formatCell(row.cells[c] ?? null, cellKind(table, row, c)));
        if (!words(t.text).every((w) => words(shown[k] ?? '').includes(w))) continue;
        let j = k + 1;
        while (j < band.columns.length && !shown[j]) j++;
        right = Math.max(right, xs[j]!);
      }
      return right;
    };
    const byColumn = new Map<number, TextShape[]>();
    for (const t of texts(page)) {
      if (t.y <= layout.headerTop || t.y >= footTop) continue;
      expect(t.size).toBe(fit.fontSize);
      expect(t.y + t.size * 0.326).toBeLessThanOrEqual(footTop + TOL);
      if (sectionLabels.has(t.text)) continue;
      // A start-anchored text belongs to the column whose left edge is nearest on its left, an end-anchored one to the column whose right edge is nearest on its right.
      expect(t.anchor).not.toBe('middle');
      const k = t.anchor === 'start' ? xs.findLastIndex((x, i) => i < xs.length - 1 && x <= t.x - pad + TOL) : xs.findIndex((_x, i) => i < xs.length - 1 && xs[i + 1]! >= t.x + pad - TOL);
      expect(k, t.text).toBeGreaterThanOrEqual(0);
      const e = extent(t);
      expect(e.left, `${t.text} crosses into the column on its left`).toBeGreaterThanOrEqual(xs[k]! + pad - TOL);
      expect(e.right, `${t.text} crosses into the column on its right`).toBeLessThanOrEqual(spill(t, k) - pad + TOL);
      byColumn.set(k, [...(byColumn.get(k) ?? []), t]);
    }

    // Headings on every page, broken only between words.
    band.columns.forEach((c, k) => {
      const lines = (byColumn.get(k) ?? []).filter((t) => t.y < layout.headerBottom).sort((a, b) => a.y - b.y);
      const header = table.columns[c]!.header;
      expect(lines.flatMap((l) => words(l.text))).toEqual(words(header));
      expect(lines.every((l) => l.weight === 'semibold')).toBe(true);
    });
    // Group headings over their own columns.
    for (let i = 0; i < band.columns.length; ) {
      const g = table.columns[band.columns[i]!]!.group;
      let j = i;
      while (g && j + 1 < band.columns.length && table.columns[band.columns[j + 1]!]!.group === g) j++;
      if (g) {
        const lines = texts(page).filter((t) => t.y < layout.headerTop && t.anchor === 'middle' && t.size === fit.fontSize && t.weight === 'semibold' && t.x > xs[i]! && t.x < xs[j + 1]!);
        expect(lines.flatMap((l) => words(l.text))).toEqual(words(g));
        for (const l of lines) {
          const e = extent(l);
          expect(e.left).toBeGreaterThanOrEqual(xs[i]! + pad - TOL);
          expect(e.right).toBeLessThanOrEqual(xs[j + 1]! - pad + TOL);
        }
      }
      i = j + 1;
    }

    // Body: figures whole, one text each; the row's own code once.
    const body = (k: number) => (byColumn.get(k) ?? []).filter((t) => t.y > layout.headerBottom);
    for (const r of layout.rows) {
      const row = table.rows[r]!;
      seen[layout.band]!.set(r, (seen[layout.band]!.get(r) ?? 0) + 1);
      if (row.kind === 'section') {
        expect(texts(page).some((t) => t.text === row.cells[0])).toBe(true);
        continue;
      }
      band.columns.forEach((c, k) => {
        const kind = cellKind(table, row, c);
        const shown = formatCell(row.cells[c] ?? null, kind);
        if (kind !== 'text' && shown) expect(body(k).map((t) => t.text), `${shown} in ${table.columns[c]!.header}`).toContain(shown);
      });
      const code = String(row.cells[0]).match(/R\d+$/)?.[0];
      if (code) expect(body(0).flatMap((t) => words(t.text)).filter((w) => w === code)).toHaveLength(1);
    }
    // Text cells wrap between words: every drawn word is a word of some cell in its column.
    band.columns.forEach((c, k) => {
      if (table.columns[c]!.kind !== 'text') return;
      const known = new Set(table.rows.flatMap((r) => words(formatCell(r.cells[c] ?? null, cellKind(table, r, c)))));
      for (const t of body(k)) for (const w of words(t.text)) expect(known.has(w), `"${w}" in ${table.columns[c]!.header}`).toBe(true);
    });
    // The totals row closes its part (only figures that are not part of the sum follow it), with a double rule under it.
    const totalRow = table.rows.findIndex((r) => r.kind === 'total');
    if (layout.rows.includes(totalRow)) {
      for (const r of layout.rows.slice(layout.rows.indexOf(totalRow) + 1)) expect(['summary', 'section']).toContain(table.rows[r]!.kind);
      const rules = page.shapes.filter((s): s is LineShape => s.kind === 'line' && s.lineWidth === 0.6).map((s) => s.points[0]!.y).sort((a, b) => a - b);
      expect(rules).toHaveLength(2);
      expect(rules[1]! - rules[0]!).toBeCloseTo(1.6, 5);
    }
  });
  // Every row exactly once in each part; the totals on the last page of each part.
  fit.bands.forEach((_b, bi) => {
    expect([...seen[bi]!.keys()].sort((a, b) => a - b)).toEqual(table.rows.map((_r, i) => i));
    expect([...seen[bi]!.values()].every((n) => n === 1)).toBe(true);
    const last = sec.pages.filter((p) => p.band === bi).at(-1)!;
    const totalRow = table.rows.findIndex((r) => r.kind === 'total');
    if (totalRow >= 0) expect(last.rows).toContain(totalRow);
  });
  return pages;
}

const PAPERS: [PaperSize, Orientation][] = [['A4', 'portrait'], ['A4', 'landscape'], ['A3', 'portrait'], ['A3', 'landscape']];
const TABLES: [string, () => Table][] = [
  ['a narrow summary with section headings', summaryLike],
  ['a staffing schedule of 10 teams', () => staffingLike(10, 24)],
  ['a staffing schedule of 25 teams and 4 funding sources', () => staffingLike(25, 30, 3, 4)],
  ['a changes schedule with long titles, long words and names', () => changesLike(40, true)],
  ['a staffing schedule of 400 lines', () => staffingLike(6, 400, 5)],
];

describe('schedules as printed pages', () => {
  for (const [name, make] of TABLES) {
    for (const [paper, orientation] of PAPERS) {
      it(`lays out ${name} on ${paper} ${orientation}`, () => {
        const table = make();
        const sec = tableSection(table, paper, orientation, TITLE);
        checkPages(table, sec, paper, orientation);
      });
    }
  }

  it('keeps a narrow table on the paper asked for, at the largest type', () => {
    const sec = tableSection(summaryLike(), 'A4', 'portrait', TITLE);
    expect(sec.fit).toMatchObject({ orientation: 'portrait', fontSize: 8.5 });
    expect(sec.fit.bands).toHaveLength(1);
  });

  it('turns a table too wide for portrait landscape rather than crushing its columns', () => {
    const table = staffingLike(10, 24);
    const sec = tableSection(table, 'A4', 'portrait', TITLE);
    expect(sec.fit.orientation).toBe('landscape');
    expect(sec.fit.bands).toHaveLength(1);
    const pages = checkPages(table, sec, 'A4', 'portrait');
    expect(pages[0]!.width).toBeGreaterThan(pages[0]!.height);
  });

  it('splits 25 teams across parts that repeat Post and Grade, say which columns they hold and end with the totals', () => {
    const table = staffingLike(25, 30, 3, 4);
    const sec = tableSection(table, 'A4', 'portrait', TITLE);
    const { bands } = sec.fit;
    expect(bands.length).toBeGreaterThan(1);
    for (const b of bands) expect(b.columns.slice(0, 2)).toEqual([0, 1]);
    // Every column is in exactly one part (the keys in all).
    const own = bands.flatMap((b) => b.columns.filter((c) => c > 1));
    expect(own.sort((a, b) => a - b)).toEqual(table.columns.map((_c, i) => i).filter((i) => i > 1));
    // The key columns are as wide on every part.
    for (const b of bands) expect(b.widths.slice(0, 2)).toEqual(bands[0]!.widths.slice(0, 2));
    const pages = checkPages(table, sec, 'A4', 'portrait');
    sec.pages.forEach((p, i) => {
      const label = texts(pages[i]!).map((t) => t.text).find((t) => t.startsWith('Part '));
      expect(label).toMatch(new RegExp(`^Part ${p.band + 1} of ${bands.length}: `));
    });
    const labels = bands.map((b) => b.label).join(' ');
    expect(labels).toContain('Posts by team: Adult Social Care to');
    expect(labels).toContain('Cost by funding source (£)');
    // The same rows on the same page of every part, so parts can be laid side by side.
    const perBand = sec.pages.filter((p) => p.band === 0).map((p) => p.rows);
    for (let b = 1; b < bands.length; b++) expect(sec.pages.filter((p) => p.band === b).map((p) => p.rows)).toEqual(perBand);
  });

  it('repeats the headings on every page of a long schedule and never leaves the totals alone', () => {
    const table = staffingLike(6, 400, 5);
    const sec = tableSection(table, 'A4', 'portrait', TITLE);
    expect(sec.pageCount).toBeGreaterThan(5);
    const last = sec.pages.at(-1)!;
    expect(last.rows.length).toBeGreaterThan(1);
    const pages = checkPages(table, sec, 'A4', 'portrait');
    expect(texts(pages[1]!).some((t) => t.text === 'Staffing schedule: 6 teams (continued)')).toBe(true);
  });

  it('keeps even absurd input (words longer than a page, too many text columns) inside the page', () => {
    const long = 'Supercalifragilisticexpialidocious'.repeat(3);
    const cases: Table[] = [
      { title: 'All text', notes: [], columns: Array.from({ length: 3 }, (_v, i): Column => ({ header: `${long} ${i}`, kind: 'text', width: 20 })), rows: [{ kind: 'body', cells: [long, `${long} ${long}`, 'short'] }] },
      { title: 'Many text', notes: [], columns: Array.from({ length: 30 }, (_v, i): Column => ({ header: `${long}${i}`, kind: i % 2 ? 'money' : 'text', width: 20 })), rows: [{ kind: 'body', cells: Array.from({ length: 30 }, (_v, i) => (i % 2 ? 123_456_789 : long)) }] },
    ];
    for (const table of cases) {
      const sec = tableSection(table, 'A4', 'portrait', TITLE);
      for (let i = 0; i < sec.pageCount; i++) {
        const page = sec.render(i, { first: 1, total: sec.pageCount });
        for (const t of texts(page)) {
          const e = extent(t);
          expect(t.size).toBeGreaterThanOrEqual(6);
          expect(e.left).toBeGreaterThanOrEqual(MARGIN - TOL);
          expect(e.right).toBeLessThanOrEqual(page.width - MARGIN + TOL);
        }
      }
    }
  });

  it('takes the leading text columns (at most three) as the key unless columns say otherwise', () => {
    expect(keyColumns(staffingLike(3, 2))).toEqual([0, 1]);
    expect(keyColumns(changesLike(2, false))).toEqual([0, 1, 2]);
    expect(keyColumns(summaryLike())).toEqual([0]);
    const marked = staffingLike(3, 2);
    marked.columns[0]!.key = true;
    expect(keyColumns(marked)).toEqual([0]);
  });
});
