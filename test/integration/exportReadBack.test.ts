// Printed charts read back from the PDF a user gets: a 250-post structure on one A3 landscape page
// with every text at 6.5 pt or more and every post's title once; a 1,000-post structure with an
// overview page whose "continued on page N" tabs lead to the pages where those branches start,
// every post printed once; and the pack, where an unchanged post sits in the same place on the
// current and proposed charts, and each page's key lists exactly the marks drawn on that page.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { openDocumentFile } from '../../electron/store/files';
import type { Post } from '../../shared/model/types';
import { createBigDocument } from '../helpers/bigStructure';
import { pageSize, readPdf, type PdfPage } from '../helpers/pdf';
import { makeTempDir } from '../helpers/tempDir';

const t = makeTempDir('establish-readback-');
afterAll(() => t.cleanup());

interface Title {
  text: string;
  x: number;
  y: number;
  size: number;
}

/**
 * The titles of the cards on a page: semibold lines set one under another at the same left edge
 * and size, less than a line and a quarter apart, read as one title (a title wraps onto several
 * lines; the regular detail line below it ends it).
 */
function cardTitles(page: PdfPage): Title[] {
  const semi = page.items.filter((i) => i.horizontal && i.font.endsWith('Semibold')).sort((a, b) => a.x - b.x || a.y - b.y);
  const used = new Set<number>();
  const out: Title[] = [];
  semi.forEach((first, k) => {
    if (used.has(k)) return;
    used.add(k);
    const parts = [first.text];
    let last = first;
    for (;;) {
      const next = semi.findIndex((i, j) => !used.has(j) && Math.abs(i.x - last.x) < 0.3 && Math.abs(i.size - last.size) < 0.01 && i.y - last.y > 0 && i.y - last.y <= 1.25 * last.size);
      if (next < 0) break;
      used.add(next);
      last = semi[next]!;
      parts.push(last.text);
    }
    out.push({ text: parts.join(' ').replace(/\s+/g, ' '), x: first.x, y: first.y, size: first.size });
  });
  return out;
}

const cli = async (args: string[]) => {
  const err: string[] = [];
  const code = await runCli(args, { out: () => {}, err: (x) => err.push(x) }, t.dir);
  expect(code, err.join('\n')).toBe(0);
};

function postsOf(file: string, structure = 'Current'): Post[] {
  const { store } = openDocumentFile(file, { readOnly: true });
  try {
    const info = store.info();
    const s = info.structures.find((x) => x.name === structure)!;
    return store.structure(s.id).posts;
  } finally {
    store.close();
  }
}

describe('a 250-post structure', () => {
  it('prints on one A3 landscape page, no text under 6.5 pt, each post\'s title exactly once', async () => {
    const file = path.join(t.dir, 'service.establish');
    // One chief executive, eight directors, heads of service, team managers and teams of 3 to 40;
    // every title ends with its post's number, so no two posts share a card.
    createBigDocument(file, 250, 1, 'service-unique').close();
    const posts = postsOf(file);
    expect(posts).toHaveLength(250);
    const out = path.join(t.dir, 'service.pdf');
    await cli(['export', file, '--structure', 'Current', '--format', 'pdf', '--out', out, '--paper', 'A3', '--landscape']);
    const pdf = await readPdf(out);
    expect(pdf.pages).toHaveLength(1);
    const page = pdf.pages[0]!;
    expect(pageSize(page)).toBe('1190.55 x 841.89');
    expect(Math.min(...page.items.map((i) => i.size))).toBeGreaterThanOrEqual(6.5 - 1e-6);
    const titles = cardTitles(page).map((x) => x.text);
    for (const p of posts) expect(titles.filter((x) => x === p.title), p.title).toHaveLength(1);
  });
});

describe('a 1,000-post structure', () => {
  it('starts with an overview whose branches continue on the pages named, and prints every post once', async () => {
    const file = path.join(t.dir, 'big.establish');
    createBigDocument(file, 1_000, 3, 'generated-unique').close();
    const posts = postsOf(file);
    const out = path.join(t.dir, 'big.pdf');
    await cli(['export', file, '--structure', 'Current', '--format', 'pdf', '--out', out, '--paper', 'A3', '--landscape']);
    const pdf = await readPdf(out);
    expect(pdf.pages.length).toBeGreaterThan(2);
    const titles = pdf.pages.map(cardTitles);
    expect(Math.min(...pdf.pages.flatMap((p) => p.items.map((i) => i.size)))).toBeGreaterThanOrEqual(6.5 - 1e-6);

    // A branch's top is printed where it is cut (a box with its tab) and again at the top of its
    // own page, under "Continued from page N": every other post is printed exactly once.
    const tops: { title: string; page: number; from: number }[] = [];
    const boxes: { title: string; page: number; to: number }[] = [];
    pdf.pages.forEach((page, p) => {
      const nearest = (x: number, y: number, below: boolean) =>
        titles[p]!
          .filter((c) => !/^(Continued from page|\d[\d,]* posts? ·)/.test(c.text))
          .filter((c) => (below ? c.y > y : c.y < y) && c.x <= x && x - c.x < 200)
          .sort((a, b) => Math.abs(a.y - y) - Math.abs(b.y - y))[0];
      for (const i of page.items) {
        const from = /^Continued from page (\d+)$/.exec(i.text);
        const to = /continued on page (\d+)$/.exec(i.text);
        if (from) tops.push({ title: nearest(i.x + i.width / 2, i.y, true)!.text, page: p + 1, from: Number(from[1]) });
        if (to) boxes.push({ title: nearest(i.x + i.width / 2, i.y, false)!.text, page: p + 1, to: Number(to[1]) });
      }
    });
    const onPage1 = boxes.filter((b) => b.page === 1);
    expect(onPage1.length).toBeGreaterThan(1);
    // The overview gives each branch box its posts, FTE and cost.
    expect(pdf.pages[0]!.text).toMatch(/\d+ posts · [\d.]+ FTE · £[\d,]+/);
    for (const b of boxes) {
      // The page named starts with that branch, continued from the page of the box.
      expect(tops, `${b.title} on page ${b.page}`).toContainEqual({ title: b.title, page: b.to, from: b.page });
      expect(b.to).toBeGreaterThan(b.page);
    }
    const all = titles.flat().map((x) => x.text);
    for (const p of posts) {
      const repeats = tops.filter((x) => x.title === p.title).length;
      expect(all.filter((x) => x === p.title).length - repeats, p.title).toBe(1);
    }
  });
});

describe('the pack of the sample', () => {
  const file = path.join(t.dir, 'sample.establish');
  let pack: Awaited<ReturnType<typeof readPdf>>;
  let current: Post[];
  let proposed: Post[];
  const chartPage = (heading: string) => pack.pages.find((p) => p.items.some((i) => i.text === heading) && cardTitles(p).length > 10)!;

  beforeAll(async () => {
    await cli(['new', file, '--sample']);
    current = postsOf(file);
    proposed = postsOf(file, 'Option A: hub model');
    const out = path.join(t.dir, 'pack.pdf');
    await cli(['export', file, '--pack', '--from', 'Current', '--to', 'Option A: hub model', '--out', out, '--landscape']);
    pack = await readPdf(out);
  });

  it('keeps each unchanged post in the same place, at the same size, on the current and proposed charts', () => {
    const before = chartPage('Current structure');
    const after = chartPage('Proposed structure: Option A: hub model');
    expect(before.number).not.toBe(after.number);
    const once = (posts: Post[], title: string) => posts.filter((p) => p.title === title).length === 1;
    // Posts on both sides under the same title and manager's title, alone under that title.
    const titleOf = (posts: Post[], id: string | null) => posts.find((p) => p.id === id)?.title ?? null;
    const unchanged = current.filter((p) => {
      const q = proposed.find((x) => x.lineageId === p.lineageId);
      return q && q.title === p.title && q.gradeId === p.gradeId && q.fte === p.fte && titleOf(current, p.managerId) === titleOf(proposed, q.managerId) && once(current, p.title) && once(proposed, p.title);
    });
    expect(unchanged.length).toBeGreaterThanOrEqual(5);
    const at = (page: PdfPage, title: string) => cardTitles(page).filter((x) => x.text === title);
    let same = 0;
    for (const p of unchanged) {
      const [a] = at(before, p.title);
      const [b] = at(after, p.title);
      if (!a || !b) continue;
      expect(Math.abs(a.x - b.x), p.title).toBeLessThan(0.5);
      expect(Math.abs(a.y - b.y), p.title).toBeLessThan(0.5);
      expect(a.size).toBeCloseTo(b.size, 3);
      same++;
    }
    expect(same).toBeGreaterThanOrEqual(5);
  });

  it('lists in each chart page\'s key exactly the marks drawn on its cards', async () => {
    // The key names each mark with the words on its band: Post to be deleted ("TO BE DELETED").
    const keyed = (page: PdfPage) => new Set([...page.text.matchAll(/\([“"]([A-Z][A-Z ]+)[”"]\)/g)].map((m) => m[1]!));
    const vocabulary = new Set(pack.pages.flatMap((p) => [...keyed(p)]));
    expect([...vocabulary]).toEqual(expect.arrayContaining(['TO BE DELETED', 'NEW POST', 'MOVED']));
    const drawn = (page: PdfPage) => {
      const out = new Set<string>();
      for (const i of page.items) {
        const words = i.text.split(' · ');
        if (words.every((w) => vocabulary.has(w))) for (const w of words) out.add(w);
      }
      return out;
    };
    const same = (page: PdfPage) => expect([...keyed(page)].sort(), `page ${page.number}`).toEqual([...drawn(page)].sort());
    const before = chartPage('Current structure');
    const after = chartPage('Proposed structure: Option A: hub model');
    same(before);
    same(after);
    // The current chart of the pack marks the posts it loses; the proposed one adds its new posts.
    expect(keyed(before)).toContain('TO BE DELETED');
    expect(keyed(before)).not.toContain('NEW POST');
    expect(keyed(after)).toContain('NEW POST');

    // The current structure on its own carries no marks, so its key has none.
    const alone = path.join(t.dir, 'current.pdf');
    await cli(['export', file, '--structure', 'Current', '--format', 'pdf', '--out', alone, '--landscape']);
    const page = (await readPdf(alone)).pages[0]!;
    expect(keyed(page).size).toBe(0);
    expect(page.text).not.toContain('to be deleted');

    // The proposal on pages by branch (a card per postholder at 9 pt): each page keys its own marks.
    const paged = path.join(t.dir, 'paged.pdf');
    await cli(['export', file, '--structure', 'Option A: hub model', '--format', 'pdf', '--out', paged, '--min-text', '9', '--names']);
    const pages = (await readPdf(paged)).pages;
    expect(pages.length).toBeGreaterThan(3);
    for (const p of pages) same(p);
    expect(pages.filter((p) => keyed(p).size === 0).length).toBeGreaterThan(0);
    expect(pages.filter((p) => keyed(p).has('NEW POST')).length).toBeGreaterThan(0);
  });
});
