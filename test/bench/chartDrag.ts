// Dragging a card onto a new manager in the open chart, each a real pointer drag, each to a
// different manager, timed in the page from the pointer's release to the frame painted with the
// card in its new place. Undo puts each back, so every drag starts from the same chart.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { centre, evaluate, pointerDrag, visibleCards, waitUntil } from './page';

interface LayoutEntry {
  duration: number;
  cards: number;
  posts: number;
}

/** With every branch open: goes down to where the teams are, then drags; each drop's milliseconds. */
export async function timeDrags(page: Page, drags: number, posts: number, allCards: number): Promise<number[]> {
  await page.getByRole('button', { name: 'Fit' }).first().click();
  await page.waitForTimeout(600);
  await page.getByRole('button', { name: 'Zoom in' }).first().click();
  await page.waitForTimeout(300);
  // As a user would: search, and Enter shows the first match.
  const search = page.getByRole('searchbox', { name: 'Search posts' });
  await search.fill('Senior Practitioner');
  await search.press('Enter');
  await search.press('Escape');
  await page.waitForTimeout(500);

  const drops: number[] = [];
  for (let i = 0; i < drags; i++) {
    const leaves = await visibleCards(page, 'leaf');
    const moving = leaves[0];
    if (!moving) {
      await page.screenshot({ path: path.join(process.cwd(), 'tmp', 'bench-no-card.png') });
      throw new Error(`No card to drag is in view (drag ${i + 1})`);
    }
    const parent = await page.locator(`.react-flow__node[data-id="${moving}"] [role=treeitem]`).getAttribute('data-manager-card');
    const managers = (await visibleCards(page, 'manager')).filter((id) => id !== moving && id !== parent);
    const target = managers[(i * 3) % managers.length];
    if (!target) throw new Error('No manager card is in view');
    await evaluate(page, `window.__probe.armDrop(${JSON.stringify(moving)})`);
    await pointerDrag(page, await centre(page, `.react-flow__node[data-id="${moving}"]`), await centre(page, `.react-flow__node[data-id="${target}"]`));
    const r = await evaluate<{ ms: number; layouts: LayoutEntry[]; steps: unknown } | null>(page, 'Promise.race([window.__probe.drop, new Promise((r) => setTimeout(() => r(null), 20000))])');
    if (!r) {
      await page.screenshot({ path: path.join(process.cwd(), 'tmp', 'bench-drop-failed.png') });
      throw new Error(`Dragging card ${moving} onto ${target} moved nothing (${(await page.locator('.notice').allTextContents()).join(' / ')})`);
    }
    if (!r.layouts.some((l) => l.posts === posts && l.cards >= allCards * 0.9)) throw new Error('The drop did not re-lay out the whole structure');
    drops.push(r.ms);
    if (process.env.BENCH_DETAIL) console.log('    drop', Math.round(r.ms), JSON.stringify(r.steps, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v) : v)));
    const before = await evaluate<number>(page, 'window.__probe.layouts.length');
    await page.keyboard.press('Control+z');
    await waitUntil(page, `window.__probe.layouts.length > ${before}`);
    await page.waitForTimeout(250);
  }
  return drops;
}
