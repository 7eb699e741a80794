// `npm install` and `npm test` are the whole set-up: no test may run a program that npm does not
// bring (poppler's PDF tools, a system Chromium by a fixed path). PDFs are read with pdf.js
// (test/helpers/pdf.ts) and the browser is found by test/helpers/findBrowser.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const TOOLS = ['pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm', 'pdfimages', 'qpdf', 'mutool', 'libreoffice', 'soffice'];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : files(p);
    return /\.(ts|tsx|mts|mjs|cjs|js)$/.test(e.name) ? [p] : [];
  });
}

describe('the tests', () => {
  it('run no PDF or office tools that npm does not install', () => {
    const found: string[] = [];
    const self = path.resolve(__filename);
    for (const file of [...files(path.join(ROOT, 'test')), ...files(path.join(ROOT, 'scripts'))]) {
      if (path.resolve(file) === self) continue;
      const text = fs.readFileSync(file, 'utf8');
      for (const tool of TOOLS) if (new RegExp(`['"\`]${tool}['"\`\\s]`).test(text)) found.push(`${path.relative(ROOT, file)}: ${tool}`);
    }
    expect(found).toEqual([]);
  });
});
