// Typed errors every API method can answer with. The code is for programs; the message is for
// people and says what happened, what was kept and what to do next.

export const ERROR_CODES = [
  'invalid-argument',
  'no-document',
  'not-found',
  'cycle',
  'conflict',
  'file-not-found',
  'file-not-database',
  'file-not-establish',
  'file-newer-version',
  'file-older-version',
  'file-corrupt',
  'file-read-only',
  'file-in-use',
  'file-exists',
  'io',
  'cancelled',
  'unsupported',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes that are about a file rather than an edit: they deserve a dialog naming the file, not a passing note. */
export const FILE_ERROR_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'file-not-found',
  'file-not-database',
  'file-not-establish',
  'file-newer-version',
  'file-older-version',
  'file-corrupt',
  'file-read-only',
  'file-in-use',
  'file-exists',
  'io',
]);

export interface ApiErrorData {
  code: ErrorCode;
  message: string;
  /** Extra facts for programs (field paths, file versions...). */
  details?: Record<string, unknown>;
}

export class ApiError extends Error implements ApiErrorData {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    if (details) this.details = details;
  }

  toData(): ApiErrorData {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }

  static from(data: ApiErrorData): ApiError {
    return new ApiError(data.code, data.message, data.details);
  }
}

export function isApiErrorData(value: unknown): value is ApiErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { code?: unknown; message?: unknown };
  return (
    typeof v.message === 'string' &&
    typeof v.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(v.code)
  );
}

/** What every transport carries back: a value, or a typed error. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };
