import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from './domain-error';

/**
 * A domain error is an answer to the caller (bad input, conflict, not allowed), not a fault of
 * the service: hand it to GraphQL as it is, without Nest logging it as an unexpected exception.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
