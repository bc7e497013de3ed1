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

/**
 * An optional GraphQL input field: a client may leave it out or send null, and the command reads
 * null either way.
 */
export function absentAsNull<TSchema extends z.ZodType>(schema: TSchema) {
  return schema.nullish().transform((value): z.output<TSchema> | null => value ?? null);
}

/** An optional list input: left out or null, the command reads an empty list. */
export function absentAsEmpty<TItem extends z.ZodType>(list: z.ZodArray<TItem>) {
  return list.nullish().transform((value): z.output<TItem>[] => value ?? []);
}
