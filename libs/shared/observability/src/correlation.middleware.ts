import type { NextFunction, Request, Response } from 'express';
import { HEADERS } from '@passerelle/shared/contracts';
import { newCorrelationId, newTraceparent, runWithContext } from './request-context';

/**
 * Runs each HTTP request inside a request context: the caller's correlation id and traceparent
 * when it sent them (the gateway does), fresh ones otherwise; echoed back in the response.
 */
export function correlationMiddleware(request: Request, response: Response, next: NextFunction): void {
  const correlationId = request.header(HEADERS.correlationId) || newCorrelationId();
  const traceparent = request.header(HEADERS.traceparent) || newTraceparent();
  response.setHeader(HEADERS.correlationId, correlationId);
  runWithContext({ correlationId, causationId: null, traceparent }, next);
}
