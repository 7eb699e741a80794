// Deleted and new posts that look like the same post (references renumbered between two imports):
// each suggestion with its reasons and confidence, accepted or rejected one by one or all the sure
// ones at once. Decisions are kept in the file and undone with Undo.
import { postOf, type ChangeSummary } from '../../../../shared/compare/compare';
import type { SuggestedMatch } from '../../../../shared/diff/suggest';
import { formatFte } from '../../../../shared/model/money';
import type { Id } from '../../../../shared/model/types';
import { actions, useApp } from '../../store';
import './SuggestedMatches.css';

const SHOWN = 100;
const SURE = 0.9;

const label = (p: { ref: string; title: string }) => (p.ref ? `${p.ref} ${p.title}` : p.title);

function decide(list: readonly SuggestedMatch[], decision: 'accepted' | 'rejected') {
  void actions().decideMatches(list.map((m) => ({ beforeLineageId: m.beforeLineageId, afterLineageId: m.afterLineageId, decision })));
}

/** A post as the table shows it: reference and title, then grade, FTE and manager, which tell groups of one title apart. */
function PostCell({ summary, side, id, grade }: { summary: ChangeSummary; side: 'before' | 'after'; id: Id; grade(id: Id | null): string }) {
  const post = postOf(summary, side, id);
  if (!post) return null;
  const manager = post.managerId ? postOf(summary, side, post.managerId) : null;
  const detail = [grade(post.gradeId), `${formatFte(post.fte)} FTE`, manager ? `under ${label(manager)}` : 'at the top'].filter(Boolean).join(' · ');
  return (
    <>
      {label(post)}
      <div className="muted small">{detail}</div>
    </>
  );
}

export function SuggestedMatches({ summary }: { summary: ChangeSummary }) {
  const grades = useApp((s) => s.doc!.grades);
  const suggestions = summary.diff.suggestedMatches ?? [];
  if (suggestions.length === 0) return null;
  const grade = (id: Id | null) => (id ? (grades.find((g) => g.id === id)?.code ?? '') : '');
  const sure = suggestions.filter((m) => m.confidence >= SURE);
  return (
    <section className="suggested-matches" aria-labelledby="suggested-matches-heading">
      <h3 id="suggested-matches-heading" className="compare-subheading">
        Suggested matches ({suggestions.length})
      </h3>
      <p className="muted small">
        These deleted posts look like new ones: the references may have been renumbered between the two files. Accept a match to compare the two as one post; the
        decision is kept in the document.
      </p>
      {sure.length > 0 && (
        <button type="button" className="btn" onClick={() => decide(sure, 'accepted')}>
          Accept the {sure.length} with a confidence of {SURE} or more
        </button>
      )}
      <div className="suggested-scroll">
        <table className="suggested-table">
          <thead>
            <tr>
              <th scope="col">Before</th>
              <th scope="col">After</th>
              <th scope="col" className="num">
                Confidence
              </th>
              <th scope="col">Why</th>
              <th scope="col">Decision</th>
            </tr>
          </thead>
          <tbody>
            {suggestions.slice(0, SHOWN).map((m) => (
              <tr key={`${m.beforeId}|${m.afterId}`}>
                <td>
                  <PostCell summary={summary} side="before" id={m.beforeId} grade={grade} />
                </td>
                <td>
                  <PostCell summary={summary} side="after" id={m.afterId} grade={grade} />
                </td>
                <td className="num">{Math.round(m.confidence * 100)}%</td>
                <td className="muted small">{m.reasons.join(', ')}</td>
                <td className="suggested-actions">
                  <button type="button" className="btn btn-quiet" aria-label={`Accept: ${label(m.from)} is ${label(m.to)}`} onClick={() => decide([m], 'accepted')}>
                    Accept
                  </button>
                  <button type="button" className="btn btn-quiet" aria-label={`Reject: ${label(m.from)} is not ${label(m.to)}`} onClick={() => decide([m], 'rejected')}>
                    Reject
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {suggestions.length > SHOWN && <p className="muted small">And {suggestions.length - SHOWN} more, shown as these are decided.</p>}
    </section>
  );
}
