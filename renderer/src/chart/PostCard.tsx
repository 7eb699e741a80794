// One card of the chart: a post, or identical posts grouped as "Title × n". It reads its posts from
// the store itself, so an edit to one post redraws one card, not the chart.
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { NodeProps } from '@xyflow/react';
import { formatFte, formatPounds } from '../../../shared/model/money';
import type { Id, Post } from '../../../shared/model/types';
import { actions, useApp } from '../store';
import { costContext, postCost } from '../store/selectors';
import type { AppState } from '../store/types';
import { cardDomId, type CardFlowNode } from './flowTypes';
import { selectSearch } from './search';
import { cardShapeMark } from './shapeMarks';
import { selectCardStatus, selectCounterparts, selectGhostPost } from './status';
import './chart.css';

function gradeCode(s: AppState, gradeId: Id | null): string {
  if (!gradeId) return 'No grade';
  return s.doc?.grades.find((g) => g.id === gradeId)?.code ?? 'No grade';
}

function holderNames(p: Post): string {
  return p.postholders.map((h) => h.name.trim()).filter(Boolean).join(' / ');
}

/** Marks a cost given all-in (on-costs included, none added). */
function allInText(posts: readonly Post[]): string {
  return posts.every((p) => p.allInCostPence !== null) ? ' all-in' : posts.some((p) => p.allInCostPence !== null) ? ' part all-in' : '';
}

/** What a card says, whole, part by part: read out by screen readers and shown in its tooltip. */
function describe(posts: Post[], grade: string, cost: number, fte: number, vacant: number, showNames: boolean, reports: number, hidden: number, change: string | null): string[] {
  const first = posts[0]!;
  const parts = [posts.length > 1 ? `${first.title}, ${posts.length} posts` : first.title, `grade ${grade}`, `${formatFte(fte)} FTE`, `${formatPounds(cost)} a year${allInText(posts)}`];
  if (posts.length > 1) parts.push(vacant ? `${vacant} vacant` : 'all filled');
  else if (first.vacant) parts.push('vacant');
  else if (showNames && holderNames(first)) parts.push(holderNames(first));
  if (first.isAssistant && posts.length === 1) parts.push('assistant post');
  if (reports > 0) parts.push(`${reports} report${reports === 1 ? '' : 's'}${hidden ? `, ${hidden} posts hidden` : ''}`);
  if (change) parts.push(`changes: ${change.toLowerCase().split(' · ').join(', ')}`);
  return parts;
}

export const PostCard = memo(function PostCard({ data, selected, dragging }: NodeProps<CardFlowNode>) {
  const { card, structureId: sid } = data;
  // A ghost card stands for a deleted post, which is not in the structure any more.
  const posts = useApp(useShallow((s) => card.postIds.map((id) => s.structures[sid]?.posts[id] ?? (card.ghost ? selectGhostPost(s, sid, id) : undefined))));
  const ctx = useApp(costContext);
  const grade = useApp((s) => gradeCode(s, posts[0]?.gradeId ?? null));
  const showNames = useApp((s) => s.showNames);
  const status = useApp((s) => selectCardStatus(s, sid, card.postIds));
  const isMatch = useApp((s) => card.postIds.some((id) => selectSearch(s, sid)?.matchSet.has(id) ?? false));
  const onPath = useApp((s) => card.postIds.some((id) => selectSearch(s, sid)?.pathSet.has(id) ?? false));
  const partlySelected = useApp((s) => !selected && s.activeStructureId === sid && card.postIds.some((id) => s.selection.includes(id)));
  const counterpart = useApp((s) => card.postIds.some((id) => selectCounterparts(s, sid).has(id)));
  const drop = useApp((s) => (s.dropTarget?.structureId === sid && s.dropTarget.cardId === card.id ? s.dropTarget : null));
  const active = useApp((s) => s.chartViews[sid]?.activeCardId === card.id);
  const shape = useApp((s) => cardShapeMark(s, sid, card.postIds));

  const live = posts.filter((p): p is Post => p !== undefined);
  if (live.length === 0) return <div className="card card-missing" aria-hidden="true" />;
  const first = live[0]!;
  const group = card.kind === 'group';
  const cost = ctx ? live.reduce((t, p) => t + postCost(p, ctx).totalPence, 0) : 0;
  const fte = live.reduce((t, p) => t + Math.round(p.fte * 10_000), 0) / 10_000;
  const vacant = live.filter((p) => p.vacant).length;
  const names = !group && !first.vacant && showNames ? holderNames(first) : '';
  const collapsed = card.hiddenCount > 0;
  const said = describe(live, grade, cost, fte, vacant, showNames, card.reportCount, card.hiddenCount, status?.label ?? null);

  if (first.holding) {
    return (
      <div
        id={cardDomId(sid, card.id)}
        className={['card card-holding', selected ? 'card-selected' : '', active ? 'card-active' : '', drop ? (drop.refusal ? 'card-drop-refused' : `card-drop-${drop.zone}`) : ''].join(' ')}
        role="treeitem"
        aria-level={card.depth + 1}
        aria-posinset={data.posInSet}
        aria-setsize={data.setSize}
        aria-selected={selected}
        aria-expanded={card.childCount > 0 ? !collapsed : undefined}
        aria-label={`${first.title}, holding card for posts that could not be placed, ${card.reportCount} report${card.reportCount === 1 ? '' : 's'}`}
        data-manager-card={card.parentId ?? undefined}
      >
        <div className="card-title">{first.title}</div>
        <div className="card-meta">Holding card, not a post</div>
        <div className="card-foot">Move these posts to their managers</div>
        {card.childCount > 0 && (
          <button type="button" className={collapsed ? 'card-toggle card-toggle-collapsed nodrag' : 'card-toggle nodrag'} tabIndex={-1} aria-hidden="true" onClick={(e) => {
            e.stopPropagation();
            actions().toggleCollapsed(sid, card.id, first.id);
          }}>
            {collapsed ? `+${card.hiddenCount} post${card.hiddenCount === 1 ? '' : 's'}` : '−'}
          </button>
        )}
      </div>
    );
  }

  const classes = ['card', group ? 'card-group' : 'card-post'];
  if (!group && first.vacant) classes.push('card-vacant');
  if (card.assistant) classes.push('card-assistant');
  if (card.ghost) classes.push('card-ghost');
  if (selected) classes.push('card-selected');
  else if (partlySelected) classes.push('card-partly-selected');
  if (counterpart) classes.push('card-counterpart');
  if (isMatch) classes.push('card-match');
  else if (onPath) classes.push('card-path');
  if (active) classes.push('card-active');
  if (dragging) classes.push('card-dragging');
  if (drop) classes.push(drop.refusal ? 'card-drop-refused' : `card-drop-${drop.zone}`);
  if (shape) classes.push('card-shape-marked');

  return (
    <div
      id={cardDomId(sid, card.id)}
      className={classes.join(' ')}
      role="treeitem"
      aria-level={card.depth + 1}
      aria-posinset={data.posInSet}
      aria-setsize={data.setSize}
      // In the split view, the same post on the other side is selected along with this one.
      aria-selected={selected || counterpart}
      aria-expanded={card.childCount > 0 ? !collapsed : undefined}
      aria-label={said.join(', ')}
      aria-description={shape ? `Marked: ${shape.description}` : undefined}
      data-status={status?.kind}
      data-shape-mark={shape ? '' : undefined}
      data-manager-card={card.parentId ?? undefined}
      data-group-member={card.groupId ? '' : undefined}
      title={drop?.refusal ?? [...said, ...(shape ? [`Marked: ${shape.description}`] : [])].join('\n')}
    >
      {status && <div className="card-status">{status.label}</div>}
      {shape && (
        <div className="card-shape" aria-hidden="true">
          ⚑ {shape.label}
        </div>
      )}
      <div className="card-title">
        {first.title}
        {group && <span className="card-count"> × {live.length}</span>}
      </div>
      <div className="card-meta">
        <span>
          {grade} · {formatFte(fte)} FTE
        </span>
        <span className="card-cost">
          {formatPounds(cost)}
          {allInText(live)}
        </span>
      </div>
      <div className="card-foot">
        <span className="card-holder">{names || (group ? `${live.length - vacant} filled` : first.ref)}</span>
        {vacant > 0 && <span className="card-vacant-tag">{group ? `${vacant} vacant` : 'Vacant'}</span>}
      </div>
      {group && (
        <button
          type="button"
          className="card-corner nodrag"
          tabIndex={-1}
          aria-hidden="true"
          title={`Show the ${live.length} posts separately`}
          onClick={(e) => {
            e.stopPropagation();
            actions().setGroupExpanded(sid, card.id, true, first.id);
          }}
        >
          ⤢
        </button>
      )}
      {card.groupId && (
        <button
          type="button"
          className="card-corner nodrag"
          tabIndex={-1}
          aria-hidden="true"
          title="Show these identical posts as one card again"
          onClick={(e) => {
            e.stopPropagation();
            actions().setGroupExpanded(sid, card.groupId!, false, first.id);
          }}
        >
          ⤡
        </button>
      )}
      {card.childCount > 0 && (
        <button
          type="button"
          className={collapsed ? 'card-toggle card-toggle-collapsed nodrag' : 'card-toggle nodrag'}
          tabIndex={-1}
          aria-hidden="true"
          title={collapsed ? 'Show the posts below' : 'Hide the posts below'}
          onClick={(e) => {
            e.stopPropagation();
            actions().toggleCollapsed(sid, card.id, first.id);
          }}
        >
          {collapsed ? `+${card.hiddenCount} post${card.hiddenCount === 1 ? '' : 's'}` : '−'}
        </button>
      )}
    </div>
  );
});
