// The PDF writer opens each font once per document, however many pieces of text it sets, and the
// text it sets reads back in every weight.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PdfWriter } from '../../electron/export/pdf';
import { text, type Page } from '../../shared/chart/scene';
import type { FontWeight } from '../../shared/chart/text';
import { readPdf } from '../helpers/pdf';
import { makeTempDir } from '../helpers/tempDir';

const t = makeTempDir('establish-pdfwriter-');
afterAll(() => t.cleanup());

const WEIGHTS: FontWeight[] = ['regular', 'semibold', 'bold'];
const ANCHORS = ['start', 'middle', 'end'] as const;

function pageOfText(pageNo: number): Page {
  const shapes = [];
  for (let i = 0; i < 120; i++) {
    const weight = WEIGHTS[i % 3]!;
    const anchor = ANCHORS[Math.floor(i / 3) % 3]!;
    const x = anchor === 'start' ? 40 : anchor === 'middle' ? 420 : 800;
    shapes.push(text(x, 30 + i * 18, `P${pageNo}-${i} ${weight} ${anchor}`, 7 + (i % 3), weight, { anchor }));
  }
  return { width: 842, height: 2200, shapes, links: [] };
}

describe('PDF writer', () => {
  it('opens each font once per document, not again for each piece of text', async () => {
    const file = path.join(t.dir, 'many-texts.pdf');
    const w = new PdfWriter(file, { title: 'Fonts', author: '', subject: 'Fonts' });
    for (let p = 0; p < 3; p++) w.addPage(pageOfText(p));
    await w.finish();
    // pdfkit numbers every font it opens (F1, F2...), so a font opened again for a piece of text
    // shows as a resource numbered beyond the three weights.
    const resources = new Set([...fs.readFileSync(file, 'latin1').matchAll(/\/(F\d+) \d+ 0 R/g)].map((m) => m[1]));
    expect([...resources].sort()).toEqual(['F1', 'F2', 'F3']);

    const pdf = await readPdf(file);
    for (const name of ['Regular', 'Semibold', 'Bold'])
      expect(pdf.fonts).toContainEqual({ name: `SourceSans3-${name}`, embedded: true, subset: true, type: 'CIDFontType2' });
    expect(pdf.fonts).toHaveLength(3);
    // Every piece of text reads back, each set in the weight it was asked for.
    const items = pdf.pages.flatMap((p) => p.items);
    for (let p = 0; p < 3; p++)
      for (let i = 0; i < 120; i++) {
        const weight = WEIGHTS[i % 3]!;
        const item = items.find((it) => it.text.startsWith(`P${p}-${i} `));
        expect(item, `P${p}-${i}`).toBeDefined();
        expect(item!.font).toBe(`SourceSans3-${weight[0]!.toUpperCase()}${weight.slice(1)}`);
      }
  });
});
