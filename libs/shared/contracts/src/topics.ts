import type { ServiceName } from './envelope';

/** Dead letters are kept per consuming service, so one service's failures replay on their own. */
export function deadLetterTopicOf(consumer: ServiceName): string {
  return `passerelle.dlq.${consumer}`;
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
