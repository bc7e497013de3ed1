import type { z } from 'zod';
import { ImportError, ImportErrorCode } from './import.error';

/** Validates a command's input; the error names each bad field so the caller can fix it. */
export function parseCommand<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.infer<TSchema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    field: issue.path.join('.'),
    message: issue.message,
  }));
  throw new ImportError(
    ImportErrorCode.InvalidInput,
    fields.map((f) => `${f.field}: ${f.message}`).join('; '),
    {
      fields,
    },
  );
}
