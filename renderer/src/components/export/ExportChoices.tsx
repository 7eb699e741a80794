// The export dialog's choices: what to export, of which structure(s), in which format, on what
// paper, and what to include. Each change goes to the store, which refreshes the preview.
import { useId } from 'react';
import type { ExportFormat } from '../../../../shared/api/exportSchemas';
import { printedOrganisationName } from '../../../../shared/model/organisation';
import type { DocumentInfo } from '../../../../shared/model/types';
import { actions, useApp } from '../../store';
import { FORMATS, MIN_TEXT_SIZES, baselineOf, hasChart, isPaged, namesApply, proposalsOf, type ExportOptions, type ExportWhat } from '../../store/exportOptions';

const WHAT: { value: ExportWhat; label: string; hint: string }[] = [
  { value: 'chart', label: 'Chart', hint: 'The structure as an organisation chart, with a title block and key.' },
  { value: 'staffing', label: 'Staffing schedule', hint: 'Every post with its grade, FTE and full-year cost, with totals.' },
  { value: 'changes', label: 'Changes schedule', hint: 'What a proposal deletes, creates, redesignates and moves, and what it costs or saves.' },
  { value: 'people', label: 'People affected', hint: 'One line per person affected: their post now, what happens to them, and the selection pools.' },
  { value: 'pack', label: 'Consultation pack', hint: 'Both charts, the schedules, the people affected and the cost summary in one document.' },
];

export function ExportChoices({ doc, options: o }: { doc: DocumentInfo; options: ExportOptions }) {
  const id = useId();
  const set = (p: Partial<ExportOptions>) => actions().setExportOptions(p);
  const proposals = proposalsOf(doc);
  const baseline = baselineOf(doc, o.structureId);
  const structureSelect = (key: 'structureId' | 'fromId' | 'toId', label: string, list = doc.structures, hint?: string) => (
    <div className="export-field">
      <label htmlFor={`${id}-${key}`} className="field-label">
        {label}
      </label>
      <select
        id={`${id}-${key}`}
        className="input"
        value={o[key] ?? ''}
        onChange={(e) => set({ [key]: e.target.value })}
        aria-describedby={hint ? `${id}-${key}-hint` : undefined}
      >
        {list.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
            {s.kind === 'current' ? ' (current)' : ''}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-${key}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
  const radio = <K extends 'paper' | 'orientation'>(key: K, value: ExportOptions[K], label: string) => (
    <label className="check">
      <input type="radio" name={`${id}-${key}`} checked={o[key] === value} onChange={() => set({ [key]: value })} /> {label}
    </label>
  );
  const noProposal = proposals.length === 0;
  // The branch of the post selected in the chart, when one post of the chosen structure is selected.
  const selected = useApp((s) => (s.selection.length === 1 && o.structureId ? (s.structures[o.structureId]?.posts[s.selection[0]!] ?? null) : null));

  return (
    <>
      <fieldset className="export-what">
        <legend className="field-label">What to export</legend>
        {WHAT.map((w) => {
          const unavailable = noProposal && (w.value === 'changes' || w.value === 'people' || w.value === 'pack');
          return (
            <label key={w.value} className={`export-what-option${o.what === w.value ? ' is-chosen' : ''}`}>
              <input
                type="radio"
                name={`${id}-what`}
                value={w.value}
                checked={o.what === w.value}
                disabled={unavailable}
                onChange={() => set({ what: w.value })}
                aria-labelledby={`${id}-what-${w.value}-label`}
                aria-describedby={`${id}-what-${w.value}`}
              />
              <span>
                <span id={`${id}-what-${w.value}-label`} className="export-what-label">
                  {w.label}
                </span>
                <span id={`${id}-what-${w.value}`} className="export-what-hint">
                  {unavailable ? 'Needs a proposal: make one from Current first.' : w.hint}
                </span>
              </span>
            </label>
          );
        })}
      </fieldset>

      <div className="export-row">
        {o.what === 'pack' ? (
          <>
            {structureSelect('fromId', 'From (the structure now)')}
            {structureSelect('toId', 'To (the proposal)')}
          </>
        ) : o.what === 'changes' || o.what === 'people' ? (
          structureSelect('structureId', 'Proposal', proposals, baseline ? `Compared with ${baseline.name}, the structure it was made from.` : undefined)
        ) : (
          structureSelect('structureId', 'Structure')
        )}
        <div className="export-field">
          <label htmlFor={`${id}-format`} className="field-label">
            Format
          </label>
          <select id={`${id}-format`} className="input" value={o.format} onChange={(e) => set({ format: e.target.value as ExportFormat })}>
            {FORMATS[o.what].map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
      </div>

      {isPaged(o.format) && (
        <div className="export-row">
          <fieldset className="export-inline">
            <legend className="field-label">Paper size</legend>
            {radio('paper', 'A4', 'A4')}
            {radio('paper', 'A3', 'A3')}
          </fieldset>
          <fieldset className="export-inline">
            <legend className="field-label">Orientation</legend>
            {radio('orientation', 'landscape', 'Landscape')}
            {radio('orientation', 'portrait', 'Portrait')}
          </fieldset>
          {hasChart(o) && (
            <div className="export-field">
              <label htmlFor={`${id}-min-text`} className="field-label">
                Smallest text on the chart
              </label>
              <select id={`${id}-min-text`} className="input" value={o.minText} onChange={(e) => set({ minText: Number(e.target.value) })} aria-describedby={`${id}-min-text-hint`}>
                {MIN_TEXT_SIZES.map((pt) => (
                  <option key={pt} value={pt}>
                    {pt} pt{pt === 6.5 ? ' (usual)' : ''}
                  </option>
                ))}
              </select>
              <p id={`${id}-min-text-hint`} className="field-hint">
                The chart goes on one page when all its text fits at this size or larger; otherwise an overview page, then a page for each branch.
              </p>
            </div>
          )}
          {o.format === 'png' && (
            <div className="export-field">
              <label htmlFor={`${id}-dpi`} className="field-label">
                Resolution
              </label>
              <select id={`${id}-dpi`} className="input" value={o.dpi} onChange={(e) => set({ dpi: Number(e.target.value) })}>
                <option value={96}>96 dpi (screen)</option>
                <option value={150}>150 dpi (documents)</option>
                <option value={300}>300 dpi (print)</option>
              </select>
            </div>
          )}
        </div>
      )}

      {!printedOrganisationName(doc) && (
        <p className="export-warning" role="note">
          Your organisation has no name yet, so title blocks leave it out. Give it one in Settings, under Organisations.
        </p>
      )}

      <fieldset className="export-include">
        <legend className="field-label">Include</legend>
        {namesApply(o) ? (
          <>
            <label className="check">
              <input type="checkbox" checked={o.names} onChange={(e) => set({ names: e.target.checked })} aria-describedby={`${id}-names`} /> Postholder names
            </label>
            <p id={`${id}-names`} className={o.names ? 'export-warning' : 'field-hint export-check-hint'}>
              {o.names
                ? 'Names are personal data: share this file only with people entitled to see who holds each post.'
                : 'Names are personal data, so they are left out unless you tick this.'}
            </p>
          </>
        ) : (
          <p className="field-hint">The staffing schedule lists posts, not people: it holds no names.</p>
        )}
        {(o.what === 'staffing' || o.what === 'pack') && (
          <label className="check">
            <input type="checkbox" checked={o.groupPosts} onChange={(e) => set({ groupPosts: e.target.checked })} /> Group identical posts in the staffing schedule (one line per post type)
          </label>
        )}
        {o.what === 'pack' && (
          <label className="check">
            <input type="checkbox" checked={o.optionsAppraisal} onChange={(e) => set({ optionsAppraisal: e.target.checked })} /> Options appraisal: Current and the proposals of Compare &gt; Options side by side
          </label>
        )}
        {o.what === 'pack' && (
          <label className="check">
            <input type="checkbox" checked={o.equality} onChange={(e) => set({ equality: e.target.checked })} /> Equality profile of the people at risk (personal data, groups under 5 not shown)
          </label>
        )}
        {o.what === 'chart' && selected && (
          <label className="check">
            <input type="checkbox" checked={o.branchId === selected.id} onChange={(e) => set({ branchId: e.target.checked ? selected.id : null })} /> Only the branch of {selected.title} (the posts above it are named in the title block)
          </label>
        )}
        {o.what === 'chart' && baseline && (
          <label className="check">
            <input type="checkbox" checked={o.markChanges} onChange={(e) => set({ markChanges: e.target.checked })} /> Mark each post’s change against {baseline.name}
          </label>
        )}
        {hasChart(o) && (
          <>
            <label className="check">
              <input type="checkbox" checked={o.costs} onChange={(e) => set({ costs: e.target.checked })} /> Full-year cost on each card
            </label>
            <label className="check">
              <input type="checkbox" checked={o.monochrome} onChange={(e) => set({ monochrome: e.target.checked })} /> Black and white (for printers without colour)
            </label>
          </>
        )}
      </fieldset>
    </>
  );
}
