import type { z } from 'zod';
import { DomainError, parseInput as sharedParseInput } from '@passerelle/shared/graphql';

/** Validates an input; the error names each bad field (path within the input) so it can be fixed. */
export function parseInput<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.infer<TSchema> {
  return sharedParseInput(
    schema,
    input,
    (message, fields) => new DomainError('BAD_USER_INPUT', message, { fields }),
  );
}
