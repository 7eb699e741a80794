// The validation report and the summary of an import as lines of text (the command line prints
// them; the dialog shows the same words).
import { formatFte } from '../model/money';
import type { ImportPreview } from './api';
import type { ReportItem, SourceInfo } from './types';

const SEVERITY_LABEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function sourceLabel(role: ReportItem['role'], organogram: boolean): string {
  return organogram ? (role === 'main' ? 'senior' : 'junior') : '';
}

export function reportHeading(report: readonly ReportItem[]): string {
  const n = (s: ReportItem['severity']) => report.filter((r) => r.severity === s).length;
  const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  return `Validation report: ${plural(n('error'), 'error')}, ${plural(n('warning'), 'warning')}, ${plural(n('info'), 'note')}.`;
}

export function reportLines(report: readonly ReportItem[], organogram: boolean): string[] {
  const lines = [reportHeading(report)];
  for (const r of report) {
    const where = sourceLabel(r.role, organogram);
    lines.push(`  ${SEVERITY_LABEL[r.severity].padEnd(7)} ${where ? `${where}: ` : ''}${r.message}`);
  }
  return lines;
}

function describeSource(s: SourceInfo): string {
  return `${s.fileName}${s.sheet ? ` (worksheet "${s.sheet}")` : ''}: ${s.dataRows} row${s.dataRows === 1 ? '' : 's'}, ${s.encoding}`;
}

export function describeSummary(p: ImportPreview): string[] {
  const s = p.summary;
  const lines = [
    `Imported into "${p.targetName}"${p.replaces > 0 ? `, replacing its ${p.replaces} posts` : ''}, as ${s.format === 'organogram' ? 'a UK government organogram' : 'an HR export'}:`,
    ...s.sources.map((x) => `  ${describeSource(x)}`),
    `${s.posts} post${s.posts === 1 ? '' : 's'}${s.groupedPosts > 0 ? ` (${s.groupedPosts} of them grouped posts of junior staff)` : ''}, ${formatFte(s.fteE4 / 10_000)} FTE, ${s.vacant} vacant` +
      (s.postholders > 0 ? `, ${s.postholders} postholder${s.postholders === 1 ? '' : 's'}` : '') +
      '.',
  ];
  if (s.unplaced > 0) lines.push(`${s.unplaced} post${s.unplaced === 1 ? '' : 's'} could not be placed and ${s.unplaced === 1 ? 'is' : 'are'} under the "Unplaced" card.`);
  if (s.rowsNotImported > 0) lines.push(`${s.rowsNotImported} row${s.rowsNotImported === 1 ? '' : 's'} did not become posts (see the report).`);
  if (s.newGrades.length > 0) lines.push(`Grades added: ${s.newGrades.join(', ')}.`);
  if (p.matched.currentPosts > 0)
    lines.push(`Matched with the Current structure: ${p.matched.byRef} by post reference${p.matched.byGroup > 0 ? `, ${p.matched.byGroup} grouped posts by senior post, grade and title` : ''}.`);
  return lines;
}
