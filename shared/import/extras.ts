// Who pays for a post and who employs it, read from a row: the employing organisation, funding
// sources with their shares (in one cell or one column per source) and the organisations a shared
// post's cost is split between. Names are matched with the document's or added to it.
import type { RowRecord } from './records';
import type { NameBook } from './named';
import { parseSplitCell, parseSplitColumns, type SplitResult } from './parts';
import { describePost } from './place';
import type { FieldKey, PlannedPost, ReportItem, SourceRole } from './types';

type Mapped = ReadonlySet<FieldKey>;

/** Different cell texts whose parts are kept. */
const CELLS_KEPT = 1_000;

export class Extras {
  readonly sources: NameBook;
  readonly organisations: NameBook;
  private readonly mapped: Mapped;
  private readonly fundingColumns: { key: FieldKey; name: string; percent: boolean }[];
  private readonly shareColumns: { key: FieldKey; name: string; percent: boolean }[];
  /** Cells read before, by their text: a file gives the same few funding splits row after row. */
  private readonly cells = new Map<string, SplitResult>();

  constructor(
    mapped: Mapped,
    books: { sources: NameBook; organisations: NameBook },
    private readonly report: ReportItem[],
    private readonly role: SourceRole,
    /** Part columns whose heading gives their values in per cent ("Council funding %"). */
    percent: ReadonlySet<FieldKey> = new Set(),
  ) {
    this.sources = books.sources;
    this.organisations = books.organisations;
    this.mapped = mapped;
    const parts = [...mapped].filter((k) => k.includes(':'));
    this.fundingColumns = parts.filter((k) => k.startsWith('funding:')).map((k) => ({ key: k, name: k.slice(8), percent: percent.has(k) }));
    this.shareColumns = parts.filter((k) => k.startsWith('costShare:')).map((k) => ({ key: k, name: k.slice(10), percent: percent.has(k) }));
  }

  /** The fields of a row that decide who pays, as one comparable text (rows of one post must agree on it). */
  signature(rec: RowRecord): string {
    const v = rec.values;
    return [v.organisation ?? '', v.funding ?? '', v.costShares ?? '', ...this.fundingColumns.map((c) => v[c.key] ?? ''), ...this.shareColumns.map((c) => v[c.key] ?? '')]
      .map((x) => x.trim().toLowerCase())
      .join('\u001f');
  }

  /** Sets the post's organisation, funding and cost shares from its row. */
  read(post: PlannedPost, rec: RowRecord): void {
    const v = rec.values;
    const row = rec.row;
    if (this.mapped.has('organisation')) {
      const name = (v.organisation ?? '').trim();
      if (name) post.organisation = this.organisations.resolve(name, row, this.role);
    }
    const funding = this.mapped.has('funding') ? this.splitCell(v.funding ?? '') : this.fundingColumns.length ? parseSplitColumns(this.fundingColumns.map((c) => ({ name: c.name, text: v[c.key] ?? '', percent: c.percent }))) : null;
    if (funding) {
      const shares = this.settle(funding, post, row, 'funding-unclear', 'funding', "the document's default funding");
      if (shares) post.funding = shares.map((s) => ({ source: this.sources.resolve(s.name, row, this.role), shareBp: s.shareBp }));
    }
    const split = this.mapped.has('costShares') ? this.splitCell(v.costShares ?? '') : this.shareColumns.length ? parseSplitColumns(this.shareColumns.map((c) => ({ name: c.name, text: v[c.key] ?? '', percent: c.percent }))) : null;
    if (split) {
      const shares = this.settle(split, post, row, 'cost-shares-unclear', 'cost shares', 'its employing organisation alone');
      // One organisation bearing all of it is not a shared post: it is the employer.
      if (shares && shares.length === 1 && post.organisation === null) post.organisation = this.organisations.resolve(shares[0]!.name, row, this.role);
      else if (shares && shares.length > 1) post.organisationShares = shares.map((s) => ({ organisation: this.organisations.resolve(s.name, row, this.role), shareBp: s.shareBp }));
    }
  }

  /** A cell's parts, read once for each text (up to CELLS_KEPT texts). Nothing changes what is read. */
  private splitCell(text: string): SplitResult {
    let r = this.cells.get(text);
    if (r === undefined) {
      r = parseSplitCell(text);
      if (this.cells.size < CELLS_KEPT) this.cells.set(text, r);
    }
    return r;
  }

  private settle(r: SplitResult, post: PlannedPost, row: number, code: 'funding-unclear' | 'cost-shares-unclear', what: string, fallback: string) {
    if (r.kind === 'none') return null;
    if (r.kind === 'unclear') {
      this.report.push({
        severity: 'warning',
        code,
        role: this.role,
        rows: [row],
        message: `Row ${row}: the ${what} of ${describePost(post)}, "${r.text}", could not be read (${r.why}), so it was left to ${fallback}.`,
      });
      return null;
    }
    if (r.parts.length > 20) {
      this.report.push({ severity: 'warning', code, role: this.role, rows: [row], message: `Row ${row}: the ${what} of ${describePost(post)} name more than 20 parts, so they were left to ${fallback}.` });
      return null;
    }
    if (r.note) this.report.push({ severity: 'warning', code, role: this.role, rows: [row], message: `Row ${row}: in the ${what} of ${describePost(post)}, ${r.note}.` });
    return r.parts;
  }
}
