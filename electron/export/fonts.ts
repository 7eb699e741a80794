// The export font files (Source Sans 3, SIL Open Font License), shipped in the source-sans package.
// PDF embeds them, PNG renders with them and SVG carries them, so every output shows the same type.
import fs from 'node:fs';
import path from 'node:path';
import type { FontWeight } from '../../shared/chart/text';
import { FONT_FAMILY } from '../../shared/chart/fontMetrics';

const STYLE: Record<FontWeight, string> = { regular: 'Regular', semibold: 'Semibold', bold: 'Bold' };
const CSS_WEIGHT: Record<FontWeight, number> = { regular: 400, semibold: 600, bold: 700 };

function packageDir(): string {
  return path.dirname(require.resolve('source-sans/package.json'));
}

export function fontFile(weight: FontWeight): string {
  const file = path.join(packageDir(), 'TTF', `SourceSans3-${STYLE[weight]}.ttf`);
  // In the packaged app the TrueType files are unpacked beside the archive, where the PNG renderer
  // (native code that cannot read inside an asar archive) can open them.
  const unpacked = file.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  return unpacked !== file && fs.existsSync(unpacked) ? unpacked : file;
}

export function fontFiles(): string[] {
  return (Object.keys(STYLE) as FontWeight[]).map(fontFile);
}

let css: string | null = null;

/** @font-face rules with the fonts inline, for SVG files opened where the font is not installed. */
export function fontFaceCss(): string {
  if (!css) {
    css = (Object.keys(STYLE) as FontWeight[])
      .map((w) => {
        const data = fs.readFileSync(path.join(packageDir(), 'WOFF2', 'TTF', `SourceSans3-${STYLE[w]}.ttf.woff2`)).toString('base64');
        return `@font-face{font-family:'${FONT_FAMILY}';font-weight:${CSS_WEIGHT[w]};src:url(data:font/woff2;base64,${data}) format('woff2');}`;
      })
      .join('');
  }
  return css;
}
