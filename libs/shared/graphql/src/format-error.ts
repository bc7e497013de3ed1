import { Logger as NestLogger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { currentContext } from '@passerelle/shared/observability';
import { DomainError } from './domain-error';
import { QUERY_LIMIT_CODES } from './query-limits';

interface NestHttpError {
  status?: number;
  response?: { message?: string | string[] };
}

/**
 * Extensions that describe the servers, not the error: never sent to clients. `response` is how
 * Apollo Gateway reports a subgraph's HTTP refusal (its URL, status and body).
 */
const INTERNAL_EXTENSIONS = new Set(['stacktrace', 'exception', 'serviceName', 'response']);

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
};

const LIMIT_CODES = new Set<string>(QUERY_LIMIT_CODES);

/** Where masked errors are reported; a pino logger fits. */
export interface MaskedErrorLogger {
  error(details: Record<string, unknown>, message: string): void;
}

const MASKED = 'unexpected error, masked for the client';

/**
 * Subgraphs are built without the service's logger at hand; Nest's logger is that pino logger
 * (PinoNestLogger), which adds the correlation id itself. It takes text, so the id is written out.
 */
const nestMaskedErrorLogger: MaskedErrorLogger = {
  error({ err, path }, message) {
    const at = Array.isArray(path) ? `, at ${path.join('.')}` : '';
    const cause = err instanceof Error ? err : new Error(String(err));
    new NestLogger('GraphQL').error(
      `${message} (correlation ${currentContext()?.correlationId ?? 'none'}${at}): ${cause.message}`,
      cause.stack,
    );
  },
};

/**
 * Shapes every error a client sees: domain errors keep their code and message; Nest HTTP
 * exceptions map to standard codes; query limits keep theirs; anything unexpected becomes
 * INTERNAL_SERVER_ERROR without leaking its stack or SQL, and is logged whole with the
 * correlation id, so the person who reports "internal error" can be answered.
 */
export function graphQLErrorFormatter(logger: MaskedErrorLogger = nestMaskedErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
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
      return {
        message: formatted.message,
        path: formatted.path,
        extensions: { code: CODE_BY_STATUS[status] },
      };
    }
    const code = limitCodeOf(original) ?? formatted.extensions?.code;
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
    const subgraph = formatted.extensions?.serviceName;
    logger.error(
      {
        err: original instanceof Error ? original : new Error(formatted.message),
        path: formatted.path,
        ...(typeof subgraph === 'string' ? { subgraph } : {}),
      },
      MASKED,
    );
    return { message: 'internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** For subgraphs: masked errors go to Nest's logger. */
export const formatGraphQLError = graphQLErrorFormatter();

/** Apollo reports every validation failure as GRAPHQL_VALIDATION_FAILED; a limit's own code says more. */
function limitCodeOf(error: unknown): string | undefined {
  const code = error instanceof GraphQLError ? error.extensions['code'] : undefined;
  return typeof code === 'string' && LIMIT_CODES.has(code) ? code : undefined;
}
