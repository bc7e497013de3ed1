import type { IHeaders, KafkaMessage } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import { headerValue } from '../kafka/event-codec';

/** A held event as it came from Kafka, with its place in the key's queue. */
export interface HeldEvent {
  position: string;
  eventId: string;
  message: KafkaMessage;
}

/** The Kafka message key as text: a person's or an aggregate's id; none for an unkeyed message. */
export function messageKeyOf(message: KafkaMessage): string | undefined {
  return message.key && message.key.length > 0 ? message.key.toString('utf8') : undefined;
}

/**
 * The parked keys of one consumer (a service's consumer of a topic) and their held events
 * (decision 0042), in the service's messaging tables. Reads and writes go through the caller's
 * transaction, except `park`, which follows a dead letter on its own.
 */
export class KeyParking {
  constructor(
    private readonly consumer: string,
    private readonly topic: string,
  ) {}

  /**
   * The parked keys among these, with the event each waits for. The rows are locked until the
   * transaction ends, so a key is never released while an event of it is being held.
   */
  async lockParked(manager: EntityManager, keys: string[]): Promise<Map<string, string>> {
    if (keys.length === 0) return new Map();
    const rows: { message_key: string; event_id: string }[] = await manager.query(
      `SELECT message_key, event_id FROM inbox_parked_key
        WHERE consumer = $1 AND topic = $2 AND message_key = ANY($3::text[])
        ORDER BY message_key FOR UPDATE`,
      [this.consumer, this.topic, [...new Set(keys)]],
    );
    return new Map(rows.map((row) => [row.message_key, row.event_id]));
  }

  /** Parks the key behind this dead-lettered event; false if it was parked already (behind any). */
  async park(dataSource: DataSource, key: string, eventId: string): Promise<boolean> {
    const rows: unknown[] = await dataSource.query(
      `INSERT INTO inbox_parked_key (consumer, topic, message_key, event_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [this.consumer, this.topic, key, eventId],
    );
    return rows.length > 0;
  }

  /** The key now waits for another event (one of its held events failed when released). */
  async repark(manager: EntityManager, key: string, eventId: string): Promise<void> {
    await manager.query(
      `UPDATE inbox_parked_key SET event_id = $4, parked_at = now()
        WHERE consumer = $1 AND topic = $2 AND message_key = $3`,
      [this.consumer, this.topic, key, eventId],
    );
  }

  async unpark(manager: EntityManager, key: string): Promise<void> {
    await manager.query(
      `DELETE FROM inbox_parked_key WHERE consumer = $1 AND topic = $2 AND message_key = $3`,
      [this.consumer, this.topic, key],
    );
  }

  /** How many events each of these keys holds. */
  async heldCounts(manager: EntityManager, keys: string[]): Promise<Map<string, number>> {
    const rows: { message_key: string; held: number }[] = await manager.query(
      `SELECT message_key, count(*)::int AS held FROM inbox_held_event
        WHERE consumer = $1 AND topic = $2 AND message_key = ANY($3::text[]) GROUP BY message_key`,
      [this.consumer, this.topic, [...new Set(keys)]],
    );
    return new Map(rows.map((row) => [row.message_key, row.held]));
  }

  /** Holds these events in their order; one already held (a redelivery) is not held twice. */
  async hold(
    manager: EntityManager,
    events: { key: string; eventId: string; message: KafkaMessage }[],
  ): Promise<void> {
    if (events.length === 0) return;
    await manager.query(
      `INSERT INTO inbox_held_event (consumer, topic, message_key, event_id, message_offset, headers, value)
       SELECT $1, $2, held.message_key, held.event_id, held.message_offset, held.headers, held.value
         FROM unnest($3::text[], $4::uuid[], $5::text[], $6::jsonb[], $7::text[])
              WITH ORDINALITY AS held(message_key, event_id, message_offset, headers, value, n)
        ORDER BY held.n
       ON CONFLICT (event_id) DO NOTHING`,
      [
        this.consumer,
        this.topic,
        events.map((event) => event.key),
        events.map((event) => event.eventId),
        events.map((event) => event.message.offset),
        events.map((event) => JSON.stringify(headersAsText(event.message.headers))),
        events.map((event) => event.message.value?.toString('utf8') ?? ''),
      ],
    );
  }

  /** The key's held events, oldest first. */
  async held(manager: EntityManager, key: string): Promise<HeldEvent[]> {
    const rows: {
      position: string;
      event_id: string;
      message_offset: string;
      headers: Record<string, string>;
      value: string;
    }[] = await manager.query(
      `SELECT position, event_id, message_offset, headers, value FROM inbox_held_event
        WHERE consumer = $1 AND topic = $2 AND message_key = $3 ORDER BY position`,
      [this.consumer, this.topic, key],
    );
    return rows.map((row) => ({
      position: row.position,
      eventId: row.event_id,
      message: {
        key: Buffer.from(key, 'utf8'),
        value: Buffer.from(row.value, 'utf8'),
        headers: row.headers,
        offset: row.message_offset,
        timestamp: '',
        attributes: 0,
      },
    }));
  }

  async forget(manager: EntityManager, positions: string[]): Promise<void> {
    if (positions.length === 0) return;
    await manager.query(`DELETE FROM inbox_held_event WHERE position = ANY($1::bigint[])`, [positions]);
  }
}

function headersAsText(headers: IHeaders | undefined): Record<string, string> {
  const text: Record<string, string> = {};
  for (const name of Object.keys(headers ?? {})) {
    const value = headerValue(headers, name);
    if (value !== undefined) text[name] = value;
  }
  return text;
}
