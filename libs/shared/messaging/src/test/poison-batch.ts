import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { HEADERS, type AnyEvent, type ServiceName } from '@passerelle/shared/contracts';
import { waitFor, type ReadMessage, type TopicReader } from '@passerelle/shared/testing';
import { InboxConsumer, type InboxHandler } from '../inbox/inbox-consumer';
import type { RetryPolicy } from '../inbox/retry-policy';
import { createThrowawayTopic, publishEvents, silentLogger } from './messaging-test-kit';

// What a spec of a poison event in a Kafka batch needs: the batch on a real topic, the handler's
// calls recorded, a row the database refuses, and the dead letter it ends as.

/** Two attempts, tens of milliseconds apart: a poison event is dead-lettered within a test's time. */
export const SHORT_RETRY: RetryPolicy = { maxAttempts: 2, initialDelayMs: 20, factor: 2, maxDelayMs: 50 };

/**
 * A real consumer, not started yet, of a throwaway topic holding these events on its one partition
 * (one Kafka batch, each event keyed by its aggregate as services key them), with the short retry
 * policy. `group` is its consumer group, for `waitForGroupToCatchUp`.
 */
export async function consumerOfOneBatch(options: {
  kafka: Kafka;
  service: ServiceName;
  dataSource: DataSource;
  handlers: ReadonlyMap<string, InboxHandler>;
  events: readonly AnyEvent[];
}): Promise<{ topic: string; consumer: InboxConsumer; group: string }> {
  const { kafka, service, dataSource, handlers, events } = options;
  const topic = await createThrowawayTopic(kafka);
  await publishEvents(kafka, topic, events, { partition: 0 });
  const groupPrefix = `test-${service}-${randomUUID().slice(0, 8)}`;
  const consumer = new InboxConsumer({
    service,
    topic,
    kafka,
    dataSource,
    logger: silentLogger,
    groupPrefix,
    fetchMaxWaitMs: 500,
    retry: SHORT_RETRY,
    handlers,
  });
  return { topic, consumer, group: `${groupPrefix}.${service}.${topic}` };
}

/** A handler that records the ids of the events of each call, then calls the real one. */
export class RecordedCalls {
  /** Each call's event ids, in the order of the calls. */
  readonly calls: string[][] = [];
  readonly handler: InboxHandler;

  constructor(real: InboxHandler) {
    this.handler =
      typeof real === 'function'
        ? (event, manager) => (this.calls.push([event.eventId]), real(event, manager))
        : {
            applyBatch: (events, manager) => (
              this.calls.push(events.map((event) => event.eventId)),
              real.applyBatch(events, manager)
            ),
          };
  }

  /** Whether the event was tried with others in one call, and how many times it was tried alone. */
  triesOf(eventId: string): { withOthers: boolean; alone: number } {
    return {
      withOthers: this.calls.some((run) => run.length > 1 && run.includes(eventId)),
      alone: this.calls.filter((run) => run.length === 1 && run[0] === eventId).length,
    };
  }
}

/**
 * Makes the database refuse one person's row in `table` (a trigger raising `message`), so a batch's
 * transaction fails on that person alone. Returns what undoes it.
 */
export async function refuseRowOf(
  dataSource: DataSource,
  table: string,
  candidateId: string,
  message: string,
): Promise<() => Promise<void>> {
  await dataSource.query(`
    CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.candidate_id = '${candidateId}' THEN RAISE EXCEPTION '${message}'; END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER refuse_poison BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_poison();`);
  return async () => {
    await dataSource.query(
      `DROP TRIGGER IF EXISTS refuse_poison ON ${table}; DROP FUNCTION IF EXISTS refuse_poison()`,
    );
  };
}

/**
 * Waits until the reader of a service's dead-letter topic (shared by every test on the broker) holds
 * dead letters of events read from `topic`, and returns them.
 */
export function deadLettersOf(reader: TopicReader, topic: string): Promise<ReadMessage[]> {
  return waitFor(
    async () => {
      const found = reader.matching((message) => message.header(HEADERS.originalTopic) === topic);
      return found.length > 0 && found;
    },
    { what: `the dead letters of ${topic}` },
  );
}
