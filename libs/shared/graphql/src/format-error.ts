import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error';

interface NestHttpError {
  status?: number;
  response?: { message?: string | string[] };
}

/** Extensions that describe the server, not the error: never sent to clients. */
const INTERNAL_EXTENSIONS = new Set(['stacktrace', 'exception', 'serviceName']);

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
};

/**
 * Shapes every error a client sees: domain errors keep their code and message; Nest HTTP
 * exceptions map to standard codes; anything unexpected becomes INTERNAL_SERVER_ERROR without
 * leaking its stack or SQL.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (original instanceof DomainError) {
    return {
      ...formatted,
      message: original.message,
      extensions: { code: original.code, ...original.details },
    };
  }
  const status = (original as NestHttpError)?.status;
  if (status && CODE_BY_STATUS[status]) {
    return { message: formatted.message, path: formatted.path, extensions: { code: CODE_BY_STATUS[status] } };
  }
  const code = formatted.extensions?.code;
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    // A subgraph's domain error reaches the gateway as a coded error: its details (e.g. the next
    // free slots of SLOT_TAKEN) were already shaped for clients there; internals are left out.
    const details = Object.fromEntries(
      Object.entries(formatted.extensions ?? {}).filter(([key]) => !INTERNAL_EXTENSIONS.has(key)),
    );
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...details, code },
    };
  }
  return { message: 'internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
