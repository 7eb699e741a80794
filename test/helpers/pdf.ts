// Reads a PDF back for tests with pdf.js (an npm package), so no PDF tools need installing: the
// pages with their sizes, every piece of text with its position and printed size, each page's
// text laid out in lines and columns, and the fonts the file uses.
import fs from 'node:fs';
import path from 'node:path';
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

export interface PdfTextItem {
  text: string;
  /** Left end of the baseline, in points from the page's top-left corner. */
  x: number;
  y: number;
  /** Advance width in points. */
  width: number;
  /** The printed size in points (the font size times any scaling of the text). */
  size: number;
  /** The font's name as the file has it, without any subset prefix (e.g. "SourceSans3-Semibold"). */
  font: string;
  /** False for text drawn at an angle. */
  horizontal: boolean;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  /** In points, as the page is shown (rotation applied). */
  width: number;
  height: number;
  items: PdfTextItem[];
  /** The page's text in reading order, one printed line per line, columns kept apart by two or more spaces. */
  text: string;
}

export interface PdfFont {
  /** Without any subset prefix. */
  name: string;
  /** The font file is inside the PDF. */
  embedded: boolean;
  /** Only part of the font is embedded (the name had a subset prefix such as "ABCDEF+"). */
  subset: boolean;
  /** The PDF font type, e.g. "CIDFontType2" or "TrueType". */
  type: string;
}

export interface PdfDocument {
  pages: PdfPage[];
  /** Every page's text, pages separated by form feeds. */
  text: string;
  fonts: PdfFont[];
}

const PDFJS = path.dirname(require.resolve('pdfjs-dist/package.json'));
// Directory URLs must end in a slash; pdf.js reads them with fs in Node.
const dataDir = (name: string) => path.join(PDFJS, name) + path.sep;

export async function readPdf(file: string): Promise<PdfDocument> {
  const doc = await getDocument({
    data: new Uint8Array(fs.readFileSync(file)),
    standardFontDataUrl: dataDir('standard_fonts'),
    cMapUrl: dataDir('cmaps'),
    cMapPacked: true,
    // Font objects keep their names and types, for the font list.
    fontExtraProperties: true,
    isEvalSupported: false,
    useSystemFonts: false,
    // Errors only: warnings about things a reader works round would be noise in test output.
    verbosity: 0,
  }).promise;
  try {
    const pages: PdfPage[] = [];
    const fonts = new Map<string, PdfFont>();
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(doc, n, fonts));
    return { pages, text: pages.map((p) => p.text).join('\f'), fonts: [...fonts.values()] };
  } finally {
    await doc.destroy();
  }
}

interface FontObject {
  name?: string;
  type?: string;
  missingFile?: boolean;
}

async function readPage(doc: PDFDocumentProxy, n: number, fonts: Map<string, PdfFont>): Promise<PdfPage> {
  const page = await doc.getPage(n);
  const { width, height } = page.getViewport({ scale: 1 });
  // The operator list makes pdf.js hand over the page's fonts, with their names, to commonObjs.
  await page.getOperatorList();
  const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: true });
  const fontNames = new Map<string, string>();
  const items: PdfTextItem[] = [];
  for (const raw of content.items) {
    const item = raw as TextItem;
    // pdf.js adds runs of spaces of its own to stand for gaps; the positions say that better.
    if (typeof item.str !== 'string' || item.str.trim() === '') continue;
    if (!fontNames.has(item.fontName)) fontNames.set(item.fontName, fontOf(page, item.fontName, fonts));
    const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
    items.push({
      text: item.str,
      x: e,
      y: height - f,
      width: item.width,
      size: Math.hypot(c, d),
      font: fontNames.get(item.fontName)!,
      horizontal: Math.abs(b) < 1e-6 && Math.abs(c) < 1e-6 && a > 0,
    });
  }
  page.cleanup();
  return { number: n, width, height, items, text: layoutText(items) };
}

function fontOf(page: PDFPageProxy, loadedName: string, fonts: Map<string, PdfFont>): string {
  let obj: FontObject | null = null;
  try {
    obj = page.commonObjs.has(loadedName) ? (page.commonObjs.get(loadedName) as FontObject) : null;
  } catch {
    obj = null;
  }
  const full = obj?.name ?? loadedName;
  const subset = /^[A-Z]{6}\+/.test(full);
  const name = subset ? full.slice(7) : full;
  if (obj && !fonts.has(name)) fonts.set(name, { name, embedded: !obj.missingFile, subset, type: obj.type ?? '' });
  return name;
}

/** A page's size as "width x height" in points to two places, as PDF tools print it: "595.28 x 841.89" is A4 portrait. */
export function pageSize(page: PdfPage): string {
  return `${page.width.toFixed(2)} x ${page.height.toFixed(2)}`;
}

/**
 * Lines from text items: horizontal items sharing a baseline (within a quarter of their size) make
 * a line, read left to right. A gap the width of a space or less is one space (none when the pieces
 * touch); a wider gap, between columns, is two spaces or more, one per half an em.
 */
export function layoutText(items: PdfTextItem[]): string {
  const lines: PdfTextItem[][] = [];
  const sorted = [...items].sort((p, q) => p.y - q.y || p.x - q.x);
  for (const item of sorted) {
    const line = item.horizontal ? lines.find((l) => l[0]!.horizontal && Math.abs(l[0]!.y - item.y) <= Math.max(0.5, 0.25 * Math.min(l[0]!.size, item.size))) : undefined;
    if (line) line.push(item);
    else lines.push([item]);
  }
  lines.sort((p, q) => p[0]!.y - q[0]!.y);
  return lines
    .map((line) => {
      line.sort((p, q) => p.x - q.x);
      let out = '';
      let end: number | null = null;
      for (const item of line) {
        if (end !== null) {
          const em = item.size || 1;
          const gap = item.x - end;
          if (gap > 0.6 * em) out += ' '.repeat(Math.max(2, Math.round(gap / (0.5 * em))));
          else if (gap > 0.08 * em && !out.endsWith(' ') && !item.text.startsWith(' ')) out += ' ';
        }
        out += item.text;
        end = item.x + item.width;
      }
      return out;
    })
    .join('\n');
}
