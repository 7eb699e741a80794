// Design rules every structure is checked against: a span of control range, the most layers,
// ratios between grades or job titles, grades that must report to a higher grade, and the most
// cost or FTE. Each change is stored (and undoable) as soon as it is made.
import { useId, useMemo } from 'react';
import { formatFte, parsePounds, poundsForEditing } from '../../../../shared/model/money';
import type { Grade } from '../../../../shared/model/types';
import { designRulesOf, type DesignRules, type PostMatch, type RatioRule } from '../../../../shared/shape/designRules';
import { DEFAULT_SPAN_RANGE } from '../../../../shared/shape/spans';
import { actions, useApp } from '../../store';
import { TextField } from '../common/fields';

const WHOLE_ERROR = 'Enter a whole number, or leave it empty for no rule.';

function parseWhole(t: string, min: number): number | null | undefined {
  const s = t.trim();
  if (s === '') return null;
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n >= min && n <= 10_000 ? n : undefined;
}

function parseFte(t: string): number | null | undefined {
  const s = t.trim();
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) && n > 0 && n <= 10_000_000 ? Math.round(n * 10_000) / 10_000 : undefined;
}

export function DesignRuleSettings() {
  const stored = useApp((s) => s.doc!.settings.designRules);
  const rules = useMemo(() => designRulesOf({ designRules: stored }), [stored]);
  const grades = useApp((s) => s.doc!.grades);
  const save = (patch: Partial<DesignRules>) => void actions().updateSettings({ designRules: { ...rules, ...patch } });
  const whole = (label: string, value: number | null, key: 'spanMin' | 'spanMax' | 'maxLayers', min: number, hint?: string) => (
    <TextField
      label={label}
      value={value === null ? '' : String(value)}
      inputMode="decimal"
      placeholder="No rule"
      hint={hint}
      validate={(t) => {
        const n = parseWhole(t, min);
        if (n === undefined) return WHOLE_ERROR;
        const lo = key === 'spanMin' ? n : rules.spanMin;
        const hi = key === 'spanMax' ? n : rules.spanMax;
        return lo !== null && hi !== null && lo > hi ? 'The fewest reports must not be more than the most.' : null;
      }}
      onCommit={(t) => save({ [key]: parseWhole(t, min)! })}
    />
  );
  const firstGrade = grades[0]?.id;
  return (
    <div className="design-rules">
      <p className="field-hint">
        Every structure is checked against these rules: breaches show in Compare &gt; Options, on the chart (Mark spans &amp; rules) and in File &gt; Check. Leave a box
        empty for no rule.
      </p>
      <h3 className="settings-heading">Span of control</h3>
      <div className="field-row">
        {whole('Fewest direct reports', rules.spanMin, 'spanMin', 1)}
        {whole('Most direct reports', rules.spanMax, 'spanMax', 1, `With no rule, the chart marks spans under ${DEFAULT_SPAN_RANGE.min} or over ${DEFAULT_SPAN_RANGE.max}.`)}
      </div>
      <h3 className="settings-heading">Layers, cost and FTE</h3>
      <div className="field-row">
        {whole('Most layers below the top post', rules.maxLayers, 'maxLayers', 0)}
        <TextField
          label="Most full-year cost (£)"
          value={rules.maxCostPence === null ? '' : poundsForEditing(rules.maxCostPence)}
          inputMode="decimal"
          placeholder="No rule"
          validate={(t) => (t.trim() === '' || parsePounds(t) !== null ? null : 'Enter an amount such as 1,950,000, or leave it empty.')}
          onCommit={(t) => save({ maxCostPence: t.trim() === '' ? null : parsePounds(t)! })}
        />
        <TextField
          label="Most FTE"
          value={rules.maxFte === null ? '' : formatFte(rules.maxFte)}
          inputMode="decimal"
          placeholder="No rule"
          validate={(t) => (parseFte(t) === undefined ? 'Enter an FTE such as 45.5, or leave it empty.' : null)}
          onCommit={(t) => save({ maxFte: parseFte(t)! })}
        />
      </div>
      <h3 className="settings-heading">Ratios</h3>
      <p className="field-hint">At most so many posts of one kind for every so many of another, such as 1 Executive Support Officer for every 2 Directors.</p>
      {rules.ratios.map((r, i) => (
        <RatioRow
          key={i}
          index={i}
          rule={r}
          grades={grades}
          onChange={(next) => save({ ratios: rules.ratios.map((x, k) => (k === i ? next : x)) })}
          onDelete={() => save({ ratios: rules.ratios.filter((_, k) => k !== i) })}
        />
      ))}
      <button type="button" className="btn" onClick={() => save({ ratios: [...rules.ratios, { count: 1, posts: { title: 'Executive Support Officer' }, per: 2, of: { title: 'Director' } }] })}>
        + Add ratio
      </button>
      <h3 className="settings-heading">Reporting</h3>
      <p className="field-hint">Posts on a grade that must report to a post on a higher grade, or on a given grade or higher.</p>
      {rules.reportsUp.map((r, i) => (
        <div key={i} className="settings-row rule-row" role="group" aria-label={`Reporting rule ${i + 1}`}>
          <GradeSelect label={`Reporting rule ${i + 1}: posts on grade`} grades={grades} value={r.grade} onChange={(g) => save({ reportsUp: rules.reportsUp.map((x, k) => (k === i ? { ...x, grade: g } : x)) })} />
          <GradeSelect
            label={`Reporting rule ${i + 1}: report to`}
            grades={grades}
            value={r.atLeast ?? ''}
            empty="A higher grade"
            prefix="Grade "
            suffix=" or higher"
            onChange={(g) => save({ reportsUp: rules.reportsUp.map((x, k) => (k === i ? { ...x, atLeast: g === '' ? null : g } : x)) })}
          />
          <button type="button" className="btn btn-quiet" aria-label={`Delete reporting rule ${i + 1}`} onClick={() => save({ reportsUp: rules.reportsUp.filter((_, k) => k !== i) })}>
            Delete
          </button>
        </div>
      ))}
      <button type="button" className="btn" disabled={!firstGrade} onClick={() => firstGrade && save({ reportsUp: [...rules.reportsUp, { grade: firstGrade, atLeast: null }] })}>
        + Add reporting rule
      </button>
    </div>
  );
}

function GradeSelect(props: { label: string; grades: readonly Grade[]; value: string; empty?: string; prefix?: string; suffix?: string; onChange(id: string): void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {props.label.replace(/^.*: /, '')}
      </label>
      <select id={id} className="input" aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {props.grades.map((g) => (
          <option key={g.id} value={g.id}>
            {props.prefix ?? ''}
            {g.code}
            {props.suffix ?? ''}
          </option>
        ))}
      </select>
    </div>
  );
}

function MatchField(props: { label: string; match: PostMatch; grades: readonly Grade[]; onChange(m: PostMatch): void }) {
  const id = useId();
  const byTitle = 'title' in props.match;
  return (
    <>
      <div className="field">
        <label htmlFor={id} className="field-label">
          Counted by
        </label>
        <select
          id={id}
          className="input"
          aria-label={`${props.label}: counted by`}
          value={byTitle ? 'title' : 'grade'}
          onChange={(e) => {
            if (e.target.value === 'title') props.onChange({ title: 'Job title' });
            else if (props.grades[0]) props.onChange({ grade: props.grades[0].id });
          }}
        >
          <option value="title">Job title</option>
          <option value="grade" disabled={props.grades.length === 0}>
            Grade
          </option>
        </select>
      </div>
      {'title' in props.match ? (
        <TextField label={`${props.label}: job title`} value={props.match.title} validate={(t) => (t.trim() ? null : 'Enter a job title.')} onCommit={(t) => props.onChange({ title: t.trim() })} />
      ) : (
        <GradeSelect label={`${props.label}: grade`} grades={props.grades} value={props.match.grade} onChange={(g) => props.onChange({ grade: g })} />
      )}
    </>
  );
}

function RatioRow(props: { index: number; rule: RatioRule; grades: readonly Grade[]; onChange(r: RatioRule): void; onDelete(): void }) {
  const { rule, index } = props;
  const n = index + 1;
  const count = (t: string) => (parseWhole(t, 1) == null ? 'Enter a whole number of 1 or more.' : null);
  return (
    <div className="settings-row rule-row" role="group" aria-label={`Ratio ${n}`}>
      <TextField label={`Ratio ${n}: at most`} value={String(rule.count)} inputMode="decimal" validate={count} onCommit={(t) => props.onChange({ ...rule, count: parseWhole(t, 1)! })} />
      <MatchField label={`Ratio ${n}: posts`} match={rule.posts} grades={props.grades} onChange={(m) => props.onChange({ ...rule, posts: m })} />
      <TextField label={`Ratio ${n}: for every`} value={String(rule.per)} inputMode="decimal" validate={count} onCommit={(t) => props.onChange({ ...rule, per: parseWhole(t, 1)! })} />
      <MatchField label={`Ratio ${n}: of`} match={rule.of} grades={props.grades} onChange={(m) => props.onChange({ ...rule, of: m })} />
      <button type="button" className="btn btn-quiet" aria-label={`Delete ratio ${n}`} onClick={props.onDelete}>
        Delete
      </button>
    </div>
  );
}
