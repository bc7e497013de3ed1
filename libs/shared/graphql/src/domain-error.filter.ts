import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { throwError, type Observable } from 'rxjs';
import { DomainError } from './domain-error';

/**
 * A domain error is an answer to the caller (bad input, conflict, not allowed), not a fault of
 * the service: hand it to GraphQL as it is, without Nest logging it as an unexpected exception.
 * In a Kafka event handler it stays a failure, so the event is retried and dead-lettered.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | Observable<never> {
    return host.getType() === 'rpc' ? throwError(() => error) : error;
  }
}
