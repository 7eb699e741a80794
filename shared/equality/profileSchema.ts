// The zod schemas of the equality characteristics a document records and of a person's answers
// (./profile), which the API checks a change against. Reading them back from a document does the
// same checks without zod (readEqualityCharacteristics, readEqualityProfile).
import { z } from 'zod';
import { NOT_RECORDED } from './profile';

const label = (what: string, max: number) => z.string().trim().min(1, `${what} must not be empty`).max(max, `${what} must be at most ${max} characters`);

export const equalityCharacteristicsSchema = z
  .array(
    z
      .object({
        id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'a characteristic id is lower-case letters, digits and dashes'),
        name: label('A characteristic', 60),
        categories: z
          .array(label('A category', 80))
          .min(1, 'a characteristic needs at least one category')
          .max(30, 'a characteristic has at most 30 categories')
          .refine((c) => new Set(c.map((x) => x.toLowerCase())).size === c.length, { message: 'a category appears twice' })
          .refine((c) => !c.some((x) => x.toLowerCase() === NOT_RECORDED.toLowerCase()), { message: `"${NOT_RECORDED}" is kept for people with no answer` }),
      })
      .strict(),
  )
  .max(20, 'at most 20 characteristics')
  .refine((cs) => new Set(cs.map((c) => c.id)).size === cs.length, { message: 'a characteristic appears twice' })
  .refine((cs) => new Set(cs.map((c) => c.name.toLowerCase())).size === cs.length, { message: 'two characteristics have the same name' });

export const equalityProfileSchema = z.record(z.string().max(40), z.string().max(80)).refine((r) => Object.keys(r).length <= 20, { message: 'at most 20 answers' });

