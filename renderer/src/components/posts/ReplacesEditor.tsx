// Which posts of Current a proposal's post takes the place of: deleted posts (one to one, a merge,
// a split), or the post's own earlier self when it is redesignated and its postholder goes with it.
// Their postholders are the slot-in or ring-fence candidates for it.
import { useEffect, useId, useMemo } from 'react';
import type { Id, Post } from '../../../../shared/model/types';
import { actions, useApp } from '../../store';
import { activePosts } from '../../store/selectors';
import '../compare/compare.css';
import { fieldLabel } from '../../../../shared/model/fieldLabels';

function describe(p: Post, gradeCode: (id: Id | null) => string): string {
  const who = p.vacant ? 'vacant' : p.postholders.length > 1 ? `${p.postholders.length} postholders` : 'filled';
  return `${p.title}${p.ref ? ` (${p.ref})` : ''} · ${gradeCode(p.gradeId)} · ${who}`;
}

const TITLE_ORDER = new Intl.Collator('en-GB');

export function ReplacesEditor({ post }: { post: Post }) {
  const headingId = useId();
  const doc = useApp((s) => s.doc!);
  const current = doc.structures.find((s) => s.kind === 'current');
  const basePosts = useApp((s) => (current ? s.structures[current.id]?.posts : undefined));
  const here = useApp(activePosts);
  useEffect(() => {
    if (current && !basePosts) void actions().loadStructure(current.id);
  }, [current?.id, basePosts]);
  const gradeCode = (id: Id | null) => (id ? (doc.grades.find((g) => g.id === id)?.code ?? '?') : 'no grade');

  const applies = !!current && post.structureId !== current.id;
  const { byLineage, candidates } = useMemo(() => {
    const byLineage = new Map<Id, Post>();
    // A post of Current replaces nothing: nothing to list (and nothing to redo after each edit).
    if (!applies) return { byLineage, candidates: [] };
    for (const p of Object.values(basePosts ?? {})) byLineage.set(p.lineageId, p);
    const present = new Set(Object.values(here ?? {}).map((p) => p.lineageId));
    const candidates = [...byLineage.values()]
      .filter((p) => !present.has(p.lineageId) || p.lineageId === post.lineageId)
      .sort((a, b) => TITLE_ORDER.compare(a.title, b.title));
    return { byLineage, candidates };
  }, [applies, basePosts, here, post.lineageId]);

  if (!applies || !current) return null;
  const chosen = post.replacesLineageIds;
  const set = (ids: Id[]) => void actions().updatePosts([post.id], { replacesLineageIds: ids });
  const options = candidates.filter((c) => !chosen.includes(c.lineageId));
  const label = (p: Post) => (p.lineageId === post.lineageId ? `This post as it is in ${current.name} (its postholder goes with it)` : describe(p, gradeCode));

  return (
    <fieldset className="fieldset" aria-labelledby={headingId}>
      <legend id={headingId} className="field-label">
        {fieldLabel('replacesLineageIds')} in {current.name}
      </legend>
      {chosen.length === 0 ? (
        <p className="muted small">Nothing. Name the deleted posts this one replaces to show who slots in or is ring-fenced for it.</p>
      ) : (
        <ul className="replaces-list">
          {chosen.map((l) => {
            const p = byLineage.get(l);
            const text = p ? label(p) : `A post no longer in ${current.name}`;
            return (
              <li key={l}>
                <span>{text}</span>
                <button type="button" className="btn btn-quiet" aria-label={`Stop replacing ${p?.title ?? 'that post'}`} onClick={() => set(chosen.filter((x) => x !== l))}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {options.length > 0 ? (
        <select
          className="input"
          aria-label="Add a post this one replaces"
          value=""
          onChange={(e) => {
            if (e.target.value) set([...chosen, e.target.value]);
          }}
        >
          <option value="">Add a post it replaces…</option>
          {options.map((p) => (
            <option key={p.lineageId} value={p.lineageId}>
              {label(p)}
            </option>
          ))}
        </select>
      ) : (
        chosen.length === 0 && <p className="muted small">No posts have been deleted from {current.name} in this structure yet.</p>
      )}
      <p className="field-hint">One postholder for one post slots in; more candidates than posts are ring-fenced and stay at risk.</p>
    </fieldset>
  );
}
