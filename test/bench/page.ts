// Helpers the browser benchmarks share: scripts run in the page as text, polling, pointer drags,
// the cards in view, and how a set of runs is summed up.
import type { Page } from 'playwright-core';
import { median, type Figure } from './types';

export async function evaluate<T>(page: Page, js: string): Promise<T> {
  // Scripts go in as text: the test process's compiled functions would not run in the page.
  return (await page.evaluate(js)) as T;
}

/** Polls a page expression: waitForFunction would need eval, which the app's security policy forbids. */
export async function waitUntil(page: Page, js: string, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await evaluate<boolean>(page, js))) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${js}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export async function centre(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`Nothing to drag at ${selector}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export async function pointerDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const steps = 8;
  for (let i = 1; i <= steps; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
  await page.mouse.up();
}

/** Cards well inside the view: leaves (posts or groups without reports) or managers (single posts with reports shown). */
export async function visibleCards(page: Page, kind: 'leaf' | 'manager'): Promise<string[]> {
  return evaluate<string[]>(
    page,
    `(() => {
      const box = document.querySelector('.react-flow').getBoundingClientRect();
      const out = [];
      for (const n of document.querySelectorAll('.react-flow__node')) {
        const id = n.getAttribute('data-id');
        const item = n.querySelector('[role=treeitem]');
        if (!id || !item) continue;
        const r = n.getBoundingClientRect();
        if (r.left < box.left + 20 || r.right > box.right - 240 || r.top < box.top + 20 || r.bottom > box.bottom - 60) continue;
        const manager = item.getAttribute('aria-expanded') === 'true';
        if (${JSON.stringify(kind)} === 'manager' ? manager && !id.includes('~') : !manager) out.push(id);
      }
      return out;
    })()`,
  );
}

/** "min 12, max 34 ms" for a set of runs. */
export function spread(values: number[], unit = 'ms'): string {
  return `min ${Math.round(Math.min(...values))}, max ${Math.round(Math.max(...values))} ${unit}`;
}

/** A figure that is the median of `times`, with their spread in the note after `what`. */
export function medianFigure(label: string, times: number[], target: number, what: string): Figure {
  if (!times.length) throw new Error(`${label}: nothing was timed`);
  return { label, value: median(times), unit: 'ms', target, note: `median of ${times.length} ${what} (${spread(times)})` };
}
