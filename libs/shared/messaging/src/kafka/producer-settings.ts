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

/** acks for every send: all in-sync replicas. kafkajs refuses other values for an idempotent producer. */
export const PRODUCER_ACKS = -1;

export function createProducer(kafka: Kafka): Producer {
  return kafka.producer({ ...PRODUCER_SETTINGS });
}
