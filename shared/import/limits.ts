// Text longer than a post can hold (the limits every edit keeps to) is shortened on import, with
// the whole text kept in the post's notes, so nothing in the file is lost and nothing breaks later.
import type { PlannedPost, ReportItem, SourceRole } from './types';
import { many, rowList } from './values';

export const TEXT_LIMITS = { title: 200, team: 200, ref: 100, notes: 20_000, name: 200 } as const;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

interface Cut {
  field: 'title' | 'team' | 'ref';
  label: string;
  keep: string;
}

const CUTS: Cut[] = [
  { field: 'title', label: 'job title', keep: 'Full title' },
  { field: 'team', label: 'team name', keep: 'Full team name' },
  { field: 'ref', label: 'post reference', keep: 'Full reference' },
];

export function applyTextLimits(posts: PlannedPost[], report: ReportItem[]): void {
  const rows = new Map<string, { role: SourceRole; cut: Cut; rows: number[] }>();
  const notesCut: number[] = [];
  const namesCut: number[] = [];
  for (const p of posts) {
    const kept: string[] = [];
    for (const cut of CUTS) {
      const text = p[cut.field];
      const max = TEXT_LIMITS[cut.field];
      if (text.length <= max) continue;
      kept.push(`${cut.keep}: ${text}`);
      p[cut.field] = shorten(text, max);
      const k = `${p.role}:${cut.field}`;
      const entry = rows.get(k) ?? { role: p.role, cut, rows: [] };
      entry.rows.push(p.rows[0]!);
      rows.set(k, entry);
    }
    if (kept.length) p.notes = [...kept, p.notes].filter(Boolean).join('\n');
    if (p.notes.length > TEXT_LIMITS.notes) {
      p.notes = shorten(p.notes, TEXT_LIMITS.notes);
      notesCut.push(p.rows[0]!);
    }
    for (const h of p.postholders)
      if (h.name.length > TEXT_LIMITS.name) {
        h.name = shorten(h.name, TEXT_LIMITS.name);
        namesCut.push(p.rows[0]!);
      }
  }
  for (const { role, cut, rows: list } of rows.values()) {
    const max = TEXT_LIMITS[cut.field];
    report.push({
      severity: 'warning',
      code: 'text-too-long',
      role,
      rows: list,
      message:
        `The ${cut.label}${list.length === 1 ? '' : 's'} on ${rowList(list)} ${many(list.length, 'is', 'are')} longer than ${max} characters, the most a post's ${cut.label} can have: ` +
        `${many(list.length, 'it was', 'they were')} shortened, and the whole text kept in the post's notes ("${cut.keep}: ...").`,
    });
  }
  if (notesCut.length)
    report.push({
      severity: 'warning',
      code: 'text-too-long',
      role: 'main',
      rows: notesCut,
      message: `The notes of the post${notesCut.length === 1 ? '' : 's'} on ${rowList(notesCut)} ran past ${TEXT_LIMITS.notes.toLocaleString('en-GB')} characters and were cut there.`,
    });
  if (namesCut.length)
    report.push({
      severity: 'warning',
      code: 'text-too-long',
      role: 'main',
      rows: namesCut,
      message: `Postholder names on ${rowList(namesCut)} are longer than ${TEXT_LIMITS.name} characters and were shortened.`,
    });
}
