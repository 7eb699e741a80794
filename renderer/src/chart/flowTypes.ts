// The React Flow node type of the chart.
import type { Node } from '@xyflow/react';
import type { LayoutCard } from '../../../shared/layout/types';
import type { Id } from '../../../shared/model/types';

export type CardNodeData = {
  card: LayoutCard;
  structureId: Id;
  /** Position among its manager's reports and how many there are, for assistive technology. */
  posInSet: number;
  setSize: number;
};

export type CardFlowNode = Node<CardNodeData, 'card'>;

/** The DOM id of a card's tree item, for aria-activedescendant. */
export function cardDomId(structureId: Id, cardId: string): string {
  return `card-${structureId}-${cardId}`;
}
