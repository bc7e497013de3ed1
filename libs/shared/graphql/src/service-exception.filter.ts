import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { throwError, type Observable } from 'rxjs';

/**
 * One exception filter for the three ways into a service:
 * - Kafka event handlers (rpc): the error goes back to the inbox consumer as it is, so the event
 *   is retried and dead-lettered with its own message (Nest's default says "Internal server error");
 * - GraphQL: the error is handed to GraphQL, whose formatError maps domain errors to their code;
 * - HTTP routes: Nest's default handling.
 */
@Catch()
export class ServiceExceptionFilter extends BaseExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost): unknown | Observable<never> {
    switch (host.getType<'rpc' | 'graphql' | 'http' | 'ws'>()) {
      case 'rpc':
        return throwError(() => error);
      case 'graphql':
        return error;
      case 'http':
      case 'ws':
        return super.catch(error, host);
    }
  }
}
