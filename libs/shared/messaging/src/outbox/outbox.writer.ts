import type { EntityManager } from 'typeorm';
import {
  EVENT_CATALOGUE,
  type AnyEvent,
  type EventKey,
  type EventPayload,
} from '@passerelle/shared/contracts';
import { currentContext } from '@passerelle/shared/observability';
import { eventHeaders } from '../kafka/event-codec';
import { createEvent } from './event-factory';

/** Where an event version is published; the catalogue's topic unless told otherwise. */
export type TopicRoute = (key: EventKey) => string;

const catalogueRoute: TopicRoute = (key) => EVENT_CATALOGUE[key].topic;

/**
 * Appends events to the outbox inside the caller's transaction: they are published if and only if
 * the change they announce commits.
 */
export class OutboxWriter {
  /** `route` exists for benchmarks and isolated environments; services use the catalogue's topics. */
  constructor(private readonly route: TopicRoute = catalogueRoute) {}

  /** One event, the common case: `createEvent` and `append` in one call. */
  emit<K extends EventKey>(
    manager: EntityManager,
    key: K,
    aggregateId: string,
    payload: EventPayload<K>,
  ): Promise<void> {
    return this.append(manager, [createEvent(key, aggregateId, payload) as AnyEvent]);
  }

  async append(manager: EntityManager, events: readonly AnyEvent[]): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.append must run inside the transaction of the change it announces');
    }
    if (events.length === 0) return;
    const rows = outboxRows(events, this.route);
    // One statement for the whole batch, columns as arrays: no per-row bind parameters.
    await manager.query(
      `INSERT INTO outbox_message (id, topic, message_key, event_type, headers, envelope)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::jsonb[])`,
      rows,
    );
  }
}

/**
 * The outbox columns of a batch of events, as the six arrays of `OutboxWriter.append`'s unnest
 * insert (id, topic, message_key, event_type, headers, envelope). For a producer that writes its
 * change and its events in one statement (a data-modifying CTE is one transaction too).
 */
export function outboxRows(
  events: readonly AnyEvent[],
  route: TopicRoute = catalogueRoute,
): [string[], string[], string[], string[], string[], string[]] {
  const traceparent = currentContext()?.traceparent ?? null;
  const keys = events.map((event) => `${event.type}.v${event.version}` as EventKey);
  return [
    events.map((event) => event.eventId),
    keys.map((key) => route(key)),
    events.map((event) => event.aggregateId),
    keys,
    events.map((event) => JSON.stringify(eventHeaders(event, traceparent))),
    events.map((event) => JSON.stringify(event)),
  ];
}
