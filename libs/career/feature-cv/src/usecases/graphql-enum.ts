import { z } from 'zod';

/** A GraphQL enum value (FEASIBLE_WITH_TRAINING) read as the domain's (feasible_with_training). */
export const graphQLEnumInput = <T extends readonly [string, ...string[]]>(values: T) =>
  z.string().transform((value, context) => {
    const lower = value.toLowerCase();
    if ((values as readonly string[]).includes(lower)) return lower as T[number];
    context.addIssue({
      code: 'custom',
      message: `must be one of ${values.map((v) => v.toUpperCase()).join(', ')}`,
    });
    return z.NEVER;
  });
