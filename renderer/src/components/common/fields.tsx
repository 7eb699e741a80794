// Form fields that store their value when the user finishes with them (Enter or leaving the field),
// check it first, and say plainly what is wrong with a value they cannot take.
import { useEffect, useId, useState, type ReactNode } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  /** Returns an error message, or null when the text is acceptable. */
  validate?: (text: string) => string | null;
  onCommit(text: string): void;
  id?: string;
  placeholder?: string;
  multiline?: boolean;
  list?: string;
  hint?: ReactNode;
  inputMode?: 'decimal' | 'text';
  mixed?: boolean;
  /** Keep the label for assistive technology only (a table cell whose column header says it). */
  hideLabel?: boolean;
}

export function TextField({ label, value, validate, onCommit, id, placeholder, multiline, list, hint, inputMode, mixed, hideLabel }: TextFieldProps) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(value);
    setError(null);
  }, [value]);

  const commit = () => {
    if (draft === value) return setError(null);
    const problem = validate?.(draft) ?? null;
    setError(problem);
    if (!problem) onCommit(draft);
  };
  const common = {
    id: fieldId,
    value: draft,
    placeholder: mixed ? 'Several values' : placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${fieldId}-error` : hint ? `${fieldId}-hint` : undefined,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
  };
  return (
    <div className="field">
      <label htmlFor={fieldId} className={hideLabel ? 'sr-only' : 'field-label'}>
        {label}
      </label>
      {multiline ? (
        <textarea
          {...common}
          className="input"
          rows={3}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setDraft(value);
          }}
        />
      ) : (
        <input
          {...common}
          className="input"
          list={list}
          inputMode={inputMode}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            else if (e.key === 'Escape') {
              setDraft(value);
              setError(null);
            }
          }}
        />
      )}
      {error ? (
        <p id={`${fieldId}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : (
        hint && (
          <p id={`${fieldId}-hint`} className="field-hint">
            {hint}
          </p>
        )
      )}
    </div>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T | '';
  options: { value: T; label: string }[];
  onChange(value: T | ''): void;
  emptyLabel?: string;
  hint?: ReactNode;
}

export function SelectField<T extends string>({ label, value, options, onChange, emptyLabel, hint }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value as T | '')} aria-describedby={hint ? `${id}-hint` : undefined}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

export function CheckField({ label, checked, onChange, mixed }: { label: string; checked: boolean; onChange(v: boolean): void; mixed?: boolean }) {
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={checked}
        ref={(el) => {
          if (el) el.indeterminate = mixed ?? false;
        }}
        onChange={(e) => onChange(e.target.checked)}
      />{' '}
      {label}
    </label>
  );
}
