import { EventPattern } from '@nestjs/microservices';
import type { EventKey } from '@passerelle/shared/contracts';

/**
 * Marks a method as the handler of one event version. The key is checked against the event
 * catalogue at compile time; the handler receives the validated event and the inbox transaction
 * (`@Payload() event: EventOf<'X.v1'>, @Ctx() context: InboxContext`).
 */
export const OnEvent = (key: EventKey): MethodDecorator => EventPattern(key);

/** The extra a batch handler's patterns carry: one token per method, so its keys are grouped again. */
export const INBOX_BATCH = 'passerelle.inboxBatch';

/**
 * Opt-in (decision 0035): marks a method as the handler of these event versions applied per Kafka
 * batch. It receives a batch's new events of these keys (of one topic, in their partition's order,
 * those already applied left out) and the batch's one inbox transaction
 * (`@Payload() events: AnyEvent[], @Ctx() context: InboxBatchContext`); on a failed batch, each
 * event again on its own. See `BatchEventHandler`.
 */
export const OnEventBatch = (...keys: [EventKey, ...EventKey[]]): MethodDecorator =>
  EventPattern(keys, { [INBOX_BATCH]: Symbol(keys.join(',')) });
