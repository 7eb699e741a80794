// Timing probes the chart benchmark installs in the page before the app loads. In-page, so no
// figure includes the round trip to the test process. "Painted" means: a frame has been rendered
// after the change (a message posted from the next animation frame runs once that frame's style,
// layout and paint are done).
export const CHART_PROBE = String.raw`
(() => {
  // The peer chart's page, in the same browser, has its own timings.
  if (location.origin === 'http://peer.bench') return;
  const probe = { firstCardPaint: null, layouts: [], drop: null };
  window.__probe = probe;

  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve(performance.now());
        ch.port2.postMessage(0);
      }),
    );
  probe.afterPaint = afterPaint;

  // Every task of over 50 ms the page runs from its start, so the moment it goes quiet can be read.
  probe.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ at: e.startTime, end: e.startTime + e.duration });
  }).observe({ type: 'longtask', buffered: true });

  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name === 'establish:layout') probe.layouts.push({ duration: e.duration, at: e.startTime, ...(e.detail || {}) });
  }).observe({ type: 'measure', buffered: true });

  const first = new MutationObserver(() => {
    if (probe.firstCardPaint !== null || !document.querySelector('.react-flow__node')) return;
    probe.firstCardPaint = -1;
    first.disconnect();
    afterPaint().then((t) => (probe.firstCardPaint = t));
  });
  first.observe(document, { childList: true, subtree: true });

  /** Resolves with the time of the first frame painted once selector matches. */
  probe.whenPainted = (selector) =>
    new Promise((resolve) => {
      const check = () => {
        if (!document.querySelector(selector)) return false;
        obs.disconnect();
        afterPaint().then(resolve);
        return true;
      };
      const obs = new MutationObserver(check);
      if (!check()) obs.observe(document, { childList: true, subtree: true, attributes: true });
    });

  /**
   * From the next event of this type on the window (the user's click, choice or keystroke, seen
   * before the app handles it) to the first frame painted once selector matches.
   */
  probe.timeTo = (event, selector) =>
    new Promise((resolve) => {
      const start = () => {
        const t0 = performance.now();
        window.removeEventListener(event, start, true);
        probe.whenPainted(selector).then((t1) => resolve(t1 - t0));
      };
      window.addEventListener(event, start, true);
    });

  /**
   * From the input of the next event of this type (its time stamp: when the browser received it,
   * so time it waited for a busy page counts) to the first frame painted once selector matches;
   * resolves with that time and when the input came.
   */
  probe.fromInput = (event, selector) =>
    new Promise((resolve) => {
      const start = (e) => {
        window.removeEventListener(event, start, true);
        probe.whenPainted(selector).then((t1) => resolve({ ms: t1 - e.timeStamp, at: e.timeStamp }));
      };
      window.addEventListener(event, start, true);
    });

  /** When the page last finished a task of over 50 ms before time t (0: none). */
  probe.quietBefore = (t) => probe.longTasks.filter((x) => x.end <= t).reduce((m, x) => Math.max(m, x.end), 0);

  /**
   * From the next event of this type on the window to the first frame painted after the chart
   * laid itself out again; resolves with that time and the layout's size.
   */
  probe.timeToLayout = (event) =>
    new Promise((resolve) => {
      const start = () => {
        const t0 = performance.now();
        window.removeEventListener(event, start, true);
        const laidOut = () => performance.getEntriesByName('establish:layout').filter((m) => m.startTime > t0).pop();
        const done = (m) => probe.afterPaint().then((t1) => resolve({ ms: t1 - t0, ...(m.detail || {}) }));
        const obs = new MutationObserver(() => {
          const m = laidOut();
          if (!m) return;
          obs.disconnect();
          done(m);
        });
        obs.observe(document, { childList: true, subtree: true, attributes: true });
      };
      window.addEventListener(event, start, true);
    });

  /**
   * Before a drag of card cardId: times from the pointer's release to the first frame painted with
   * the card at its new place (or gone from view) after a new layout was computed.
   */
  probe.armDrop = (cardId) => {
    const sel = '.react-flow__node[data-id="' + cardId + '"]';
    const layoutsBefore = probe.layouts.length;
    let t0 = null;
    let droppedAt = null;
    probe.drop = new Promise((resolve) => {
      const onUp = () => {
        t0 = performance.now();
        droppedAt = document.querySelector(sel)?.style.transform ?? null;
        window.removeEventListener('pointerup', onUp, true);
      };
      window.addEventListener('pointerup', onUp, true);
      // The performance observer reports a little later; the timeline itself is current.
      const laidOut = () => performance.getEntriesByName('establish:layout').some((m) => m.startTime > t0);
      const obs = new MutationObserver(() => {
        if (t0 === null || !laidOut()) return;
        const node = document.querySelector(sel);
        if (node && node.style.transform === droppedAt) return;
        obs.disconnect();
        afterPaint().then((t1) =>
          setTimeout(() => {
            const api = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/movePosts') && r.startTime > t0).pop();
            const layout = performance.getEntriesByName('establish:layout').filter((m) => m.startTime > t0).pop();
            resolve({
              ms: t1 - t0,
              layouts: probe.layouts.slice(layoutsBefore),
              steps: api && layout ? { toRequest: api.startTime - t0, api: api.responseEnd - api.startTime, toLayout: layout.startTime - api.responseEnd, layout: layout.duration, toPaint: t1 - layout.startTime - layout.duration } : null,
            });
          }, 50),
        );
      });
      obs.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
    });
  };

  /**
   * Pans and zooms the chart with wheel events, one per animation frame, and returns each frame's
   * main-thread time: from the start of the frame (its animation-frame callback, where the wheel
   * event is handled) until that frame's rendering is done.
   */
  probe.runFrames = (plan) =>
    new Promise((resolve) => {
      const box = document.querySelector('.react-flow').getBoundingClientRect();
      const cx = box.left + box.width / 2;
      const cy = box.top + box.height / 2;
      const steps = [];
      for (const p of plan) for (let i = 0; i < p.n; i++) steps.push(p);
      const times = [];
      let i = 0;
      const frame = () => {
        if (i >= steps.length) return resolve(times);
        const s = steps[i++];
        const t0 = performance.now();
        const target = document.elementFromPoint(cx, cy) || document.querySelector('.react-flow__pane');
        target.dispatchEvent(
          new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: cx, clientY: cy, deltaX: s.dx || 0, deltaY: s.dy || 0, deltaMode: 0, ctrlKey: !!s.ctrl }),
        );
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
