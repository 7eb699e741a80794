// The script of the d3-org-chart page: it loads the same posts the app opens (as flat
// {id, parentId} rows), draws them all expanded, and offers the timings the bench reads. Like the
// app's probe, "painted" means a frame has been rendered after the change.
export const PEER_PAGE = String.raw`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>d3-org-chart, same posts</title>
<style>html, body { margin: 0; height: 100%; font: 12px sans-serif; } #chart { width: 100vw; height: 100vh; }
.peer-card { box-sizing: border-box; height: 100%; padding: 6px 8px; border: 1px solid #8a9; border-radius: 6px; background: #fff; }
.peer-card b { display: block; } #details { position: fixed; right: 0; top: 0; width: 220px; background: #fff; }</style>
</head><body><div id="chart"></div><div id="details" role="status"></div>
<script src="peer.js"></script><script src="probe.js"></script></body></html>`;

export const PEER_PROBE = String.raw`
(() => {
  const peer = { ready: null, error: null };
  window.__peer = peer;
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve(performance.now());
        ch.port2.postMessage(0);
      }),
    );
  // d3 moves nodes in transitions (of no duration here) run by its own frame timer: painted means
  // a frame rendered after the node is where the layout put it.
  const placed = (chart, id) => {
    const s = chart.getChartState();
    const node = s.allNodes.find((n) => n.data.id === id);
    const el = [...s.nodesWrapper.node().querySelectorAll('g.node')].find((g) => g.__data__ && g.__data__.data.id === id);
    if (!node || !el) return false;
    const want = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(s.layoutBindings[s.layout].nodeUpdateTransform(node));
    const m = el.transform.baseVal.consolidate();
    return !!want && !!m && Math.abs(m.matrix.e - Number(want[1])) < 0.5 && Math.abs(m.matrix.f - Number(want[2])) < 0.5;
  };
  const paintedWith = async (chart, id) => {
    for (let i = 0; i < 30; i++) {
      const t = await afterPaint();
      if (placed(chart, id)) return t;
    }
    throw new Error('The peer never placed ' + id);
  };
  const nodeEl = (chart, id) => [...chart.getChartState().nodesWrapper.node().querySelectorAll('g.node')].find((g) => g.__data__.data.id === id);

  peer.ready = (async () => {
    const rows = await (await fetch('data.json')).json();
    for (const r of rows) r._expanded = true;
    const details = document.getElementById('details');
    const chart = new window.OrgChart()
      .container('#chart')
      .svgHeight(window.innerHeight)
      .data(rows)
      .duration(0)
      .nodeWidth(() => ${208})
      .nodeHeight(() => ${84})
      .nodeContent((d) => '<div class="peer-card"><b>' + d.data.title + '</b>' + d.data.grade + ' · ' + d.data.team + '</div>')
      .onNodeClick((d) => (details.textContent = 'Details of ' + d.data.title))
      .render();
    peer.chart = chart;
    peer.rows = rows;
    const drawn = await paintedWith(chart, rows[rows.length - 1].id);
    // Answering a click: a director's node clicked, until the details show it.
    const director = rows.find((r) => r.depth === 1);
    const t0 = performance.now();
    nodeEl(chart, director.id).dispatchEvent(new MouseEvent('click', { bubbles: true, view: window }));
    await new Promise((r) => setTimeout(r, 0));
    if (details.textContent !== 'Details of ' + director.title) throw new Error('The click was not answered');
    const clicked = await afterPaint();
    return { drawn, click: clicked - t0, total: drawn + (clicked - t0), nodes: chart.getChartState().nodesWrapper.node().querySelectorAll('g.node').length };
  })().catch((e) => {
    peer.error = String(e && e.stack || e);
    throw e;
  });

  /** Moves post id under newParentId and re-renders: the time to the frame painted with it in its new place. */
  peer.reparent = async (id, newParentId) => {
    const row = peer.rows.find((r) => r.id === id);
    const t0 = performance.now();
    row.parentId = newParentId;
    peer.chart.render();
    const t1 = await paintedWith(peer.chart, id);
    return t1 - t0;
  };

  /** Pans (a mouse drag on the chart) and zooms (the wheel), one step a frame; each frame's main-thread time. */
  peer.runFrames = (plan) =>
    new Promise((resolve) => {
      const svg = document.querySelector('svg.svg-chart-container');
      const box = svg.getBoundingClientRect();
      let x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const steps = [];
      for (const p of plan) for (let i = 0; i < p.n; i++) steps.push(p);
      const times = [];
      let i = 0;
      let down = false;
      const mouse = (type, target) => target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
      const frame = () => {
        if (i >= steps.length) {
          if (down) mouse('mouseup', window);
          return resolve(times);
        }
        const s = steps[i++];
        const t0 = performance.now();
        if (s.dx) {
          if (!down) {
            mouse('mousedown', svg);
            down = true;
          }
          x -= s.dx;
          mouse('mousemove', window);
        } else {
          if (down) {
            mouse('mouseup', window);
            down = false;
          }
          svg.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, deltaY: s.dy, deltaMode: 0 }));
        }
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          times.push(performance.now() - t0);
          requestAnimationFrame(frame);
        };
        ch.port2.postMessage(0);
      };
      requestAnimationFrame(frame);
    });
})();
`;
