/**
 * An error a person can act on. Each feature declares its codes in one enum; the code travels to
 * the client as GraphQL `extensions.code` and the message as written.
 */
export class DomainError<TCode extends string = string> extends Error {
  constructor(
    readonly code: TCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
