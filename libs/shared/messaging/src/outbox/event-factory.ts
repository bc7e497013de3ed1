import {
  EVENT_CATALOGUE,
  parseEvent,
  type EventKey,
  type EventOf,
  type EventPayload,
} from '@passerelle/shared/contracts';
import { currentContext, newCorrelationId } from '@passerelle/shared/observability';
import { uuidV7 } from './uuid-v7';

/**
 * Builds a validated envelope for one event. Correlation and causation come from the current
 * request or consumed event, so a whole business flow shares one correlation id.
 */
export function createEvent<K extends EventKey>(
  key: K,
  aggregateId: string,
  payload: EventPayload<K>,
  occurredAt: Date = new Date(),
): EventOf<K> {
  const definition = EVENT_CATALOGUE[key];
  const context = currentContext();
  const envelope = {
    eventId: uuidV7(occurredAt.getTime()),
    type: definition.type,
    version: definition.version,
    occurredAt: occurredAt.toISOString(),
    producer: definition.producer,
    aggregateId,
    correlationId: context?.correlationId ?? newCorrelationId(),
    causationId: context?.causationId ?? null,
    payload,
  };
  // Producers validate too: a bad event is refused before it is committed, not by its consumers.
  return parseEvent(envelope) as EventOf<K>;
}
