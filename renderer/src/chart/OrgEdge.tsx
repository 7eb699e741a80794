// A reporting line, drawn exactly as the layout routed it: solid for line management, dashed for
// a dotted-line report.
import { memo } from 'react';
import type { EdgeProps } from '@xyflow/react';
import type { OrgFlowEdge } from './flowTypes';

export const OrgEdge = memo(function OrgEdge({ data }: EdgeProps<OrgFlowEdge>) {
  if (!data || data.points.length < 2) return null;
  const d = 'M' + data.points.map((p) => `${p.x} ${p.y}`).join('L');
  const cls = data.dotted ? 'org-line org-line-dotted' : data.highlighted ? 'org-line org-line-lit' : 'org-line';
  return <path d={d} className={cls} fill="none" />;
});
