// The grade table: each grade's pay points and salaries, and pay awards applied to all of them.
import { useState } from 'react';
import { formatPoundsPence, parsePounds, poundsForEditing } from '../../../../shared/model/money';
import type { Grade } from '../../../../shared/model/types';
import { actions, useApp } from '../../store';
import { SelectField, TextField } from '../common/fields';
import { PayAward } from './PayAward';

function pointsInput(grade: Grade) {
  return grade.points.map((p) => ({ id: p.id, code: p.code, salaryPence: p.salaryPence }));
}

export function GradeSettings() {
  const grades = useApp((s) => s.doc!.grades);
  const [openId, setOpenId] = useState<string | ''>(grades[0]?.id ?? '');
  const grade = grades.find((g) => g.id === openId) ?? grades[0];
  const a = actions();
  return (
    <div>
      <PayAward />
      <h3 className="settings-heading">Grades</h3>
      <div className="grade-picker">
        <SelectField label="Grade" value={grade?.id ?? ''} options={grades.map((g) => ({ value: g.id, label: `${g.code} (${g.points.length} point${g.points.length === 1 ? '' : 's'})` }))} onChange={(v) => setOpenId(v)} />
        <button
          type="button"
          className="btn"
          onClick={async () => {
            const taken = new Set(grades.map((g) => g.code.toLowerCase()));
            let n = grades.length + 1;
            while (taken.has(`grade ${n}`)) n++;
            if (await a.saveGrade({ code: `Grade ${n}`, name: '', points: [] })) setOpenId('');
          }}
        >
          + Add grade
        </button>
      </div>
      {grade && (
        <section aria-label={`Grade ${grade.code}`} className="grade-editor">
          <div className="field-row">
            <TextField label="Grade code" value={grade.code} validate={(t) => (t.trim() ? null : 'A grade needs a code.')} onCommit={(t) => void a.saveGrade({ id: grade.id, code: t.trim(), name: grade.name, points: pointsInput(grade) })} />
            <TextField label="Description" value={grade.name} onCommit={(t) => void a.saveGrade({ id: grade.id, code: grade.code, name: t.trim(), points: pointsInput(grade) })} />
          </div>
          <table className="settings-table">
            <thead>
              <tr>
                <th scope="col">Pay point</th>
                <th scope="col">Annual salary, full time (£)</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {grade.points.map((p, i) => (
                <tr key={p.id}>
                  <td>
                    <TextField
                      hideLabel
                      label={`Name of pay point ${i + 1} of ${grade.code}`}
                      value={p.code}
                      validate={(t) => (t.trim() ? null : 'A pay point needs a name, such as SCP 23.')}
                      onCommit={(t) => void a.saveGrade({ id: grade.id, code: grade.code, name: grade.name, points: pointsInput(grade).map((x, j) => (j === i ? { ...x, code: t.trim() } : x)) })}
                    />
                  </td>
                  <td>
                    <TextField
                      hideLabel
                      label={`Salary at ${p.code} of ${grade.code} (£)`}
                      value={poundsForEditing(p.salaryPence)}
                      inputMode="decimal"
                      validate={(t) => (parsePounds(t) === null ? 'Enter an amount in pounds, such as 34,434.' : null)}
                      onCommit={(t) => void a.saveGrade({ id: grade.id, code: grade.code, name: grade.name, points: pointsInput(grade).map((x, j) => (j === i ? { ...x, salaryPence: parsePounds(t)! } : x)) })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-quiet"
                      aria-label={`Remove ${p.code} from ${grade.code}`}
                      onClick={() => void a.saveGrade({ id: grade.id, code: grade.code, name: grade.name, points: pointsInput(grade).filter((_, j) => j !== i) })}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="settings-row">
            <button
              type="button"
              className="btn"
              onClick={() => {
                const last = grade.points[grade.points.length - 1];
                void a.saveGrade({ id: grade.id, code: grade.code, name: grade.name, points: [...pointsInput(grade), { code: `Point ${grade.points.length + 1}`, salaryPence: last?.salaryPence ?? 0 }] });
              }}
            >
              + Add pay point
            </button>
            <button type="button" className="btn btn-danger" onClick={() => void a.deleteGrade(grade.id)}>
              Delete grade {grade.code}
            </button>
            {grade.points.length > 0 && (
              <span className="muted small">
                {formatPoundsPence(grade.points[0]!.salaryPence)} to {formatPoundsPence(grade.points[grade.points.length - 1]!.salaryPence)}
              </span>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
