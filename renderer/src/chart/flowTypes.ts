// The React Flow node and edge types of the chart.
import type { Edge, Node } from '@xyflow/react';
import type { LayoutCard, LayoutEdge } from '../../../shared/layout/types';
import type { Id } from '../../../shared/model/types';

export type CardNodeData = {
  card: LayoutCard;
  structureId: Id;
  /** Position among its manager's reports and how many there are, for assistive technology. */
  posInSet: number;
  setSize: number;
};

export type CardFlowNode = Node<CardNodeData, 'card'>;

export type OrgEdgeData = {
  points: LayoutEdge['points'];
  dotted: boolean;
  /** On the way from a search match up to the top. */
  highlighted: boolean;
};

export type OrgFlowEdge = Edge<OrgEdgeData, 'org'>;

/** The DOM id of a card's tree item, for aria-activedescendant. */
export function cardDomId(structureId: Id, cardId: string): string {
  return `card-${structureId}-${cardId}`;
}
