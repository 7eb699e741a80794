// The mapping step: which column holds each field (worked out from the headings, or as remembered
// from last time), with a sample of the values, and where the imported posts go.
import { useId } from 'react';
import type { ImportInspection, InspectedFile } from '../../../../shared/import/api';
import { fieldLabel, isPartKey, partColumnKey, partHint } from '../../../../shared/import/fields';
import type { ColumnMapping, FieldKey, SalaryBasis } from '../../../../shared/import/types';
import { useApp } from '../../store';

export interface TargetChoice {
  kind: 'new-proposal' | 'structure';
  structureId: string;
  name: string;
}

const LAYOUT = { generic: 'an HR or payroll export', organogram: 'a UK government organogram' } as const;

function MappingTable({ file, mapping, onChange, caption, format }: { file: InspectedFile; mapping: ColumnMapping; onChange(m: ColumnMapping): void; caption: string; format: ImportInspection['format'] }) {
  const set = (key: FieldKey, value: string) => onChange({ ...mapping, [key]: value === '' ? null : Number(value) });
  // Columns for one funding source or sharing organisation each ("Council funding %"): those mapped,
  // and any other whose heading names one, so it can be chosen here.
  const partKeys = new Set((Object.keys(mapping) as FieldKey[]).filter(isPartKey));
  if (format === 'generic')
    for (const h of file.headers) {
      const key = partColumnKey(h);
      if (key) partKeys.add(key);
    }
  const parts = [...partKeys].map((key) => ({ key, label: fieldLabel(key, format, file.role), hint: partHint(key), required: false }));
  return (
    <table className="import-mapping">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Column in the file</th>
          <th scope="col">First values</th>
        </tr>
      </thead>
      <tbody>
        {[...file.fields, ...parts].map((f) => {
          const col = mapping[f.key];
          const selectId = `map-${file.role}-${f.key}`;
          return (
            <tr key={f.key}>
              <th scope="row">
                <label htmlFor={selectId}>
                  {f.label}
                  {f.required && <span className="import-required"> (required)</span>}
                </label>
                {f.hint && <div className="muted small">{f.hint}</div>}
              </th>
              <td>
                <select id={selectId} className="input" value={col === null || col === undefined ? '' : String(col)} onChange={(e) => set(f.key, e.target.value)}>
                  <option value="">Not imported</option>
                  {file.headers.map((h, i) => (
                    <option key={i} value={i}>
                      {h || `Column ${i + 1} (no heading)`}
                    </option>
                  ))}
                </select>
              </td>
              <td className="muted small import-sample">{typeof col === 'number' ? file.sample.map((r) => r[col] ?? '').filter(Boolean).slice(0, 3).join(' · ') : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function ImportMapping(props: {
  inspection: ImportInspection;
  mapping: ColumnMapping;
  juniorMapping: ColumnMapping;
  onMapping(m: ColumnMapping): void;
  onJuniorMapping(m: ColumnMapping): void;
  target: TargetChoice;
  onTarget(t: TargetChoice): void;
  onRemoveJunior(): void;
  salary: SalaryBasis;
  onSalary(basis: SalaryBasis): void;
}) {
  const { inspection, target, onTarget } = props;
  const structures = useApp((s) => s.doc!.structures);
  const loaded = useApp((s) => s.structures);
  const nameId = useId();
  const intoId = useId();
  const main = inspection.main;
  const missing = main.fields.filter((f) => f.required && typeof props.mapping[f.key] !== 'number');
  const existing = structures.find((s) => s.id === target.structureId);
  const existingCount = existing ? Object.values(loaded[existing.id]?.posts ?? {}).filter((p) => !p.holding).length : 0;
  return (
    <div>
      <p>
        <strong>{main.fileName}</strong>
        {main.sheet ? `, worksheet "${main.sheet}"` : ''}: {main.dataRows} rows below the headings on row {main.headerRow}, read as {main.encoding}. It looks like{' '}
        {LAYOUT[inspection.detected]}
        {inspection.format !== inspection.detected ? `; importing it as ${LAYOUT[inspection.format]}, as you chose` : ''}.
      </p>
      {inspection.junior && (
        <p>
          Junior staff: <strong>{inspection.junior.fileName}</strong>
          {inspection.junior.sheet ? `, worksheet "${inspection.junior.sheet}"` : ''} ({inspection.junior.dataRows} rows).{' '}
          <button type="button" className="link" onClick={props.onRemoveJunior}>
            Import without it
          </button>
        </p>
      )}
      <p className="muted small" role="status">
        {main.remembered ? 'The columns are mapped as you chose last time for a file with these headings.' : 'The columns were matched from their headings. Correct any that are wrong; your choice is remembered in this document.'}
      </p>
      {missing.length > 0 && (
        <p className="import-error" role="alert">
          Choose a column for: {missing.map((f) => f.label).join(', ')}.
        </p>
      )}
      <MappingTable file={main} mapping={props.mapping} onChange={props.onMapping} caption={inspection.junior ? 'Senior staff columns' : 'Columns'} format={inspection.format} />
      {inspection.junior && (
        <MappingTable file={inspection.junior} mapping={props.juniorMapping} onChange={props.onJuniorMapping} caption="Junior staff columns" format={inspection.format} />
      )}
      <p className="muted small">Columns not chosen for any field are listed in the validation report, with how to import them.</p>
      {typeof props.mapping.salary === 'number' && (
        <fieldset className="import-target">
          <legend>The salaries in the file are</legend>
          <label className="check">
            <input type="radio" name="import-salary" checked={props.salary === 'full-time'} onChange={() => props.onSalary('full-time')} /> Full-time salaries, whatever the row's FTE
          </label>
          <label className="check">
            <input type="radio" name="import-salary" checked={props.salary === 'pro-rata'} onChange={() => props.onSalary('pro-rata')} /> Pay for the row's FTE (pro rata):
            convert them to full-time salaries
          </label>
        </fieldset>
      )}

      <fieldset className="import-target">
        <legend>Import into</legend>
        <label className="check">
          <input type="radio" name="import-target" checked={target.kind === 'new-proposal'} onChange={() => onTarget({ ...target, kind: 'new-proposal' })} /> A new proposal
        </label>
        {target.kind === 'new-proposal' && (
          <div className="import-target-detail">
            <label htmlFor={nameId} className="field-label">
              Name of the new proposal
            </label>
            <input id={nameId} className="input" value={target.name} onChange={(e) => onTarget({ ...target, name: e.target.value })} />
          </div>
        )}
        <label className="check">
          <input
            type="radio"
            name="import-target"
            checked={target.kind === 'structure'}
            onChange={() => onTarget({ ...target, kind: 'structure', structureId: target.structureId || structures[0]!.id })}
          />{' '}
          An existing structure, replacing its posts
        </label>
        {target.kind === 'structure' && (
          <div className="import-target-detail">
            <label htmlFor={intoId} className="field-label">
              Structure
            </label>
            <select id={intoId} className="input" value={target.structureId} onChange={(e) => onTarget({ ...target, structureId: e.target.value })}>
              {structures.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                  {s.kind === 'current' ? ' (Current)' : ''}
                </option>
              ))}
            </select>
            {existingCount > 0 && (
              <p className="muted small">
                Its {existingCount} posts will be replaced. Posts with the same reference keep their link with the Current structure, and Undo brings the old ones back.
              </p>
            )}
          </div>
        )}
      </fieldset>
    </div>
  );
}
