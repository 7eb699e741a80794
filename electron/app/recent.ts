// The Open Recent list, kept as a small JSON file in the user's settings folder.
import fs from 'node:fs';
import path from 'node:path';
import type { RecentFile } from '../../shared/api/contract';

const LIMIT = 10;

export class RecentFiles {
  constructor(private readonly file: string | null) {}

  list(): RecentFile[] {
    if (!this.file) return [];
    try {
      const data = JSON.parse(fs.readFileSync(this.file, 'utf8')) as unknown;
      if (!Array.isArray(data)) return [];
      return data
        .filter((r): r is RecentFile => typeof r === 'object' && r !== null && typeof (r as RecentFile).path === 'string')
        .map((r) => ({ path: r.path, fileName: path.basename(r.path), openedAt: String(r.openedAt ?? '') }))
        .slice(0, LIMIT);
    } catch {
      // A missing or unreadable list is just an empty one.
      return [];
    }
  }

  add(filePath: string): RecentFile[] {
    const entry: RecentFile = { path: filePath, fileName: path.basename(filePath), openedAt: new Date().toISOString() };
    const list = [entry, ...this.list().filter((r) => r.path !== filePath)].slice(0, LIMIT);
    this.save(list);
    return list;
  }

  remove(filePath: string): void {
    this.save(this.list().filter((r) => r.path !== filePath));
  }

  clear(): void {
    this.save([]);
  }

  private save(list: RecentFile[]): void {
    if (!this.file) return;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const temp = `${this.file}.tmp`;
      fs.writeFileSync(temp, JSON.stringify(list, null, 2));
      fs.renameSync(temp, this.file);
    } catch {
      // The recent list is a convenience; failing to save it must never stop real work.
    }
  }
}
