// A page as a standalone SVG document: real <text> (selectable, searchable), the export font named
// and optionally embedded, so a browser, Word or the PNG renderer draws it as the PDF does.
import { FONT_FAMILY } from './fontMetrics';
import { strikeLine, type Page, type Shape } from './scene';
import { measureText } from './text';

const WEIGHT = { regular: 400, semibold: 600, bold: 700 } as const;

const n = (v: number) => String(Math.round(v * 100) / 100);

// Characters XML 1.0 does not allow at all are dropped; markup characters are escaped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(s: string): string {
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function dashAttr(dash: readonly number[] | undefined): string {
  return dash && dash.length ? ` stroke-dasharray="${dash.map(n).join(' ')}"` : '';
}

function shapeSvg(sh: Shape): string {
  switch (sh.kind) {
    case 'rect': {
      const r = sh.radius ? ` rx="${n(sh.radius)}"` : '';
      const stroke = sh.stroke ? ` stroke="${sh.stroke}" stroke-width="${n(sh.lineWidth ?? 1)}"${dashAttr(sh.dash)}` : '';
      return `<rect x="${n(sh.x)}" y="${n(sh.y)}" width="${n(sh.w)}" height="${n(sh.h)}"${r} fill="${sh.fill ?? 'none'}"${stroke}/>`;
    }
    case 'line':
      return `<polyline points="${sh.points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}" fill="none" stroke="${sh.stroke}" stroke-width="${n(sh.lineWidth)}"${dashAttr(sh.dash)}/>`;
    case 'text': {
      const anchor = sh.anchor === 'start' ? '' : ` text-anchor="${sh.anchor}"`;
      const weight = sh.weight === 'regular' ? '' : ` font-weight="${WEIGHT[sh.weight]}"`;
      let out = `<text x="${n(sh.x)}" y="${n(sh.y)}" font-size="${n(sh.size)}"${weight}${anchor} fill="${sh.fill}">${escapeXml(sh.text)}</text>`;
      if (sh.strike) {
        const l = strikeLine(sh, measureText(sh.text, sh.size, sh.weight));
        out += `<line x1="${n(l.x1)}" y1="${n(l.y)}" x2="${n(l.x2)}" y2="${n(l.y)}" stroke="${sh.fill}" stroke-width="${n(Math.max(0.4, sh.size / 14))}"/>`;
      }
      return out;
    }
  }
}

export interface SvgOptions {
  /** An @font-face rule (with the font as a data: URL) so the file shows the same font anywhere. */
  fontFaceCss?: string;
  title?: string;
  /** 'pt' (default) gives the printed size; 'px' makes one unit one pixel, for rasterising. */
  units?: 'pt' | 'px';
}

export function pageToSvg(page: Page, opts: SvgOptions = {}): string {
  const parts: string[] = [];
  const unit = opts.units === 'px' ? '' : 'pt';
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(page.width)}${unit}" height="${n(page.height)}${unit}" viewBox="0 0 ${n(page.width)} ${n(page.height)}" font-family="'${FONT_FAMILY}', 'Source Sans Pro', Arial, sans-serif">`,
  );
  if (opts.title) parts.push(`<title>${escapeXml(opts.title)}</title>`);
  if (opts.fontFaceCss) parts.push(`<style>${opts.fontFaceCss}</style>`);
  parts.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  for (const sh of page.shapes) parts.push(shapeSvg(sh));
  parts.push('</svg>');
  return parts.join('\n');
}
