// A CSV reader (RFC 4180, as Excel writes it) that reads a given number of rows at a time, so a
// large file can be read in slices that leave the event loop free between them.

export type Delimiter = ',' | ';' | '\t';

/** The delimiter of the first line: the one of comma, semicolon and tab that occurs most outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 65_536; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  return counts[';'] > counts[','] && counts[';'] >= counts['\t'] ? ';' : counts['\t'] > counts[','] ? '\t' : ',';
}

export class CsvReader {
  private pos = 0;
  private rowNumber = 0;
  readonly delimiter: Delimiter;
  /** Row number (1 for the first) of a quoted field left open at the end of the file, if any. */
  unterminatedAt: number | null = null;

  constructor(private readonly text: string, delimiter?: Delimiter) {
    this.delimiter = delimiter ?? detectDelimiter(text);
  }

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  /** How far through the text the reader is, 0 to 1. */
  get progress(): number {
    return this.text.length === 0 ? 1 : this.pos / this.text.length;
  }

  /** Reads up to `max` rows. */
  read(max: number): string[][] {
    const out: string[][] = [];
    const text = this.text;
    const n = text.length;
    const d = this.delimiter;
    while (out.length < max && this.pos < n) {
      this.rowNumber++;
      const row: string[] = [];
      let field = '';
      let i = this.pos;
      let ended = false;
      while (!ended) {
        if (i >= n) {
          row.push(field);
          break;
        }
        const c = text[i]!;
        if (c === '"' && field === '') {
          // A quoted field: runs to the next quote not doubled.
          i++;
          let start = i;
          let value = '';
          for (;;) {
            const q = text.indexOf('"', i);
            if (q < 0) {
              value += text.slice(start);
              i = n;
              this.unterminatedAt ??= this.rowNumber;
              break;
            }
            if (text[q + 1] === '"') {
              value += text.slice(start, q + 1);
              i = q + 2;
              start = i;
              continue;
            }
            value += text.slice(start, q);
            i = q + 1;
            break;
          }
          field = value;
          // Anything between the closing quote and the delimiter is kept, as spreadsheet programs do.
          while (i < n && text[i] !== d && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
          continue;
        }
        if (c === d) {
          row.push(field);
          field = '';
          i++;
          continue;
        }
        if (c === '\n' || c === '\r') {
          row.push(field);
          i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
          ended = true;
          continue;
        }
        // An unquoted run up to the next delimiter or line end.
        let j = i;
        while (j < n) {
          const x = text[j]!;
          if (x === d || x === '\n' || x === '\r') break;
          j++;
        }
        field += text.slice(i, j);
        i = j;
      }
      this.pos = i;
      out.push(row);
    }
    return out;
  }
}

/** Reads the whole text at once (small files and tests). */
export function parseCsv(text: string, delimiter?: Delimiter): string[][] {
  const r = new CsvReader(text, delimiter);
  const rows: string[][] = [];
  while (!r.done) rows.push(...r.read(10_000));
  return rows;
}
