// The shape of a printed chart before it is placed: cards of known size, each with the assistants
// beside its stem and the reports below it, and how a block of reports can be arranged. Shared by
// the search for the best arrangement (printLayout.ts) and the placing of cards (printPlace.ts).

export type PrintKind = 'card' | 'box' | 'from' | 'more';

export interface PrintNode {
  /** Unique on the page: the card's id. */
  id: string;
  kind: PrintKind;
  /** The chart tree nodes the card stands for (several for a group card). */
  members: string[];
  w: number;
  h: number;
  /** Assistants: hang beside the stem, below the card. */
  assistants: PrintNode[];
  /** Reports, in order. */
  children: PrintNode[];
  /** The card's height when drawn `w` wide (a stack draws its cards at the widest one's width). */
  heightAt?: (w: number) => number;
}

/** A card's height at width `w` (no lower than at its own width's text allows). */
export function heightAt(n: PrintNode, w: number): number {
  return n.heightAt && w !== n.w ? n.heightAt(w) : n.h;
}

/** Spaces between cards, in layout units. */
export const GAP = {
  sibling: 6,
  /** Between a manager's card (or the row above) and a row of reports; the bus runs half way. */
  level: 12,
  stackStub: 5,
  stackRow: 3,
  spine: 8,
  assistantStub: 10,
  assistantRow: 6,
  /** Left free in a wrapped row for the line running down to the rows below it. */
  trunk: 10,
  /** Between separate trees on one page. */
  root: 20,
} as const;

export const isLeaf = (n: PrintNode) => n.children.length === 0 && n.assistants.length === 0;

/** A way to hang leaf cards: in `spines` columns of one (`sides` 1) or two cards a row. */
export interface StackOption {
  spines: number;
  sides: 1 | 2;
  rows: number;
  slot: number;
  width: number;
  height: number;
  /** x of the first and last spine from the block's left edge. */
  first: number;
  last: number;
}

export function stackSlot(o: StackOption, k: number): { spine: number; x: number; row: number; right: boolean } {
  const per = o.sides * o.rows;
  const spine = Math.floor(k / per);
  const within = k % per;
  const row = o.sides === 1 ? within : Math.floor(within / 2);
  const right = o.sides === 1 || within % 2 === 1;
  const spineX = o.first + spine * (2 * (o.slot + GAP.stackStub) + GAP.spine);
  return { spine: spineX, x: right ? spineX + GAP.stackStub : spineX - GAP.stackStub - o.slot, row, right };
}

/** Row tops of each spine of a stack, and its height. */
export function stackRows(o: StackOption, cards: readonly PrintNode[]): { tops: number[][]; height: number } {
  const per = o.sides * o.rows;
  const tops: number[][] = [];
  let height = 0;
  for (let s = 0; s * per < cards.length; s++) {
    const t: number[] = [];
    let y = 0;
    for (let r = 0; r < o.rows; r++) {
      const a = cards[s * per + r * o.sides];
      if (!a) break;
      const b = o.sides === 2 ? cards[s * per + r * 2 + 1] : undefined;
      t.push(y);
      y += Math.max(heightAt(a, o.slot), b ? heightAt(b, o.slot) : 0) + GAP.stackRow;
    }
    tops.push(t);
    height = Math.max(height, y - GAP.stackRow);
  }
  return { tops, height };
}

/** Every sensible way to hang `cards`, narrowest first, each lower than the one before. */
export function stackOptions(cards: readonly PrintNode[], maxWidth: number): StackOption[] {
  const n = cards.length;
  const slot = Math.max(...cards.map((c) => c.w));
  const all: StackOption[] = [];
  const make = (spines: number, sides: 1 | 2): StackOption => {
    const rows = Math.ceil(n / (spines * sides));
    const pair = 2 * (slot + GAP.stackStub);
    const width = sides === 1 ? GAP.stackStub + slot : spines * pair + (spines - 1) * GAP.spine;
    const first = sides === 1 ? 0 : slot + GAP.stackStub;
    const o: StackOption = { spines, sides, rows, slot, width, height: 0, first, last: first + (spines - 1) * (pair + GAP.spine) };
    o.height = stackRows(o, cards).height;
    return o;
  };
  all.push(make(1, 1));
  if (n > 1) {
    for (let k = 1; k <= Math.ceil(n / 2); k++) {
      const o = make(k, 2);
      // Fewer spines than needed are never better; stop once wider than any page could use.
      if (o.width > maxWidth && k > 1) break;
      all.push(o);
      if (o.rows === 1) break;
    }
  }
  all.sort((a, b) => a.width - b.width || a.height - b.height);
  const out: StackOption[] = [];
  for (const o of all) if (!out.length || o.height < out[out.length - 1]!.height) out.push(o);
  return out;
}

/** The lowest option no wider than `w` (the narrowest when none is). */
export function bestStack(options: readonly StackOption[], w: number): StackOption {
  let best = options[0]!;
  for (const o of options) if (o.width <= w) best = o;
  return best;
}

/** An item in a row of reports: a branch, or the stack of a manager's leaf reports. */
export interface RowItem {
  w: number;
  h: number;
  /** Where the bus drops into it, from its left edge: first and last drop. */
  a0: number;
  a1: number;
}

export interface RowPlan {
  /** Item indices, and where the row splits around the line running down through it (-1: it does not). */
  start: number;
  end: number;
  split: number;
  /** Left edge of each item relative to the trunk. */
  xs: number[];
  height: number;
  left: number;
  right: number;
}

/**
 * Packs items into rows no wider than `W`. Every row but the last leaves room in its middle for the
 * line to the rows below; the last row (or the only one) is centred under the trunk.
 */
export function packRows(items: readonly RowItem[], W: number, gap: number, trunk: number): RowPlan[] {
  const n = items.length;
  const rem: number[] = new Array(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) rem[i] = items[i]!.w + (i < n - 1 ? gap + rem[i + 1]! : 0);
  const rows: RowPlan[] = [];
  const half = (W - trunk) / 2;
  let i = 0;
  while (i < n) {
    if (rem[i]! <= W || n - i === 1) {
      // The last row, centred between its first and last drop.
      const xs: number[] = [];
      let x = 0;
      let h = 0;
      for (let k = i; k < n; k++) {
        xs.push(x);
        x += items[k]!.w + gap;
        h = Math.max(h, items[k]!.h);
      }
      const mid = (items[i]!.a0 + xs[xs.length - 1]! + items[n - 1]!.a1) / 2;
      rows.push({ start: i, end: n, split: -1, xs: xs.map((v) => v - mid), height: h, left: mid, right: x - gap - mid });
      break;
    }
    const start = i;
    let lw = items[i]!.w;
    i++;
    while (i < n && lw + gap + items[i]!.w <= half) lw += gap + items[i++]!.w;
    const split = i;
    let rw = 0;
    if (i < n && items[i]!.w <= half) {
      rw = items[i++]!.w;
      while (i < n && rw + gap + items[i]!.w <= half) rw += gap + items[i++]!.w;
    }
    const xs: number[] = [];
    let x = -trunk / 2 - lw;
    let h = 0;
    for (let k = start; k < split; k++) {
      xs.push(x);
      x += items[k]!.w + gap;
      h = Math.max(h, items[k]!.h);
    }
    x = trunk / 2;
    for (let k = split; k < i; k++) {
      xs.push(x);
      x += items[k]!.w + gap;
      h = Math.max(h, items[k]!.h);
    }
    rows.push({ start, end: i, split, xs, height: h, left: trunk / 2 + lw, right: rw ? trunk / 2 + rw : 0 });
  }
  return rows;
}

/** What the layout worked out for one card and its branch, at each width of the ladder. */
export interface NodeSolution {
  node: PrintNode;
  virtual: boolean;
  /** Reports arranged in rows: branches, with the leaf reports' stack at its first leaf's place. */
  items: (PrintNode | 'stack')[];
  stackCards: PrintNode[];
  stack: StackOption[] | null;
  /** Extent of the card and its assistants either side of its stem, and their height. */
  ownL: number;
  ownR: number;
  ownH: number;
  /** Per width on the ladder: size, stem position from the left edge, and the choice made. */
  w: Float32Array;
  h: Float32Array;
  t: Float32Array;
  choice: Int16Array;
  /** Per width, in the rows case: the height every report is held to (each takes its narrowest arrangement no taller). */
  cap: Float32Array;
  /** Narrowest arrangement for a height: heights ascending, with the step (or stack option) that gives it. */
  front: { h: number[]; pick: number[] } | null;
}
