// Lengths the API refuses beyond, shared by its zod schemas and the quick checks that read
// arguments without zod, so the two always agree.

/** The longest id a document or an argument may carry. */
export const MAX_ID_LENGTH = 64;

/** The longest file path an argument may carry. */
export const MAX_PATH_LENGTH = 4096;
