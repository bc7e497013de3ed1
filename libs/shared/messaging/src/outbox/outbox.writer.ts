import type { EntityManager } from 'typeorm';
import { EVENT_CATALOGUE, type AnyEvent, type EventKey } from '@passerelle/shared/contracts';
import { currentContext } from '@passerelle/shared/observability';
import { eventHeaders } from '../kafka/event-codec';

// PostgreSQL accepts at most 65,535 bind parameters per statement; 6 per row.
const ROWS_PER_INSERT = 5000;

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

  async append(manager: EntityManager, events: readonly AnyEvent[]): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.append must run inside the transaction of the change it announces');
    }
    const traceparent = currentContext()?.traceparent ?? null;
    for (let start = 0; start < events.length; start += ROWS_PER_INSERT) {
      const chunk = events.slice(start, start + ROWS_PER_INSERT);
      const values: unknown[] = [];
      const rows = chunk.map((event, index) => {
        const key = `${event.type}.v${event.version}` as EventKey;
        values.push(
          event.eventId,
          this.route(key),
          event.aggregateId,
          key,
          JSON.stringify(eventHeaders(event, traceparent)),
          JSON.stringify(event),
        );
        const p = index * 6;
        return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}::jsonb, $${p + 6}::jsonb)`;
      });
      await manager.query(
        `INSERT INTO outbox_message (id, topic, message_key, event_type, headers, envelope) VALUES ${rows.join(', ')}`,
        values,
      );
    }
  }
}
