// The contents page of the consultation pack: each part with the page it starts on, linked.
import { line, pageSize, text, type Orientation, type Page, type PaperSize, type Shape } from '../chart/scene';
import { measureText, truncateText } from '../chart/text';
import { drawFooter, drawTitleBlock, MARGIN, type TitleBlock } from './frame';
import type { Numbering, Section } from './section';

export interface ContentsEntry {
  title: string;
  /** One-based page number. */
  page: number;
}

export function contentsSection(paper: PaperSize, orientation: Orientation, title: TitleBlock, entries: () => ContentsEntry[], intro: string[]): Section {
  const size = pageSize(paper, orientation);
  return {
    title: 'Contents',
    pageCount: 1,
    render(_i: number, numbering: Numbering): Page {
      const head = drawTitleBlock(size.width, title);
      const shapes: Shape[] = [...head.shapes, ...drawFooter(size.width, size.height, `Page ${numbering.first} of ${numbering.total}`).shapes];
      const links: Page['links'] = [];
      let y = head.bottom + 30;
      shapes.push(text(MARGIN, y, 'Contents', 14, 'bold'));
      y += 26;
      const right = size.width - MARGIN;
      entries().forEach((e, i) => {
        const label = truncateText(`${i + 1}.  ${e.title}`, right - MARGIN - 60, 11);
        const num = String(e.page);
        shapes.push(text(MARGIN, y, label, 11, 'regular'));
        shapes.push(text(right, y, num, 11, 'regular', { anchor: 'end' }));
        const from = MARGIN + measureText(label, 11) + 6;
        const to = right - measureText(num, 11) - 6;
        if (to > from) shapes.push(line([{ x: from, y: y - 1 }, { x: to, y: y - 1 }], '#777777', 0.6, [0.6, 2.4]));
        links.push({ x: MARGIN, y: y - 12, w: right - MARGIN, h: 16, page: e.page - 1 });
        y += 20;
      });
      y += 14;
      for (const p of intro) {
        shapes.push(text(MARGIN, y, truncateText(p, right - MARGIN, 9), 9, 'regular', { fill: '#444444' }));
        y += 13;
      }
      return { width: size.width, height: size.height, shapes, links, bookmark: 'Contents' };
    },
  };
}
