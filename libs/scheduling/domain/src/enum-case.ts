import { z } from 'zod';

/**
 * GraphQL enums are UPPER_CASE; the vocabulary and the tables use lower_case. The input schema of
 * an enum argument: its value lower-cased, checked against the domain's list. The way out is
 * `toGraphQLEnum` (shared/graphql), typed against the generated schema types.
 */
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
