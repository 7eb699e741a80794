// A file read to inspect it, handed to the import that follows in the same process (the command
// line's), so that a large file is not read and parsed twice. Off unless the process turns it on:
// where imports run in a worker, the worker could not take the file and it would only hold memory.
import fs from 'node:fs';

let enabled = false;
let kept: { key: string; value: unknown } | null = null;

/** Lets this process hand the file it inspected last to the import of that file. */
export function handOverInspectedFiles(): void {
  enabled = true;
}

/** The file as it is now: another read of a file changed since would differ. */
function keyOf(file: string, sheet: string | undefined, role: string): string | null {
  try {
    const stat = fs.statSync(file);
    return JSON.stringify([file, sheet ?? null, role, stat.size, stat.mtimeMs]);
  } catch {
    return null;
  }
}

/** Keeps what was read of `file` for the import that may follow (replacing anything kept before). */
export function keepInspected<T>(file: string, sheet: string | undefined, role: string, value: T): void {
  if (!enabled) return;
  const key = keyOf(file, sheet, role);
  kept = key === null ? null : { key, value };
}

/** What was kept of `file`, once, if the file has not changed since; null otherwise. */
export function takeInspected<T>(file: string, sheet: string | undefined, role: string): T | null {
  const k = kept;
  kept = null;
  return k !== null && k.key === keyOf(file, sheet, role) ? (k.value as T) : null;
}
