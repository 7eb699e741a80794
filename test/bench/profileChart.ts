// Where the time goes when a target is missed: `npx tsx test/bench/profileChart.ts [posts] [--open-only]`
// opens a generated council structure in Chromium with a Chrome trace running (devtools.timeline and
// the V8 sampling profiler), and for each step a user waits on (the open, the table's opening, Show:
// Everything, a drag's drop) prints the main thread's time by kind of work (script, style, layout,
// paint, parsing, garbage collection) and the script functions and source files that took most of
// it. Not part of `npm run bench`.
import fs from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { SourceMapConsumer } from 'source-map-js';
import * as structureEdits from '../../electron/store/edits/structures';
import { createBigDocument } from '../helpers/bigStructure';
import { launchApp, RENDERER_DIR } from '../helpers/browser';
import { makeTempDir } from '../helpers/tempDir';
import { VIEWPORT } from './chartOpen';
import { CHART_PROBE } from './chartProbe';
import { timeDrags } from './chartDrag';
import { evaluate, waitUntil } from './page';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: Record<string, unknown> };
}

const KINDS: [string, RegExp][] = [
  ['script', /^(FunctionCall|EvaluateScript|v8\.compile|v8\.compileModule|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|v8\.evaluateModule)$/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)$/],
  ['layout', /^(Layout|UpdateLayerTree|PrePaint)$/],
  ['paint', /^(Paint|PaintImage|RasterTask|Layerize|Commit|CompositeLayers)$/],
  ['parse HTML/JSON', /^(ParseHTML|ResourceReceivedData)$/],
  ['garbage collection', /^(MinorGC|MajorGC|V8\.GC_MARK_COMPACTOR|BlinkGC\.AtomicPhase)$/],
];

/** Starts a Chrome trace on the page; the returned function ends it and hands back its events. */
async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: unknown[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,disabled-by-default-v8.cpu_profiler', transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** The renderer's main thread: the thread that ran the most top-level tasks with layouts. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const named = events.find((e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'Layout'));
  if (named) return { pid: named.pid, tid: named.tid };
  const layout = events.find((e) => e.name === 'Layout')!;
  return { pid: layout.pid, tid: layout.tid };
}

/** Main-thread time by kind (self time: a layout inside a function call counts as layout). */
function byKind(events: TraceEvent[]): Map<string, number> {
  const { pid, tid } = mainThread(events);
  const complete = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out = new Map<string, number>();
  const stack: { end: number; kind: string | null }[] = [];
  const kindOf = (name: string) => KINDS.find(([, re]) => re.test(name))?.[0] ?? null;
  let task = 0;
  for (const e of complete) {
    while (stack.length && stack.at(-1)!.end <= e.ts) stack.pop();
    if (e.name === 'RunTask' && !stack.length) task += e.dur!;
    const kind = kindOf(e.name);
    if (kind) {
      // Take the time from the enclosing kind, if any, and give it to this one.
      const outer = [...stack].reverse().find((s) => s.kind);
      if (outer && outer.kind !== kind) out.set(outer.kind!, (out.get(outer.kind!) ?? 0) - e.dur! / 1000);
      if (!outer || outer.kind !== kind) out.set(kind, (out.get(kind) ?? 0) + e.dur! / 1000);
    }
    stack.push({ end: e.ts + e.dur!, kind });
  }
  out.set('all main-thread tasks', task / 1000);
  return out;
}

const maps = new Map<string, SourceMapConsumer | null>();

/** A sampled frame named from the renderer's source map (the built app is minified): source file, line and function. */
function frameName(f: { functionName: string; url: string; lineNumber: number; columnNumber: number }): string {
  const file = f.url ? path.basename(f.url.split('?')[0]!) : '';
  if (!maps.has(file)) {
    const map = path.join(RENDERER_DIR, 'assets', `${file}.map`);
    maps.set(file, file && fs.existsSync(map) ? new SourceMapConsumer(JSON.parse(fs.readFileSync(map, 'utf8'))) : null);
  }
  const at = maps.get(file)?.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
  if (at?.source) return `${at.name ?? f.functionName ?? '(anonymous)'} ${at.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '')}:${at.line}`;
  return `${f.functionName || '(anonymous)'} ${file ? `${file}:${f.lineNumber + 1}` : ''}`.trim();
}

/** The sampling profiler's self time per function (source file and function), from the trace's ProfileChunk events. */
function topFunctions(events: TraceEvent[], n: number): [string, number][] {
  const nodes = new Map<number, string>();
  const self = new Map<string, number>();
  for (const e of events.filter((x) => x.name === 'ProfileChunk')) {
    const data = (e.args?.data ?? {}) as { cpuProfile?: { nodes?: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples?: number[] }; timeDeltas?: number[] };
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, frameName(node.callFrame));
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    samples.forEach((id, i) => {
      const name = nodes.get(id) ?? `#${id}`;
      self.set(name, (self.get(name) ?? 0) + (deltas[i] ?? 0) / 1000);
    });
  }
  return [...self.entries()].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, n);
}

/** The same self time added up by source file: the app's modules, React, React Flow. */
function topFiles(events: TraceEvent[], n: number): [string, number][] {
  const out = new Map<string, number>();
  for (const [f, ms] of topFunctions(events, 100_000)) {
    const file = f.includes(' ') ? f.slice(f.lastIndexOf(' ') + 1).replace(/:\d+$/, '') : f;
    out.set(file, (out.get(file) ?? 0) + ms);
  }
  return [...out.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

function report(step: string, ms: number, events: TraceEvent[], wall = ms): void {
  console.log(`\n${step}: ${Math.round(ms)} ms, as the bench times it`);
  const kinds = byKind(events);
  for (const [k, v] of kinds) console.log(`  ${k.padEnd(24)} ${v.toFixed(0).padStart(6)} ms`);
  console.log(`  ${'main thread idle'.padEnd(24)} ${Math.max(0, wall - kinds.get('all main-thread tasks')!).toFixed(0).padStart(6)} ms (waiting on the server and file, or the test's own steps)`);
  console.log('  Source files with most self time (sampled):');
  for (const [f, v] of topFiles(events, 10)) console.log(`    ${v.toFixed(0).padStart(6)} ms  ${f}`);
  console.log('  Functions with most self time (sampled):');
  for (const [f, v] of topFunctions(events, 15)) console.log(`    ${v.toFixed(0).padStart(6)} ms  ${f}`);
}

async function main(): Promise<void> {
  const posts = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10_000);
  const tmp = makeTempDir();
  const file = path.join(tmp.dir, 'Profiled.establish');
  const store = createBigDocument(file, posts, 1, 'council');
  const currentId = store.info().structures.find((s) => s.kind === 'current')!.id;
  store.edit((ctx) => structureEdits.createStructure(ctx, { name: 'Option A', fromStructureId: currentId, implementationDate: '2026-10-01' }));
  store.close();
  let stop: (() => Promise<TraceEvent[]>) | null = null;
  let cdp: CDPSession | null = null;
  const app = await launchApp({
    openOnStart: file,
    viewport: VIEWPORT,
    initScript: CHART_PROBE,
    beforeLoad: async (p) => {
      cdp = await p.context().newCDPSession(p);
      stop = await startTrace(cdp);
    },
  });
  try {
    const page: Page = app.page;
    page.setDefaultTimeout(180_000);
    // The open: from the page load until a click on the top card, made once it is painted, shows it.
    await waitUntil(page, '!!window.__probe && window.__probe.firstCardPaint > 0', 180_000);
    await evaluate(page, `void (window.__inspector = window.__probe.whenPainted('form[aria-label="Details of Chief Executive"]'))`);
    await page.locator('[role=treeitem][aria-level="1"]').first().click();
    report('Open to interactive chart', await evaluate<number>(page, 'window.__inspector'), await stop!());

    // The table: opened once to load its code, back to the chart, then traced from the click on "Table".
    const tableButton = page.getByRole('button', { name: 'Table', exact: true });
    const chartButton = page.getByRole('button', { name: 'Chart', exact: true });
    const rows = 'table.post-table tbody tr[data-post-id]';
    await tableButton.click();
    await page.locator(rows).first().waitFor();
    await chartButton.click();
    await page.locator('.react-flow__node').first().waitFor();
    stop = await startTrace(cdp!);
    await evaluate(page, `void (window.__table = window.__probe.timeTo('click', ${JSON.stringify(rows)}))`);
    await tableButton.click();
    report('Open the table', await evaluate<number>(page, 'window.__table'), await stop!());
    await chartButton.click();
    await page.locator('.react-flow__node').first().waitFor();

    if (process.argv.includes('--open-only')) return;
    stop = await startTrace(cdp!);
    await evaluate(page, `void (window.__everything = window.__probe.timeToLayout('change'))`);
    await page.getByRole('combobox', { name: 'Levels to show' }).selectOption('all');
    const all = await evaluate<{ ms: number; cards: number }>(page, 'window.__everything');
    report(`Show: Everything (${all.cards} cards)`, all.ms, await stop!());

    // Each drop's steps (to the request, the server's reply, to the layout, the layout, to paint) are printed as it lands.
    process.env.BENCH_DETAIL = '1';
    stop = await startTrace(cdp!);
    const t0 = Date.now();
    const drops = await timeDrags(page, 3, posts, all.cards);
    report(`Three drags to a new manager (each drop: ${drops.map((d) => Math.round(d)).join(', ')} ms; the trace covers the whole drags and their undos)`, drops.reduce((a, b) => a + b, 0), await stop!(), Date.now() - t0);
  } finally {
    await app.close();
    tmp.cleanup();
  }
}

void main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
