// The measurements of a chart: card size and the spaces between cards. The editor and the exports
// start from the same defaults so that a chart looks the same on screen and on paper.
import type { LayoutOptions } from './types';

/** From this many cards without reports under one manager, they hang in a column. */
const DEFAULT_STACK_THRESHOLD = 2;

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  cardWidth: 208,
  cardHeight: 84,
  siblingGap: 20,
  levelGap: 56,
  collapsed: new Set(),
  groupIdentical: true,
  expandedGroups: new Set(),
  stackThreshold: DEFAULT_STACK_THRESHOLD,
};

/** Fixed spaces inside the tidy tree that follow from the card size. */
export interface Geometry {
  w: number;
  h: number;
  siblingGap: number;
  branchGap: number;
  levelGap: number;
  stackThreshold: number;
  /** Horizontal line from a stack's spine to a stacked card. */
  stackStub: number;
  /** Vertical space between the rows of a stack. */
  stackRowGap: number;
  /** Space between two spines of one stack (between the right column of one and the left of the next). */
  spineGap: number;
  /** Horizontal line from a manager's stem to an assistant card. */
  assistantStub: number;
  /** Vertical space above each row of assistants. */
  assistantRowGap: number;
  /** Space between separate top-level posts (a structure with several tops). */
  rootGap: number;
  /** A row of a manager's reports wider than this wraps into several rows (0: never). */
  wrapWidth: number;
}

export function geometry(o: LayoutOptions): Geometry {
  const siblingGap = Math.max(0, o.siblingGap);
  return {
    w: o.cardWidth,
    h: o.cardHeight,
    siblingGap,
    branchGap: o.branchGap ?? Math.round(siblingGap * 1.75),
    levelGap: Math.max(8, o.levelGap),
    stackThreshold: Math.max(2, o.stackThreshold ?? DEFAULT_STACK_THRESHOLD),
    stackStub: 14,
    stackRowGap: 18,
    spineGap: Math.max(siblingGap, 24),
    assistantStub: 24,
    assistantRowGap: 16,
    rootGap: Math.max(siblingGap * 3, 48),
    wrapWidth: Math.max(0, o.wrapWidth ?? 0),
  };
}
