import { EventPattern } from '@nestjs/microservices';
import type { EventKey } from '@passerelle/shared/contracts';

/**
 * Marks a method as the handler of one event version. The key is checked against the event
 * catalogue at compile time; the handler receives the validated event and the inbox transaction
 * (`@Payload() event: EventOf<'X.v1'>, @Ctx() context: InboxContext`).
 */
export const OnEvent = (key: EventKey): MethodDecorator => EventPattern(key);
