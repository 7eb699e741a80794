// Writes pages of shapes as a PDF with pdfkit: the font embedded (subset), text as real text so it
// can be selected and searched, pages linked by "continued on page" markers, and bookmarks.
import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import type { Page, Shape } from '../../shared/chart/scene';
import { strikeLine } from '../../shared/chart/scene';
import type { FontWeight } from '../../shared/chart/text';
import { fontFile } from './fonts';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
}

const WEIGHTS: FontWeight[] = ['regular', 'semibold', 'bold'];
type FontFiles = Record<FontWeight, string>;
const ASCENT = 1.0; // Source Sans 3's ascender is exactly one em: the baseline sits one size below the top.

function drawShape(doc: PDFKit.PDFDocument, fonts: FontFiles, sh: Shape): void {
  switch (sh.kind) {
    case 'rect': {
      doc.save();
      if (sh.radius) doc.roundedRect(sh.x, sh.y, sh.w, sh.h, sh.radius);
      else doc.rect(sh.x, sh.y, sh.w, sh.h);
      if (sh.stroke) {
        doc.lineWidth(sh.lineWidth ?? 1);
        if (sh.dash && sh.dash.length) doc.dash([...sh.dash] as unknown as number, {});
      }
      if (sh.fill && sh.stroke) doc.fillAndStroke(sh.fill, sh.stroke);
      else if (sh.fill) doc.fill(sh.fill);
      else if (sh.stroke) doc.stroke(sh.stroke);
      doc.restore();
      return;
    }
    case 'line': {
      const [first, ...rest] = sh.points;
      if (!first) return;
      doc.save();
      doc.moveTo(first.x, first.y);
      for (const p of rest) doc.lineTo(p.x, p.y);
      doc.lineWidth(sh.lineWidth);
      if (sh.dash && sh.dash.length) doc.dash([...sh.dash] as unknown as number, {});
      doc.stroke(sh.stroke);
      doc.restore();
      return;
    }
    case 'text': {
      doc.font(fonts[sh.weight]).fontSize(sh.size);
      const width = sh.anchor === 'start' && !sh.strike ? 0 : doc.widthOfString(sh.text);
      const x = sh.anchor === 'start' ? sh.x : sh.anchor === 'middle' ? sh.x - width / 2 : sh.x - width;
      doc.fillColor(sh.fill).text(sh.text, x, sh.y - sh.size * ASCENT, { lineBreak: false });
      if (sh.strike) {
        const l = strikeLine(sh, width);
        doc.save().moveTo(l.x1, l.y).lineTo(l.x2, l.y).lineWidth(Math.max(0.4, sh.size / 14)).stroke(sh.fill).restore();
      }
      return;
    }
  }
}

/** A PDF being written page by page, so a long export can report progress and be cancelled. */
export class PdfWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly fonts: FontFiles;
  private readonly done: Promise<void>;
  private pageIndex = 0;

  constructor(readonly file: string, meta: PdfMeta) {
    this.fonts = Object.fromEntries(WEIGHTS.map((w) => [w, fontFile(w)])) as FontFiles;
    this.doc = new PDFDocument({
      autoFirstPage: false,
      margin: 0,
      compress: true,
      pdfVersion: '1.7',
      lang: 'en-GB',
      displayTitle: true,
      font: this.fonts.regular,
      info: { Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: 'Establish', Producer: 'Establish' },
    });
    // Fonts are chosen by file, the key pdfkit caches an opened font under. (A font registered under
    // a name of its own and also opened as the default is never cached under that name: pdfkit
    // would read and parse the font file again for every piece of text.)
    const out = fs.createWriteStream(file);
    this.done = new Promise((resolve, reject) => {
      out.on('finish', () => resolve());
      out.on('error', reject);
      this.doc.on('error', reject);
    });
    this.doc.pipe(out);
  }

  addPage(page: Page): void {
    const doc = this.doc;
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    doc.addNamedDestination(`page-${this.pageIndex}`);
    if (page.bookmark) doc.outline.addItem(page.bookmark);
    for (const sh of page.shapes) drawShape(doc, this.fonts, sh);
    for (const l of page.links) doc.goTo(l.x, l.y, l.w, l.h, `page-${l.page}`);
    this.pageIndex++;
  }

  async finish(): Promise<void> {
    this.doc.end();
    await this.done;
  }

  /** Stops writing; the caller removes the partial file. */
  async abort(): Promise<void> {
    try {
      await this.finish();
    } catch {
      // The file is being thrown away.
    }
  }
}
