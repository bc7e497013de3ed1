type ErrorLike = { message: string; extensions?: { readonly [key: string]: unknown } };
type Answered<E> = { errors?: readonly E[] | undefined; data?: unknown };

/**
 * Asserts that an answer (or its body) was refused with `code` in the first error's
 * `extensions.code`, and that the message contains `messagePart` when given; returns that error
 * for further checks. A refusal is proved by its code, never by an absent or empty result, which
 * any error (a typo in the query, a crash) would give as well.
 */
export function expectGraphQLError<E extends ErrorLike>(
  answer: Answered<E> | { status: number; body: Answered<E> },
  code: string,
  messagePart?: string,
): E {
  const body = 'body' in answer ? answer.body : answer;
  const first = body.errors?.[0];
  const seen = () => JSON.stringify(body, null, 2);
  if (!first) throw new Error(`expected GraphQL error ${code}, got no error: ${seen()}`);
  if (first.extensions?.['code'] !== code)
    throw new Error(`expected GraphQL error ${code}, got ${String(first.extensions?.['code'])}: ${seen()}`);
  if (messagePart !== undefined && !first.message.includes(messagePart))
    throw new Error(`expected GraphQL error ${code} saying "${messagePart}", got: ${seen()}`);
  return first;
}
