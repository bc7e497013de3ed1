import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';

/** A request body the gateway refuses before reading it as GraphQL, as the client is told. */
export interface BodyRefusal {
  status: number;
  code: string;
  message: string;
}

/**
 * What body-parser's error means for the client: a body over the limit (413), JSON that does not
 * parse (400), a charset or an encoding it cannot read (415); null for anything else.
 */
export function bodyRefusalOf(error: unknown): BodyRefusal | null {
  const { type, limit } = (error ?? {}) as { type?: unknown; limit?: unknown };
  switch (type) {
    case 'entity.too.large':
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: `the request body is larger than the limit${typeof limit === 'number' ? ` (${limit} bytes)` : ''}`,
      };
    case 'entity.parse.failed':
      return { status: 400, code: 'BAD_REQUEST', message: 'the request body is not valid JSON' };
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return {
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'the request body encoding is not supported',
      };
    default:
      return null;
  }
}

/**
 * Answers body-parser's refusals as GraphQL errors with a code, like the gateway's other limits,
 * and logs them as the client's doing (warn), not the gateway's: a client sending oversize bodies
 * must not fill the error log. Any other error goes on to the default handler.
 */
export function bodyErrorsMiddleware(logger: Logger): ErrorRequestHandler {
  return (error, request, response, next) => {
    const refusal = bodyRefusalOf(error);
    if (!refusal) {
      next(error);
      return;
    }
    logger.warn({ path: request.path, status: refusal.status, code: refusal.code }, 'request body refused');
    response
      .status(refusal.status)
      .json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
  };
}
