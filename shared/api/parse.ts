// Checks a method's argument against its schema and turns zod's issues into one plain sentence.
import type { z } from 'zod';
import { contract, type MethodName, type ParsedInputOf } from './contract';
import { ApiError } from './errors';
import { schemas } from './schemas';

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the argument';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${describePath(i.path)}: ${i.message}`)
    .join('; ');
}

export function parseInput<M extends MethodName>(method: M, arg: unknown): ParsedInputOf<M> {
  const schema = contract[method].schemaOf(schemas) as z.ZodType;
  const result = schema.safeParse(arg ?? {});
  if (!result.success) {
    throw new ApiError('invalid-argument', `${method} was refused: ${describeIssues(result.error.issues)}.`, {
      method,
      issues: result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
    });
  }
  return result.data as ParsedInputOf<M>;
}
