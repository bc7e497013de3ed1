import pino, { type DestinationStream, type Logger } from 'pino';
import { currentContext } from './request-context';

/**
 * JSON logs with the correlation id of the current unit of work on every line, whichever
 * module writes them. Standard output unless a destination is given (a test reading the lines).
 */
export function createLogger(service: string, level = 'info', destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin() {
        const context = currentContext();
        return context ? { correlationId: context.correlationId, traceparent: context.traceparent } : {};
      },
    },
    destination,
  );
}
