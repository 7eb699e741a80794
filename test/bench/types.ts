// A benchmark measures one or more figures against the targets the issues set.
export interface Figure {
  label: string;
  /** The measured value (a median unless the label says otherwise). */
  value: number;
  unit: 'ms' | 's' | 'fps' | 'MB' | '×';
  /** The target; the figure meets it when value <= target. Infinity: reported, with no target set. */
  target: number;
  /** How it was measured, in a few words. */
  note?: string;
}

export interface Benchmark {
  name: string;
  run(): Promise<Figure[]>;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs `fn` `runs` times after `warmup` unmeasured runs; returns each run's milliseconds. */
export async function timeRuns(fn: () => unknown | Promise<unknown>, runs = 7, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times;
}
