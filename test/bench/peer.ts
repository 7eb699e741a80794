// d3-org-chart 3.1.1 on the same posts, in the same browser as the app: a page of its own (served
// by the browser's request routing, not the app's server) that fetches the posts as flat
// {id, parentId} rows and draws them all expanded. Timed in the page: from the start of the page
// load to the frame painted with every node in place, then a click on a director's node answered;
// one re-parent (a row's parentId changed, the chart rendered again) to the frame painted with the
// node in its new place; and pan and zoom frames, as for the app.
import path from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import type { GeneratedPost } from '../helpers/bigStructure';
import { PEER_PAGE, PEER_PROBE } from './peerProbe';
import { evaluate } from './page';

const ORIGIN = 'http://peer.bench';
export const PEER_NAME = 'd3-org-chart 3.1.1';

export interface PeerTimes {
  /** Page load to every node painted in place. */
  drawn: number[];
  /** A click on a node to the frame painted with the details it shows. */
  click: number[];
  /** The two added: data to an all-expanded chart painted and answering a click. */
  total: number[];
  reparent: number[];
  frames: number[];
  nodes: number;
}

let bundled: string | null = null;

/** The peer's own module and the d3 modules it imports, bundled into one script for the page. */
async function peerScript(): Promise<string> {
  if (bundled) return bundled;
  const out = await build({
    stdin: { contents: "import { OrgChart } from 'd3-org-chart'; window.OrgChart = OrgChart;", resolveDir: path.resolve(__dirname, '..', '..'), loader: 'js' },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  bundled = out.outputFiles[0]!.text;
  return bundled;
}

async function openPeer(context: BrowserContext, rows: string): Promise<Page> {
  const script = await peerScript();
  const page = await context.newPage();
  const files: Record<string, [string, string]> = {
    '/': ['text/html', PEER_PAGE],
    '/peer.js': ['text/javascript', script],
    '/probe.js': ['text/javascript', PEER_PROBE],
    '/data.json': ['application/json', rows],
  };
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = files[new URL(route.request().url()).pathname];
    return file ? route.fulfill({ status: 200, contentType: file[0], body: file[1] }) : route.fulfill({ status: 404 });
  });
  await page.goto(`${ORIGIN}/`);
  return page;
}

/** A post deep in one directorate and a manager in another, for each re-parent. */
function moves(posts: GeneratedPost[], n: number): [string, string][] {
  const managers = new Set(posts.map((p) => p.managerId));
  const leaves = posts.filter((p) => p.depth >= 4 && !managers.has(p.id));
  const heads = posts.filter((p) => p.depth === 3 && managers.has(p.id));
  const out: [string, string][] = [];
  for (let i = 0; out.length < n && i < leaves.length; i += Math.max(1, Math.floor(leaves.length / n))) {
    const leaf = leaves[i]!;
    const to = heads.find((h, j) => j >= i % heads.length && h.team !== leaf.team);
    if (to) out.push([leaf.id, to.id]);
  }
  return out;
}

export async function timePeer(context: BrowserContext, posts: GeneratedPost[], loads: number, reparents: number, plan: unknown): Promise<PeerTimes> {
  const rows = JSON.stringify(posts.map((p) => ({ id: p.id, parentId: p.managerId, title: p.title, grade: p.grade, team: p.team, depth: p.depth })));
  const times: PeerTimes = { drawn: [], click: [], total: [], reparent: [], frames: [], nodes: 0 };
  for (let i = 0; i < loads; i++) {
    const page = await openPeer(context, rows);
    try {
      const r = await evaluate<{ drawn: number; click: number; total: number; nodes: number } | null>(page, 'window.__peer.ready.catch(() => null)');
      if (!r) throw new Error(`${PEER_NAME} failed: ${await evaluate<string>(page, 'window.__peer.error')}`);
      times.drawn.push(r.drawn);
      times.click.push(r.click);
      times.total.push(r.total);
      times.nodes = r.nodes;
      if (i < loads - 1) continue;
      for (const [id, to] of moves(posts, reparents)) {
        const from = posts.find((p) => p.id === id)!.managerId!;
        times.reparent.push(await evaluate<number>(page, `window.__peer.reparent(${JSON.stringify(id)}, ${JSON.stringify(to)})`));
        await evaluate(page, `window.__peer.reparent(${JSON.stringify(id)}, ${JSON.stringify(from)})`);
      }
      times.frames = await evaluate<number[]>(page, `window.__peer.runFrames(${JSON.stringify(plan)})`);
    } finally {
      await page.close();
    }
  }
  return times;
}
