import { Logger as NestLogger, type LoggerService } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Writable } from 'node:stream';
import { createLogger, runWithContext } from '@passerelle/shared/observability';
import { DomainError } from './domain-error';
import { formatGraphQLError, graphQLErrorFormatter } from './format-error';

/** A pino logger whose JSON lines land in an array, as they would on stdout. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger('test', 'info', sink), lines };
}

const inRequest = <T>(correlationId: string, work: () => T): T =>
  runWithContext({ correlationId, causationId: null, traceparent: null }, work);

/** What a resolver's unexpected failure looks like to formatError: PostgreSQL refusing a bad uuid. */
const databaseFailure = () => {
  const cause = new Error('invalid input syntax for type uuid: "x"');
  const error = new GraphQLError(cause.message, { path: ['candidate'], originalError: cause });
  const formatted: GraphQLFormattedError = {
    message: cause.message,
    path: ['candidate'],
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['QueryFailedError: ...'] },
  };
  return { error, formatted };
};

describe('graphQLErrorFormatter', () => {
  it('masks an unexpected error for the client and logs it with the correlation id', () => {
    const { logger, lines } = capturedLogger();
    const { error, formatted } = databaseFailure();
    const answer = inRequest('corr-18a', () => graphQLErrorFormatter(logger)(formatted, error));
    expect(answer).toEqual({
      message: 'internal error',
      path: ['candidate'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(lines).toEqual([
      expect.objectContaining({
        level: 50,
        service: 'test',
        correlationId: 'corr-18a',
        path: ['candidate'],
        msg: 'unexpected error, masked for the client',
        err: expect.objectContaining({ message: 'invalid input syntax for type uuid: "x"' }),
      }),
    ]);
  });

  it("logs a subgraph's masked error at the gateway, naming the subgraph", () => {
    const { logger, lines } = capturedLogger();
    const fromSubgraph = new GraphQLError('internal error', {
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'intake' },
    });
    const formatted = { message: 'internal error', extensions: fromSubgraph.extensions };
    inRequest('corr-gw', () => graphQLErrorFormatter(logger)(formatted, fromSubgraph));
    expect(lines).toEqual([
      expect.objectContaining({ level: 50, correlationId: 'corr-gw', subgraph: 'intake' }),
    ]);
  });

  it('passes coded errors on without logging, minus what describes the servers', () => {
    const { logger, lines } = capturedLogger();
    const refused = new GraphQLError('401: Unauthorized', {
      extensions: {
        code: 'UNAUTHENTICATED',
        serviceName: 'intake',
        response: { url: 'http://intake:4001/graphql', status: 401, body: { error: 'unauthenticated' } },
      },
    });
    const formatted = { message: refused.message, path: ['candidate'], extensions: refused.extensions };
    expect(graphQLErrorFormatter(logger)(formatted, refused)).toEqual({
      message: '401: Unauthorized',
      path: ['candidate'],
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const domain = new DomainError('SLOT_TAKEN', 'the slot is taken', { nextFree: ['10:00'] });
    expect(graphQLErrorFormatter(logger)({ message: 'x', extensions: {} }, domain)).toEqual({
      message: 'the slot is taken',
      extensions: { code: 'SLOT_TAKEN', nextFree: ['10:00'] },
    });
    expect(lines).toEqual([]);
  });

  it("shows a query limit's own code instead of Apollo's generic validation code", () => {
    const { logger } = capturedLogger();
    const limit = new GraphQLError('anonymous operation uses 5000 aliases; the limit is 30', {
      extensions: { code: 'TOO_MANY_ALIASES' },
    });
    const formatted = { message: limit.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(graphQLErrorFormatter(logger)(formatted, limit)).toEqual({
      message: 'anonymous operation uses 5000 aliases; the limit is 30',
      extensions: { code: 'TOO_MANY_ALIASES' },
    });
  });

  it("logs through Nest's logger by default, which each service points at its own pino", () => {
    const logged: string[] = [];
    const nest: LoggerService = {
      log: () => undefined,
      warn: () => undefined,
      error: (message: unknown, stack?: unknown) => void logged.push(`${String(message)} | ${String(stack)}`),
    };
    NestLogger.overrideLogger(nest);
    try {
      const { error, formatted } = databaseFailure();
      inRequest('corr-nest', () => formatGraphQLError(formatted, error));
    } finally {
      NestLogger.overrideLogger(false);
    }
    expect(logged).toEqual([
      expect.stringMatching(
        /^unexpected error, masked for the client \(correlation corr-nest, at candidate\): invalid input syntax for type uuid: "x" \| Error: invalid input/,
      ),
    ]);
  });
});
