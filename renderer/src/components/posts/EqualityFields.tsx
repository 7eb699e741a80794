// A postholder's equality profile for the equality impact assessment: one choice per
// characteristic the document records (Settings > Equality), each optional. Personal data: kept in
// this file, summarised in the pack only when the author chooses, groups under 5 never shown.
import { useEffect, useRef } from 'react';
import type { EqualityProfile } from '../../../../shared/equality/profile';
import { equalityOf, NOT_RECORDED } from '../../../../shared/equality/profile';
import { useApp } from '../../store';
import { SelectField } from '../common/fields';

export function EqualityFields({ n, profile, onChange }: { n: number; profile: EqualityProfile | undefined; onChange: (next: EqualityProfile | undefined) => void }) {
  const settings = useApp((s) => s.doc!.settings);
  const characteristics = equalityOf(settings);
  // Choices made one after another, before the first comes back, all keep their values.
  const latest = useRef(profile);
  useEffect(() => {
    latest.current = profile;
  }, [profile]);
  const set = (id: string, value: string) => {
    const next: EqualityProfile = { ...(latest.current ?? {}) };
    if (value) next[id] = value;
    else delete next[id];
    latest.current = Object.keys(next).length ? next : undefined;
    onChange(latest.current);
  };
  return (
    <details className="person-details" open={profile !== undefined}>
      <summary>Equality profile (personal data)</summary>
      <div className="field-row">
        {characteristics.map((c) => (
          <SelectField
            key={c.id}
            label={`Postholder ${n} ${c.name.toLowerCase()}`}
            value={profile?.[c.id] && c.categories.includes(profile[c.id]!) ? profile[c.id]! : ''}
            options={c.categories.map((x) => ({ value: x, label: x }))}
            emptyLabel={NOT_RECORDED}
            onChange={(v) => set(c.id, v)}
          />
        ))}
      </div>
      <p className="muted small">For the equality impact assessment; groups of fewer than 5 people are never shown. Never exported unless you choose it.</p>
    </details>
  );
}
