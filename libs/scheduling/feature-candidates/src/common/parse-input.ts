import type { z } from 'zod';
import { DomainError } from '@passerelle/shared/graphql';

/** Validates an input; the error names each bad field (path within the input) so it can be fixed. */
export function parseInput<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.infer<TSchema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    field: issue.path.join('.'),
    message: issue.message,
  }));
  throw new DomainError('BAD_USER_INPUT', fields.map((f) => `${f.field}: ${f.message}`).join('; '), {
    fields,
  });
}
