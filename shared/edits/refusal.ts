// Why an edit cannot be made. The rules of shared/edits answer with a refusal rather than throwing,
// so the chart's drop preview and the inspector can show the reason before anything is sent; the
// store turns a refusal into the API's typed error.
import type { ErrorCode } from '../api/errors';

export interface Refusal {
  code: Extract<ErrorCode, 'invalid-argument' | 'not-found' | 'cycle' | 'conflict'>;
  message: string;
  /** Facts for programs: the ids involved. */
  details?: Record<string, unknown>;
}

/** A value, or the reason there is none. */
export type Checked<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

export function refuse(code: Refusal['code'], message: string, details?: Record<string, unknown>): Refusal {
  return details ? { code, message, details } : { code, message };
}

export function accepted<T>(value: T): Checked<T> {
  return { ok: true, value };
}

export function refused<T>(refusal: Refusal): Checked<T> {
  return { ok: false, refusal };
}

/** A post's title as an edit's messages and undo labels name it, shortened when long. */
export function quote(title: string): string {
  return `"${title.length > 60 ? title.slice(0, 57) + '...' : title}"`;
}
