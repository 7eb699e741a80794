// Bringing a card into view: nothing moves when the card is already on screen and readable.
import type { LayoutCard } from '../../../../shared/layout/types';
import type { Viewport } from './types';

/** Space kept between a card shown and the edge of the view, in screen pixels. */
const MARGIN = 40;

/**
 * Where to centre the view (in chart units) and at what zoom to show `card`, or null when it is
 * already in view at a zoom of at least `readable`.
 */
export function centreToShow(card: Pick<LayoutCard, 'x' | 'y' | 'width' | 'height'>, view: Viewport, size: { width: number; height: number }, readable = 0.5): Viewport | null {
  const { x, y, zoom } = view;
  const left = card.x * zoom + x;
  const top = card.y * zoom + y;
  const right = left + card.width * zoom;
  const bottom = top + card.height * zoom;
  if (zoom >= readable && left >= MARGIN && top >= MARGIN && right <= size.width - MARGIN && bottom <= size.height - MARGIN) return null;
  return { x: card.x + card.width / 2, y: card.y + card.height / 2, zoom: Math.max(zoom, readable) };
}
