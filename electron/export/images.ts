// Pages as SVG files (fonts carried inside) and as PNG images at a chosen resolution, rendered by
// resvg with the same font files the PDF embeds.
import { Resvg } from '@resvg/resvg-js';
import type { Page } from '../../shared/chart/scene';
import { pageToSvg } from '../../shared/chart/svg';
import { FONT_FAMILY } from '../../shared/chart/fontMetrics';
import { fontFaceCss, fontFiles } from './fonts';

export function pageSvgFile(page: Page, title: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${pageToSvg(page, { fontFaceCss: fontFaceCss(), title })}\n`;
}

/** The page as a PNG at `dpi` dots per inch (96 for the screen, 150 or 300 for print). */
export function pagePng(page: Page, dpi: number): Buffer {
  const svg = pageToSvg(page, { units: 'px' });
  const r = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: dpi / 72 },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  return r.render().asPng();
}
