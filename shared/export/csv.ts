// A schedule as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads £ and accents), CRLF
// line ends, and text that a spreadsheet would take for a formula made inert.
import { cellKind, type Cell, type ColumnKind, type Table } from './table';

/** Text cells a spreadsheet could run as a formula (or a DDE command) get a leading apostrophe. */
export function escapeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) || /^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Numbers are written as plain numbers (money in pounds to the penny); only text can carry a formula. */
export function csvField(cell: Cell, kind: ColumnKind): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (kind === 'money') return (Math.round(cell) / 100).toFixed(2);
    if (kind === 'fte') return String(Math.round(cell * 10_000) / 10_000);
    return String(cell);
  }
  return quote(escapeFormula(cell));
}

export function tableToCsv(table: Table): string {
  const header = table.columns.map((c) => quote(escapeFormula(c.group ? `${c.group}: ${c.header}` : c.header)));
  const lines = [header.join(',')];
  for (const r of table.rows) {
    if (r.kind === 'section') {
      // A heading over the rows after it: its words in the first column, the rest left empty.
      lines.push([quote(escapeFormula(String(r.cells[0] ?? ''))), ...Array(table.columns.length - 1).fill('')].join(','));
      continue;
    }
    lines.push(table.columns.map((_c, i) => csvField(r.cells[i] ?? null, cellKind(table, r, i))).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
