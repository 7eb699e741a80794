// The user's decisions on suggested matches between posts of two structures imported separately:
// an accepted pair compares as one post from then on; a rejected one is not suggested again. One
// undo step for all the decisions made at once.
import { ApiError } from '../../../shared/api/errors';
import type { MatchDecisionInput } from '../../../shared/api/schemas';
import type { EditContext } from '../document';
import { newId } from '../postRows';

interface Row {
  id: string;
  before_lineage_id: string;
  after_lineage_id: string;
  decision: string;
}

export function decideMatches(ctx: EditContext, args: { decisions: MatchDecisionInput[]; decidedAt: string }): string {
  const exists = ctx.sql.get('SELECT 1 AS x FROM posts WHERE lineage_id = ? LIMIT 1');
  const related = ctx.sql.get('SELECT id, before_lineage_id, after_lineage_id, decision FROM match_decisions WHERE before_lineage_id = ? OR after_lineage_id = ?');
  for (const d of args.decisions) {
    if (d.beforeLineageId === d.afterLineageId) throw new ApiError('invalid-argument', 'A post cannot be matched with itself.');
    for (const l of [d.beforeLineageId, d.afterLineageId])
      if (!exists.get(l)) throw new ApiError('not-found', 'One of the posts of that match is no longer in the document. Compare the structures again.');
  }
  for (const d of args.decisions) {
    const rows = related.all(d.beforeLineageId, d.afterLineageId) as Row[];
    for (const r of rows) {
      const samePair = r.before_lineage_id === d.beforeLineageId && r.after_lineage_id === d.afterLineageId;
      // A post is matched with one other at most: accepting a pair replaces the acceptances of either post.
      if (samePair || (d.decision === 'accepted' && r.decision === 'accepted')) ctx.rec.delete('match_decisions', r.id);
    }
    if (d.decision !== 'undecided')
      ctx.rec.insert('match_decisions', {
        id: newId(),
        before_lineage_id: d.beforeLineageId,
        after_lineage_id: d.afterLineageId,
        decision: d.decision,
        decided_at: args.decidedAt,
      });
  }
  const n = args.decisions.length;
  const kinds = new Set(args.decisions.map((d) => d.decision));
  const verb = kinds.size > 1 ? 'Decide on' : kinds.has('accepted') ? 'Accept' : kinds.has('rejected') ? 'Reject' : 'Undo the decision on';
  return `${verb} ${n === 1 ? 'a suggested match' : `${n} suggested matches`}`;
}
