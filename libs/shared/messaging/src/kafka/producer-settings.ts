import { Partitioners, type Kafka, type Producer, type ProducerConfig } from 'kafkajs';

/**
 * Every producer of the platform (outbox relay, dead-letter publisher and replayer): idempotent, so
 * a retry after a lost acknowledgement (a broker killed mid-request) is written once by Kafka, and
 * sent with `acks: -1` (all in-sync replicas, at least min.insync.replicas of them). kafkajs
 * guarantees idempotence only with one request in flight per broker connection; the relay sends
 * one batch at a time anyway (docs/decisions/0041-three-broker-cluster.md).
 */
export const PRODUCER_SETTINGS = {
  createPartitioner: Partitioners.DefaultPartitioner,
  allowAutoTopicCreation: false,
  idempotent: true,
  maxInFlightRequests: 1,
} as const satisfies ProducerConfig;

/**
 * The outbox relay's producer: no retry inside kafkajs, so not idempotent (kafkajs refuses
 * idempotence without retries). Measured with `npm run soak:broker-kill` (docs/reliability.md):
 * kafkajs 2.2.4 retries a `sendBatch` that spans several brokers only towards brokers that have not
 * answered yet (`brokersWithoutResponse`, src/producer/sendMessages.js), so the partitions of a
 * killed broker whose new leader had already answered for its own partitions are never sent, and
 * the batch resolves as acknowledged: 114 of 10,000 events lost, idempotent or not. Without the
 * retry, any failure fails the whole batch; the relay rolls its rows back and publishes them again
 * (at least once: the partitions written the first time get a duplicate, which the consumers'
 * inboxes absorb).
 */
export const RELAY_PRODUCER_SETTINGS = {
  createPartitioner: Partitioners.DefaultPartitioner,
  allowAutoTopicCreation: false,
  idempotent: false,
  retry: { retries: 0 },
} as const satisfies ProducerConfig;

/** acks for every send: all in-sync replicas. kafkajs refuses other values for an idempotent producer. */
export const PRODUCER_ACKS = -1;

export function createProducer(kafka: Kafka, settings: ProducerConfig = PRODUCER_SETTINGS): Producer {
  return kafka.producer({ ...settings });
}
