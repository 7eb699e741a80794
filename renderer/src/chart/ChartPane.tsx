// One structure's chart on React Flow. The layout is recomputed only when the posts or what is
// folded change; nodes and edges are rebuilt from it reusing every unchanged object, and only the
// cards in view are rendered.
import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { ReactFlow, ReactFlowProvider, useReactFlow, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import { DEFAULT_LAYOUT_OPTIONS } from '../../../shared/layout/geometry';
import { layoutChart, type ChartLayoutResult } from '../../../shared/layout/layoutChart';
import type { Id } from '../../../shared/model/types';
import { actions, useApp } from '../store';
import { chartIndex } from '../store/chartIndex';
import { costContext, postGroupKeyOf, postList } from '../store/selectors';
import { cardNearestCentre, cardShowing, viewportKeeping } from './core/anchor';
import { ChartControls } from './ChartControls';
import { createFlowHandlers } from './flowHandlers';
import { ChartMinimap } from './ChartMinimap';
import { flowNodes, newNodeCache } from './flowElements';
import { EdgeLayer } from './EdgeLayer';
import { cardDomId, type CardFlowNode } from './flowTypes';
import { PostCard } from './PostCard';
import { selectSearch } from './search';
import { selectCounterparts, selectGhostPosts, selectMarks } from './status';
import './chart.css';

const nodeTypes = { card: PostCard };
const NO_SELECTION: readonly Id[] = [];
const NO_CARDS: ReadonlySet<string> = new Set();
/** Below this zoom, card text is too small to read: cards show their titles large instead. */
const FAR_ZOOM = 0.45;
/** A manager's reports wrap into rows once they are wider than this many cards side by side, so a wide level stays readable. */
const WRAP_WIDTH = 12 * (DEFAULT_LAYOUT_OPTIONS.cardWidth + DEFAULT_LAYOUT_OPTIONS.siblingGap);

const isFar = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;
const isReady = (s: ReactFlowState) => s.width > 0 && s.height > 0 && s.panZoom !== null;

export function ChartPane({ structureId, label }: { structureId: Id; label: string }) {
  useEffect(() => () => actions().panes.releasePane(structureId), [structureId]);
  return (
    <ReactFlowProvider>
      <ChartCanvas structureId={structureId} label={label} />
    </ReactFlowProvider>
  );
}

function useLayout(structureId: Id): ChartLayoutResult | null {
  const posts = useApp((s) => s.structures[structureId]?.posts);
  const collapsed = useApp((s) => s.chartViews[structureId]?.collapsed);
  const expandedGroups = useApp((s) => s.chartViews[structureId]?.expandedGroups);
  const groupIdentical = useApp((s) => s.groupIdentical);
  const ghosts = useApp((s) => selectGhostPosts(s, structureId));
  const marks = useApp((s) => selectMarks(s, structureId));
  const ctx = useApp(costContext);
  useEffect(() => {
    if (posts && !collapsed) actions().ensureChartView(structureId);
  }, [posts, collapsed, structureId]);
  return useMemo(() => {
    if (!posts || !collapsed || !expandedGroups) return null;
    performance.mark('establish:layout-start');
    // Without the ghosts of a comparison, the posts indexed once per version of them.
    const index = ghosts.length ? undefined : chartIndex(posts);
    const list = index ? index.posts : [...postList(posts), ...ghosts];
    const ghostById = ghosts.length ? new Map(ghosts.map((g) => [g.id, g])) : null;
    // Posts differing in FTE, salary or change are never one card, so a group hides nothing.
    const groupKey = (id: Id) => {
      const p = posts[id] ?? ghostById?.get(id);
      return p ? postGroupKeyOf(p, marks?.get(id), ctx) : '';
    };
    const layout = layoutChart(list, { ...DEFAULT_LAYOUT_OPTIONS, collapsed, expandedGroups, groupIdentical, groupKey, wrapWidth: WRAP_WIDTH, ...(index ? { index } : {}) });
    // Measured on every re-layout, so the time it takes can be read from the page.
    performance.clearMeasures('establish:layout');
    performance.measure('establish:layout', { start: 'establish:layout-start', detail: { posts: list.length, cards: layout.cards.length } });
    return layout;
  }, [posts, collapsed, expandedGroups, groupIdentical, ghosts, marks, ctx]);
}

function ChartCanvas({ structureId, label }: { structureId: Id; label: string }) {
  const layout = useLayout(structureId);
  const selection = useApp((s) => (s.activeStructureId === structureId ? s.selection : NO_SELECTION));
  const dragged = useApp((s) => (s.cardDrag?.structureId === structureId ? s.cardDrag.positions : null));
  const search = useApp((s) => selectSearch(s, structureId));
  const activeCardId = useApp((s) => s.chartViews[structureId]?.activeCardId ?? null);
  const showMinimap = useApp((s) => s.showMinimap);
  const counterparts = useApp((s) => selectCounterparts(s, structureId));
  const far = useStore(isFar);
  const ready = useStore(isReady);
  const instance = useReactFlow<CardFlowNode>();
  const flow = useStoreApi();
  const hintId = useId();
  // Made once per structure, so React Flow is never handed a new function and never re-renders for it.
  const handlers = useMemo(() => createFlowHandlers(structureId, actions, actions().panes), [structureId]);
  const cache = useRef(newNodeCache());
  const shown = useRef<ChartLayoutResult | null>(null);

  const treeRef = useCallback(
    (el: HTMLDivElement | null) => {
      if (!el) return;
      // React Flow marks its wrapper as an application; here it is the tree of posts. React never
      // rewrites the attribute, since the value it renders does not change.
      el.setAttribute('role', 'tree');
      actions().panes.pane(structureId).element = el;
    },
    [structureId],
  );
  const selected = useMemo(() => new Set(selection), [selection]);
  const nodes = useMemo(() => (layout ? flowNodes(layout, structureId, selected, dragged, cache.current) : []), [layout, structureId, selected, dragged]);
  const lit = useMemo(() => {
    if (!layout || !search) return NO_CARDS;
    return new Set(layout.cards.filter((c) => c.postIds.some((id) => search.pathSet.has(id))).map((c) => c.id));
  }, [layout, search]);

  // After React Flow has taken the new nodes (its own effects run before this one), move the view
  // so that the touched card has not moved on screen; both land in the same frame.
  useEffect(() => {
    if (!layout || !ready) return;
    const p = actions().panes.pane(structureId);
    p.instance = instance;
    actions().panes.setPaneLayout(structureId, layout);
    const before = shown.current;
    shown.current = layout;
    // The pane's size as React Flow measured it: reading the element's would make the browser lay
    // out the page, with cards about to move, before the frame.
    const { width, height } = flow.getState();
    if (!before) {
      instance.setViewport(actions().panes.savedViewport(structureId) ?? startViewport(layout, width, height));
    } else if (before !== layout) {
      const s = actions();
      const posts = s.structures[structureId]?.posts;
      const v = instance.getViewport();
      const anchor = s.takeAnchor(structureId) ?? cardNearestCentre(before, v, width, height)?.postIds[0] ?? null;
      const next = anchor ? viewportKeeping(before, layout, anchor, posts, v) : null;
      if (next) instance.setViewport(next);
    }
    const reveal = actions().panes.takeReveal(structureId);
    if (reveal) {
      const card = cardShowing(layout, reveal, actions().structures[structureId]?.posts);
      if (card) {
        actions().setActiveCard(structureId, card.id);
        actions().panes.ensureCardVisible(structureId, card.id);
      }
    }
  }, [layout, ready, structureId, instance, flow]);

  // In the split view, the same post as the one selected on the other side comes into view here.
  useEffect(() => {
    const first = [...counterparts][0];
    const card = first && layout?.cardOfPost.get(first);
    if (card && ready) actions().panes.ensureCardVisible(structureId, card, 0);
  }, [counterparts, layout, ready, structureId]);

  if (!layout) return <p className="chart-empty" role="status">Loading {label}…</p>;
  return (
    <div className="chart-pane-body">
      <p id={hintId} className="sr-only">
        Arrow keys move between posts: up to the manager, down to the reports, left and right along the tier. Enter edits the post, Space selects it,
        Control and Space adds it to the selection, Delete deletes, plus and minus show and hide the posts below.
      </p>
      <ReactFlow
        ref={treeRef}
        className={far ? 'chart-tree chart-far' : 'chart-tree'}
        nodes={nodes}
        nodeTypes={nodeTypes}
        onlyRenderVisibleElements
        nodesConnectable={false}
        nodesFocusable={false}
        disableKeyboardA11y
        deleteKeyCode={null}
        panActivationKeyCode={null}
        selectionKeyCode="Shift"
        panOnScroll
        zoomOnDoubleClick={false}
        nodeDragThreshold={4}
        minZoom={0.04}
        maxZoom={2}
        elevateNodesOnSelect={false}
        proOptions={{ hideAttribution: true }}
        onNodesChange={handlers.onNodesChange}
        onNodeDragStart={handlers.onNodeDragStart}
        onNodeDrag={handlers.onNodeDrag}
        onNodeDragStop={handlers.onNodeDragStop}
        onNodeDoubleClick={handlers.onNodeDoubleClick}
        onPaneClick={handlers.onPaneClick}
        onMove={handlers.onMove}
        onMoveEnd={handlers.onMoveEnd}
        onDragOver={handlers.onDragOver}
        onDragLeave={handlers.onDragLeave}
        onDrop={handlers.onDrop}
        onKeyDown={handlers.onKeyDown}
        onFocus={handlers.onFocus}
        tabIndex={0}
        aria-label={`Chart of ${label}`}
        aria-describedby={hintId}
        aria-multiselectable
        aria-activedescendant={activeCardId ? cardDomId(structureId, activeCardId) : undefined}
      >
        <EdgeLayer layout={layout} lit={lit} />
      </ReactFlow>
      {layout.cards.length === 0 && (
        <p className="chart-empty chart-empty-overlay">
          {label} has no posts yet. Drag “Blank post” from the palette onto the chart, or use “Add post”.
        </p>
      )}
      <ChartControls structureId={structureId} />
      {showMinimap && layout.cards.length > 0 && <ChartMinimap structureId={structureId} layout={layout} />}
    </div>
  );
}

/** Below this zoom even the condensed cards' titles are too small to read. */
const SMALLEST_READABLE_ZOOM = 0.35;

/** First view of a chart: all of it when that is readable, otherwise its top at a reading zoom. */
function startViewport(layout: ChartLayoutResult, w: number, h: number) {
  const pad = 32;
  const fit = Math.min((w - 2 * pad) / Math.max(1, layout.width), (h - 2 * pad) / Math.max(1, layout.height), 1);
  if (fit >= SMALLEST_READABLE_ZOOM) return { x: (w - layout.width * fit) / 2, y: pad, zoom: fit };
  const zoom = 0.8;
  const top = layout.cards[0];
  const cx = top ? top.x + top.width / 2 : layout.width / 2;
  return { x: w / 2 - cx * zoom, y: pad, zoom };
}
