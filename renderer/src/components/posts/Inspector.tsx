// Edits the selected post, or several at once: a field showing "Several values" changes every
// selected post when it is set.
import { formatDate } from '../../../../shared/model/dates';
import { useDeferredValue, useEffect, useMemo } from 'react';
import { fteProblem } from '../../../../shared/model/fte';
import { formatFte, formatPoundsPence, parsePounds, poundsForEditing } from '../../../../shared/model/money';
import { NI_CATEGORY_LABEL } from '../../../../shared/model/niCategory';
import { fieldLabel } from '../../../../shared/model/fieldLabels';
import { NI_CATEGORIES, type NiCategory } from '../../../../shared/model/niCategory';
import type { Id, Post } from '../../../../shared/model/types';
import { actions, useApp } from '../../store';
import { activePosts } from '../../store/selectors';
import { CheckField, SelectField, TextField } from '../common/fields';
import { CostBreakdown } from './CostBreakdown';
import { DottedLinesEditor } from './DottedLinesEditor';
import { ManagerPicker } from './ManagerPicker';
import { PostholdersEditor } from './PostholdersEditor';
import { ReplacesEditor } from './ReplacesEditor';
import { SharesEditor } from './SharesEditor';
import './holding.css';

/** The value every post shares, or undefined when they differ. */
function common<T>(posts: Post[], get: (p: Post) => T): T | undefined {
  const first = get(posts[0]!);
  const key = JSON.stringify(first);
  return posts.every((p) => JSON.stringify(get(p)) === key) ? first : undefined;
}

/** FTE typed in the inspector; a grouped post (a number of posts counted in FTE) may have up to 1,000,000. */
export function parseFte(text: string, grouped = false): number | string {
  const t = text.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  const n = Number(t);
  if (t === '' || Number.isNaN(n)) return 'FTE must be a number, such as 1 or 0.5.';
  return fteProblem(n, grouped) ?? n;
}

const NO_POSTS: Record<Id, Post> = {};
const teamCache = new WeakMap<Record<Id, Post>, string[]>();

/** The teams named in a structure's posts, in order, once per version of the posts. */
function teamsOf(posts: Record<Id, Post>): string[] {
  let teams = teamCache.get(posts);
  if (!teams) {
    teams = [...new Set(Object.values(posts).map((p) => p.team).filter(Boolean))].sort();
    teamCache.set(posts, teams);
  }
  return teams;
}

export function Inspector() {
  const selection = useApp((s) => s.selection);
  const posts = useApp(activePosts);
  const selected = useMemo(() => (posts ? selection.map((id) => posts[id]).filter((p): p is Post => p !== undefined) : []), [posts, selection]);
  const focusRequest = useApp((s) => s.focusRequest);
  useEffect(() => {
    if (focusRequest?.target !== 'inspector-title') return;
    // The form shows the new selection once this frame is painted.
    const frame = requestAnimationFrame(() => {
      const el = document.getElementById('inspector-title');
      if (el instanceof HTMLInputElement) {
        el.focus();
        if (focusRequest.selectText) el.select();
      }
      actions().focusDone();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusRequest]);
  return (
    <aside className="inspector" aria-label="Post details">
      {selected.length === 0 ? (
        <div className="inspector-empty">
          <h2 className="inspector-heading">No post selected</h2>
          <p className="muted">Select a post to see and change its details. Hold Ctrl to select several and change them together.</p>
        </div>
      ) : (
        <PostForm posts={selected} all={posts!} />
      )}
    </aside>
  );
}

function PostForm({ posts, all }: { posts: Post[]; all: Record<Id, Post> }) {
  const doc = useApp((s) => s.doc!);
  const ids = posts.map((p) => p.id);
  const single = posts.length === 1 ? posts[0]! : null;
  const update = (patch: Parameters<ReturnType<typeof actions>['updatePosts']>[1]) => void actions().updatePosts(ids, patch);

  const gradeId = common(posts, (p) => p.gradeId);
  const grade = gradeId ? doc.grades.find((g) => g.id === gradeId) : undefined;
  const managerId = common(posts, (p) => p.managerId);
  // Lists drawn from every post of the structure are made after the form, or an edit, is painted.
  const laterAll = useDeferredValue(all, NO_POSTS);
  const teams = teamsOf(laterAll);
  const title = common(posts, (p) => p.title);
  const override = common(posts, (p) => p.salaryOverridePence);
  const fte = common(posts, (p) => p.fte);
  const allIn = common(posts, (p) => p.allInCostPence);
  const niCategory = common(posts, (p) => p.niCategory);
  const vacant = common(posts, (p) => p.vacant);
  const assistant = common(posts, (p) => p.isAssistant);
  const grouped = common(posts, (p) => p.grouped);

  return (
    <form className="inspector-form" onSubmit={(e) => e.preventDefault()} aria-label={single ? `Details of ${single.title}` : `${posts.length} posts`}>
      <h2 className="inspector-heading">{single ? (single.holding ? 'Holding card' : 'Post') : `${posts.length} posts selected`}</h2>
      {single?.holding && (
        <p className="inspector-holding" role="note">
          The import put the posts it could not place under this card (its report says why). Move each to its manager, then delete the card. It is not counted in posts, FTE or cost.
        </p>
      )}
      <TextField
        id="inspector-title"
        label={fieldLabel('title')}
        value={title ?? ''}
        mixed={title === undefined}
        validate={(t) => (t.trim() ? null : 'A post needs a title.')}
        onCommit={(t) => update({ title: t.trim() })}
      />
      {single && <TextField label={fieldLabel('ref')} value={single.ref} onCommit={(t) => update({ ref: t.trim() })} hint="The HR system's number for the post, if it has one." />}
      <ManagerPicker value={managerId} posts={all} exclude={ids} onChange={(m) => void actions().movePosts(ids, m)} />
      <TextField label={fieldLabel('team')} value={common(posts, (p) => p.team) ?? ''} mixed={common(posts, (p) => p.team) === undefined} list="team-names" onCommit={(t) => update({ team: t.trim() })} />
      <datalist id="team-names">
        {teams.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <div className="field-row">
        <SelectField
          label={fieldLabel('gradeId')}
          value={gradeId ?? ''}
          emptyLabel={gradeId === undefined ? 'Several grades' : 'No grade'}
          options={doc.grades.map((g) => ({ value: g.id, label: g.name ? `${g.code} – ${g.name}` : g.code }))}
          onChange={(v) => update({ gradeId: v === '' ? null : v })}
        />
        <SelectField
          label={fieldLabel('payPointId')}
          value={common(posts, (p) => p.payPointId) ?? ''}
          emptyLabel={grade ? 'Not set' : '—'}
          options={(grade?.points ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${formatPoundsPence(p.salaryPence)}` }))}
          onChange={(v) => update({ payPointId: v === '' ? null : v })}
          hint={!grade ? undefined : 'Without a point, vacancies follow the document setting and filled posts the top of the grade.'}
        />
      </div>
      <div className="field-row">
        <TextField
          label={fieldLabel('fte')}
          value={fte === undefined ? '' : formatFte(fte)}
          mixed={fte === undefined}
          inputMode="decimal"
          validate={(t) => {
            const r = parseFte(t, grouped === true);
            return typeof r === 'string' ? r : null;
          }}
          onCommit={(t) => update({ fte: parseFte(t, grouped === true) as number })}
        />
        <TextField
          label={fieldLabel('salaryOverridePence')}
          value={override === undefined ? '' : override === null ? '' : poundsForEditing(override)}
          mixed={override === undefined}
          inputMode="decimal"
          placeholder="From the grade"
          validate={(t) => (t.trim() === '' || parsePounds(t) !== null ? null : 'Enter an amount in pounds, such as 32,597 or 32597.50.')}
          onCommit={(t) => update({ salaryOverridePence: t.trim() === '' ? null : parsePounds(t) })}
        />
      </div>
      <div className="field-row">
        <TextField
          label={fieldLabel('allInCostPence')}
          value={allIn === undefined || allIn === null ? '' : poundsForEditing(allIn)}
          mixed={allIn === undefined}
          inputMode="decimal"
          placeholder="From pay and on-costs"
          hint="The post's annual cost including on-costs, as a schedule publishes it (full time). No on-costs are added to it."
          validate={(t) => (t.trim() === '' || parsePounds(t) !== null ? null : 'Enter an amount in pounds, such as 53,438, or leave it blank.')}
          onCommit={(t) => update({ allInCostPence: t.trim() === '' ? null : parsePounds(t) })}
        />
        <SelectField
          label={fieldLabel('niCategory')}
          value={niCategory ?? ''}
          emptyLabel={niCategory === undefined ? 'Several categories' : undefined}
          options={NI_CATEGORIES.map((c) => ({ value: c, label: NI_CATEGORY_LABEL[c] }))}
          onChange={(v) => v && update({ niCategory: v as NiCategory })}
          hint={`${vacant ? 'Of the person assumed to fill the vacancy.' : 'Of the postholder (everyone in the post).'} Under 21 and apprentices under 25: 0% up to the upper secondary threshold.`}
        />
      </div>
      <CheckField
        label={fieldLabel('grouped')}
        checked={grouped ?? false}
        mixed={grouped === undefined}
        onChange={(v) => update(v ? { grouped: true } : { grouped: false, headcount: null })}
      />
      {single?.grouped && (
        <TextField
          label={fieldLabel('headcount')}
          value={single.headcount == null ? '' : String(single.headcount)}
          inputMode="decimal"
          placeholder="Not known"
          hint="When known: counted as the people at risk if the group goes. Otherwise one a whole FTE."
          validate={(t) => (t.trim() === '' || /^\d+$/.test(t.trim().replace(/,/g, '')) ? null : 'Enter a whole number of people, or leave it blank.')}
          onCommit={(t) => update({ headcount: t.trim() === '' ? null : Number(t.trim().replace(/,/g, '')) })}
        />
      )}
      <CheckField label={fieldLabel('vacant')} checked={vacant ?? false} mixed={vacant === undefined} onChange={(v) => update({ vacant: v })} />
      <CheckField
        label={fieldLabel('isAssistant')}
        checked={assistant ?? false}
        mixed={assistant === undefined}
        onChange={(v) => update({ isAssistant: v })}
      />
      {single && !single.vacant && <PostholdersEditor post={single} />}
      {single && <DottedLinesEditor post={single} posts={all} />}
      <SelectField
        label={fieldLabel('organisationId')}
        value={common(posts, (p) => p.organisationId) ?? ''}
        emptyLabel={common(posts, (p) => p.organisationId) === undefined ? 'Several' : 'Document default'}
        options={doc.organisations.map((o) => ({ value: o.id, label: `${o.name} (pension ${o.pensionRateBp / 100}%)` }))}
        onChange={(v) => update({ organisationId: v === '' ? null : v })}
      />
      <SharesEditor
        legend={fieldLabel('organisationShares')}
        emptyText="Not shared: the employing organisation bears the whole cost."
        addLabel="+ Share the cost with another organisation"
        options={doc.organisations.map((o) => ({ id: o.id, label: o.name }))}
        startWith={common(posts, (p) => p.organisationId) ?? doc.settings.defaultOrganisationId ?? undefined}
        shares={common(posts, (p) => p.organisationShares.map((o) => ({ id: o.organisationId, shareBp: o.shareBp })))}
        onCommit={(shares) => update({ organisationShares: shares.map((x) => ({ organisationId: x.id, shareBp: x.shareBp })) })}
      />
      <SharesEditor
        legend={fieldLabel('funding')}
        emptyText="No funding source set."
        addLabel="+ Add funding source"
        options={doc.fundingSources.map((f) => ({ id: f.id, label: f.endDate ? `${f.name} (ends ${formatDate(f.endDate)})` : f.name }))}
        startWhole
        shares={common(posts, (p) => p.funding.map((f) => ({ id: f.sourceId, shareBp: f.shareBp })))}
        onCommit={(shares) => update({ funding: shares.map((x) => ({ sourceId: x.id, shareBp: x.shareBp })) })}
      />
      {single && (
        <TextField
          label={fieldLabel('duties')}
          value={single.duties}
          hint="A reference such as “JD ES-04 v2”, or a short summary. Changing it marks the post redesignated."
          onCommit={(t) => update({ duties: t.trim() })}
        />
      )}
      {single && <ReplacesEditor post={single} />}
      {single && <TextField label={fieldLabel('notes')} multiline value={single.notes} onCommit={(t) => update({ notes: t })} />}
      {single && <CostBreakdown post={single} />}
    </form>
  );
}
