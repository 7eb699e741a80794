// The window fits the laptops advisers use: at each common screen size, and in a window of
// 1024 × 768, in every view and dialog, nothing is wider than the window, the controls of each bar
// stay on screen without overlapping, and at 1366 × 768 the chart has most of the window.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from '../helpers/browser';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const file = path.join(tmp.dir, 'Sample.establish');
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;

interface Fit {
  /** How much wider than the window the page is (0 when it fits). */
  overflow: number;
  /** Controls partly off the right or left of the window: "bar: name". */
  offScreen: string[];
  /** Pairs of controls in one bar drawn over each other. */
  overlaps: string[];
  /** The charts' share of the window's area. */
  chartShare: number;
}

/** Measures the page as it is drawn now. */
function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const W = window.innerWidth;
    const name = (el: Element) => (el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 40);
    const visible = (r: DOMRect) => r.width > 0 && r.height > 0;
    const offScreen: string[] = [];
    const overlaps: string[] = [];
    const bars = document.querySelectorAll('.topbar, nav.structure-tabs, .chart-toolbar, .chart-changes, .compare-head, [role="dialog"]');
    for (const bar of Array.from(bars)) {
      const barName = bar.getAttribute('aria-label') || bar.className;
      const controls = Array.from(bar.querySelectorAll('button, select, input, [role="tab"]')).filter((el) => {
        const r = el.getBoundingClientRect();
        // A control scrolled within its own part (a dialog's long form) is not a control off the window.
        return visible(r) && (el as HTMLElement).offsetParent !== null && !el.closest('.dialog-body, [role="tabpanel"], .table-wrap');
      });
      const rects = controls.map((el) => ({ el, r: el.getBoundingClientRect() }));
      for (const { el, r } of rects) if (r.left < -0.5 || r.right > W + 0.5) offScreen.push(`${barName}: ${name(el)}`);
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          const a = rects[i]!;
          const b = rects[j]!;
          if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
          const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (x > 1 && y > 1) overlaps.push(`${barName}: ${name(a.el)} / ${name(b.el)}`);
        }
      }
    }
    const area = Array.from(document.querySelectorAll('.react-flow')).reduce((t, el) => {
      const r = el.getBoundingClientRect();
      return t + r.width * r.height;
    }, 0);
    const doc = document.documentElement;
    return { overflow: Math.max(doc.scrollWidth, document.body.scrollWidth) - W, offScreen, overlaps, chartShare: area / (W * window.innerHeight) };
  });
}

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(350);
}

beforeAll(async () => {
  const s = testSession(tmp.dir);
  await call(s, 'newDocument', { path: file, sample: true });
  s.dispose();
});

afterAll(() => tmp.cleanup());

describe.each(SIZES)('at $width × $height', (size) => {
  const fits: Record<string, Fit> = {};

  beforeAll(async () => {
    const app = await launchApp({ openOnStart: file, viewport: size });
    const page = app.page;
    try {
      const look = async (view: string) => {
        await settle(page);
        fits[view] = await measure(page);
      };
      await page.getByRole('tree', { name: 'Chart of Current' }).waitFor();
      await look('Current');
      await page.getByRole('tab', { name: /^Option A/ }).click();
      await page.getByRole('tree', { name: /^Chart of Option A/ }).waitFor();
      await look('Option A');
      // The key, short or in full (whichever the window did not choose), and back.
      const key = page.getByRole('button', { name: /^Show the key to the chart in / });
      await key.click();
      await look('Option A, the other key');
      await key.click();
      // Both side panels open, whether or not the window opened them itself.
      const panels = ['Add a post', 'Post details'];
      const folded: string[] = [];
      for (const panel of panels) {
        const show = page.getByRole('button', { name: `Show ${panel}` });
        if (await show.count()) {
          await show.click();
          folded.push(panel);
        }
      }
      await look('Option A, both panels open');
      for (const panel of folded) await page.getByRole('button', { name: `Hide ${panel}` }).click();
      await page.getByRole('checkbox', { name: 'Side by side' }).check();
      await page.getByRole('tree', { name: 'Chart of Current' }).waitFor();
      await look('Side by side');
      await page.getByRole('checkbox', { name: 'Side by side' }).uncheck();
      await page.getByRole('button', { name: 'Table', exact: true }).click();
      await look('Table');
      await page.getByRole('button', { name: 'Chart', exact: true }).click();
      await page.getByRole('tab', { name: 'Compare' }).click();
      await page.getByRole('tab', { name: 'Changes' }).waitFor();
      await look('Compare: Changes');
      await page.getByRole('tab', { name: 'Cost summary' }).click();
      await look('Compare: Cost summary');
      await page.getByRole('button', { name: 'Settings' }).first().click();
      await page.getByRole('dialog', { name: 'Document settings' }).waitFor();
      await look('Settings dialog');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /^Export/ }).first().click();
      await page.getByRole('dialog').first().waitFor();
      await look('Export dialog');
      await page.keyboard.press('Escape');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('is never wider than the window, with every control on screen and none over another', () => {
    expect(Object.keys(fits)).toHaveLength(10);
    for (const [view, fit] of Object.entries(fits)) {
      expect({ view, overflow: fit.overflow, offScreen: fit.offScreen, overlaps: fit.overlaps }).toEqual({ view, overflow: 0, offScreen: [], overlaps: [] });
    }
  });

  it('gives the chart the room', () => {
    // Panels fold on a laptop and open where the screen can spare them; the chart keeps most of it.
    const least = size.width === 1366 ? 0.7 : 0.5;
    expect(fits['Current']!.chartShare).toBeGreaterThanOrEqual(least);
    expect(fits['Option A']!.chartShare).toBeGreaterThanOrEqual(least);
    expect(fits['Side by side']!.chartShare).toBeGreaterThanOrEqual(least - 0.1);
  });
});
