// Chromium (see findBrowser) driven by playwright-core, against the real renderer served by the real
// bridge on a real .establish file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startBridge, type Bridge, type BridgeOptions } from '../../electron/bridge/server';
import { findBrowser } from './findBrowser';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const RENDERER_DIR = path.resolve(__dirname, '..', '..', 'dist', 'renderer');

export interface AppHarness {
  bridge: Bridge;
  context: BrowserContext;
  page: Page;
  /** Errors the page threw or logged, for tests to assert there were none. */
  errors: string[];
  openPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  openOnStart?: string | null;
  viewport?: { width: number; height: number };
  /** Script run in the page before the app's own, on every load (benchmarks use it to watch from the start). */
  initScript?: string;
  /** The built renderer to serve (the one the e2e setup builds unless given). */
  rendererDir?: string;
  /** Where the bridge runs jobs (worker threads unless given). */
  workers?: BridgeOptions['workers'];
  /** Run on the first page before it loads the app (a profiler uses it to start tracing). */
  beforeLoad?: (page: Page) => Promise<void>;
}

export async function launchApp(options: LaunchOptions = {}): Promise<AppHarness> {
  const browser = await findBrowser();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'establish-chromium-'));
  const bridge = await startBridge({ rendererDir: options.rendererDir ?? RENDERER_DIR, recentFile: path.join(profile, 'recent.json'), openOnStart: options.openOnStart ?? null, ...(options.workers ? { workers: options.workers } : {}) });
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: browser.executablePath,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1400, height: 900 },
      ...(browser.env ? { env: { ...process.env, ...browser.env } } : {}),
    });
  } catch (e) {
    await bridge.close();
    fs.rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  const errors: string[] = [];
  const openPage = async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/favicon/.test(m.text())) errors.push(m.text());
    });
    await page.goto(bridge.appUrl);
    return page;
  };
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => errors.push(e.message));
  if (options.beforeLoad) await options.beforeLoad(page);
  await page.goto(bridge.appUrl);
  return {
    bridge,
    context,
    page,
    errors,
    openPage,
    close: async () => {
      await context.close();
      await bridge.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Switches the workspace from the chart to the table of posts, for tests about the table. */
export async function showTableView(page: Page): Promise<void> {
  const table = page.getByRole('button', { name: 'Table', exact: true });
  await table.waitFor();
  if ((await table.getAttribute('aria-pressed')) !== 'true') await table.click();
}

/**
 * Builds the renderer as the app ships it (React's production build) into `outDir`: the e2e setup
 * builds it under test, where React runs its slower development build, so timings there are not
 * the user's.
 */
export function buildProductionRenderer(outDir: string): void {
  const root = path.resolve(__dirname, '..', '..');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(root, 'vite.config.mts'), '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
