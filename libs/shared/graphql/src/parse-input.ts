import type { z } from 'zod';
import { DomainError } from './domain-error';

export interface FieldIssue {
  field: string;
  message: string;
}

/**
 * Validates a command's input; the error names each bad field so the caller can fix it. Each
 * feature passes its own error factory so the code stays in its enum.
 */
export function parseInput<TSchema extends z.ZodType>(
  schema: TSchema,
  input: unknown,
  fail: (message: string, fields: FieldIssue[]) => DomainError,
): z.infer<TSchema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    field: issue.path.join('.'),
    message: issue.message,
  }));
  throw fail(fields.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message)).join('; '), fields);
}
