import type { Page } from 'playwright-core';

// A probe installed in the page before the app loads, to watch the window while a comparison is
// worked out: the main thread's long tasks (over 50 ms, from the Long Tasks API), the gaps
// between animation frames, whether the "Working out the changes…" status was shown, and whether
// figures were ever shown alongside it.

/** What the probe saw from `watch(selector)` until the selector's figures showed with no work going on. */
export interface ProbeWindow {
  workingShown: boolean;
  /** Figures (the selector) were in the page while the status said the work was going on. */
  staleFigures: boolean;
  /** From the status appearing to the figures appearing. */
  workingMs: number;
  /** From the status appearing to the comparison's arrival (the end of the app's establish:compare:assemble step), or to the figures if it never came from a worker. */
  untilArrivedMs: number;
  /** Long tasks that started once the status showed, until the comparison arrived. */
  longTasks: { start: number; duration: number }[];
  longestTaskMs: number;
  /** Long tasks from the comparison's arrival until the figures were shown (drawing the view). */
  showingTasks: { start: number; duration: number }[];
  /** Long tasks of the watch before the status showed (loading the structures, say). */
  tasksBeforeWorking: { start: number; duration: number }[];
  /** The longest gap between animation frames while the comparison was worked out. */
  longestFrameGapMs: number;
  /** The app's own timed steps (performance measures named establish:...) in the watch, to tell what a long task did. */
  steps: { name: string; start: number; duration: number }[];
}

export const COMPARE_PROBE = String.raw`
(() => {
  const tasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const frames = [];
  let dirty = true;
  const frame = (t) => {
    frames.push(t);
    // What the page shows, checked once a frame (as the user would see it), only after a change.
    if (dirty) {
      dirty = false;
      check();
    }
    if (frames.length > 20000) frames.splice(0, 10000);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const WORKING = 'Working out the changes';
  let watch = null;
  const isWorking = () => [...document.querySelectorAll('[role=status]')].some((e) => e.textContent.includes(WORKING));
  const check = () => {
    const w = watch;
    if (!w || w.doneAt !== null) return;
    const working = isWorking();
    const shown = !!document.querySelector(w.selector);
    if (working && w.workingAt === null) w.workingAt = performance.now();
    if (working && shown) w.stale = true;
    if (!working && shown && w.workingAt !== null) {
      w.doneAt = performance.now();
      // Let the tasks that show the figures finish and be reported.
      setTimeout(() => (w.settled = true), 300);
    }
  };
  new MutationObserver(() => (dirty = true)).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  window.__compareProbe = {
    watch(selector) {
      watch = { selector, startAt: performance.now(), workingAt: null, doneAt: null, stale: false, settled: false };
      check();
    },
    /** Where the watch has got to, to say what went wrong when it never ends. */
    state() {
      return JSON.stringify({ ...watch, working: isWorking(), shown: watch ? !!document.querySelector(watch.selector) : null });
    },
    result() {
      const w = watch;
      if (!w || !w.settled) return null;
      const arrived = performance.getEntriesByName('establish:compare:assemble').find((m) => m.startTime >= w.workingAt && m.startTime <= w.doneAt);
      const arrivedAt = arrived ? arrived.startTime + arrived.duration : w.doneAt;
      const inside = tasks.filter((t) => t.start >= w.workingAt && t.start < arrivedAt);
      const showing = tasks.filter((t) => t.start >= arrivedAt && t.start <= w.doneAt + 300);
      const before = tasks.filter((t) => t.start >= w.startAt && t.start < w.workingAt);
      let gap = 0;
      const fs = frames.filter((t) => t >= w.workingAt && t <= arrivedAt);
      for (let i = 1; i < fs.length; i++) gap = Math.max(gap, fs[i] - fs[i - 1]);
      return {
        workingShown: w.workingAt !== null,
        staleFigures: w.stale,
        workingMs: w.doneAt - w.workingAt,
        untilArrivedMs: arrivedAt - w.workingAt,
        longTasks: inside,
        longestTaskMs: Math.max(0, ...inside.map((t) => t.duration)),
        showingTasks: showing,
        tasksBeforeWorking: before,
        longestFrameGapMs: gap,
        steps: performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('establish:') && m.startTime >= w.startAt && m.startTime <= w.doneAt + 300)
          .map((m) => ({ name: m.name, start: m.startTime, duration: m.duration })),
      };
    },
  };
})();
`;

async function evaluate<T>(page: Page, js: string): Promise<T> {
  // Scripts go in as text: the app's security policy forbids eval, so no waitForFunction.
  return (await page.evaluate(js)) as T;
}

/** Starts watching until `selector` shows with no "Working out the changes…" status. */
export async function watchFor(page: Page, selector: string): Promise<void> {
  await evaluate(page, `window.__compareProbe.watch(${JSON.stringify(selector)})`);
}

/** Waits for the watch to end and returns what the probe saw. */
export async function watched(page: Page, timeoutMs = 90_000): Promise<ProbeWindow> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const w = await evaluate<ProbeWindow | null>(page, 'window.__compareProbe.result()');
    if (w) return w;
    if (Date.now() > end) throw new Error(`The comparison did not appear: ${await evaluate<string>(page, 'window.__compareProbe.state()')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
