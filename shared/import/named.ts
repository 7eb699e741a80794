// Funding sources and organisations an import names: found in the document by name (case and
// spacing aside), or added to it, each remembered with the first row that named it.
import type { PlannedNamed, ReportItem, SourceRole } from './types';
import { norm } from './values';

/** Names are kept within the length the document allows for them. */
export const MAX_NAME = 200;

export class NameBook {
  readonly items: PlannedNamed[] = [];
  private readonly byName = new Map<string, PlannedNamed>();
  private readonly existing = new Map<string, { id: string; name: string }>();
  private readonly first = new Map<number, { role: SourceRole; row: number }>();

  constructor(existing: readonly { id: string; name: string }[]) {
    for (const e of existing) if (!this.existing.has(norm(e.name))) this.existing.set(norm(e.name), e);
  }

  /** The plan's key for the source or organisation with this name, adding it on first use. */
  resolve(name: string, row: number, role: SourceRole): number {
    const clean = name.trim().replace(/\s+/g, ' ').slice(0, MAX_NAME);
    const k = norm(clean);
    let item = this.byName.get(k);
    if (!item) {
      const e = this.existing.get(k);
      item = { key: this.items.length, name: e ? e.name : clean, existingId: e?.id ?? null };
      this.items.push(item);
      this.byName.set(k, item);
      this.first.set(item.key, { role, row });
    }
    return item.key;
  }

  /** A line of the report for each name the document did not have. */
  added(code: 'funding-source-added' | 'organisation-added', describe: (name: string) => string): ReportItem[] {
    return this.items
      .filter((i) => i.existingId === null)
      .map((i) => {
        const at = this.first.get(i.key)!;
        return { severity: 'info' as const, code, role: at.role, rows: [at.row], message: `${describe(i.name)} (first on row ${at.row}).` };
      });
  }
}
