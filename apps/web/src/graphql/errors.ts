/**
 * The code a GraphQL refusal carries (`extensions.code`: NOT_FOUND, DIAGNOSTIC_INCOMPLETE, ...), from
 * an Apollo error (a CombinedGraphQLErrors in Apollo Client 4) or a raw `{ errors }` answer.
 */
export function errorCode(failure: unknown): string | undefined {
  const errors = (failure as { errors?: readonly { extensions?: { code?: unknown } }[] } | null)?.errors;
  const code = errors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}
