// A post's change status as a label with a colour and a pattern, so it reads the same in
// black-and-white print as on screen.
import { changeLabel } from '../../../../shared/diff/labels';
import type { PostChange } from '../../../../shared/diff/types';
import './compare.css';

export function ChangeBadge({ change }: { change: Pick<PostChange, 'kind' | 'regraded'> & { fields?: PostChange['fields'] } }) {
  return <span className={`change-badge change-${change.kind}${change.regraded ? ' change-regraded' : ''}`}>{changeLabel(change)}</span>;
}
