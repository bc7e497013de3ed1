import { Catch, type ExceptionFilter } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';

/**
 * Nest's default microservice filter turns any error into "Internal server error"; an event
 * handler's failure must keep its own message, which goes into the dead letter's reason.
 */
@Catch()
export class EventHandlerErrorFilter implements ExceptionFilter {
  catch(error: unknown): Observable<never> {
    return throwError(() => error);
  }
}
