// Reading stored values (a document's settings, as JSON) without zod: small checks that give what a
// zod schema's parse gives, so that opening a document to read it does not load zod.

/** A value read: `{ v }` when it passes (v as parsed, trimmed say), undefined when it does not. */
export type Reader<T> = (value: unknown) => { v: T } | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A strict object of exactly these keys, each read by its reader, as a strict zod object parses it:
 * any other key (one named __proto__ too) is refused, and every key must be present unless its
 * reader takes undefined.
 */
export function readRecord(value: unknown, fields: Record<string, Reader<unknown>>): { v: Record<string, unknown> } | undefined {
  if (!isObject(value)) return undefined;
  for (const key in value) if (!Object.prototype.hasOwnProperty.call(fields, key)) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    const r = fields[key]!(value[key]);
    if (!r) return undefined;
    out[key] = r.v;
  }
  return { v: out };
}
