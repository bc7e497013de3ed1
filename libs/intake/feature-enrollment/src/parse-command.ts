import type { z } from 'zod';
import { parseInput } from '@passerelle/shared/graphql';
import { EnrollmentError, EnrollmentErrorCode } from './enrollment.error';

/** Validates a command's input; the error names each bad field so the caller can fix it. */
export function parseCommand<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.infer<TSchema> {
  return parseInput(
    schema,
    input,
    (message, fields) => new EnrollmentError(EnrollmentErrorCode.InvalidInput, message, { fields }),
  );
}
