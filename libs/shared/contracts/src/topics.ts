import type { ServiceName } from './envelope';

/** Dead letters are kept per consuming service, so one service's failures replay on their own. */
export function deadLetterTopicOf(consumer: ServiceName): string {
  return `passerelle.dlq.${consumer}`;
}

/**
 * What KAFKA_TOPIC_PREFIX may be: empty (production, the demo: the catalogue's names), or
 * lowercase letters, digits and dashes ending with a dot (`t3f9a01c2.`), so the prefixed name is
 * still a legal topic name that mixes no `_` with its `.`.
 */
export const TOPIC_PREFIX_PATTERN = /^([a-z0-9][a-z0-9-]*\.)?$/;

/**
 * A topic's name on the broker: the catalogue's name (or a dead-letter topic's) under the
 * environment's prefix (decision 0043). The one place the prefix is applied: the outbox relay,
 * the inbox consumers, the dead-letter publisher and replayer, and the start-up topic check call it.
 */
export function topicName(prefix: string, topic: string): string {
  if (!TOPIC_PREFIX_PATTERN.test(prefix)) {
    throw new Error(
      `topic prefix "${prefix}": lowercase letters, digits and dashes ending with a dot (t3f9a01c2.), or empty`,
    );
  }
  return `${prefix}${topic}`;
}

/** Kafka header names. Set by the messaging library; never renamed once released. */
export const HEADERS = {
  eventId: 'x-event-id',
  eventType: 'x-event-type',
  eventVersion: 'x-event-version',
  correlationId: 'x-correlation-id',
  causationId: 'x-causation-id',
  traceparent: 'traceparent',
  deadLetterReason: 'x-dead-letter-reason',
  deadLetterConsumer: 'x-dead-letter-consumer',
  deadLetterAttempts: 'x-dead-letter-attempts',
  originalTopic: 'x-original-topic',
  originalPartition: 'x-original-partition',
  originalOffset: 'x-original-offset',
  /** Set on a replayed dead letter: only this service's consumers apply it. */
  replayedFor: 'x-replayed-for',
} as const;
