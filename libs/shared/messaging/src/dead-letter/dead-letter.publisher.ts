import type { IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { PRODUCER_ACKS, createProducer } from '../kafka/producer-settings';
import { HEADERS, deadLetterTopicOf, topicName, type ServiceName } from '@passerelle/shared/contracts';

export interface DeadLetter {
  topic: string;
  partition: number;
  message: KafkaMessage;
  reason: string;
  attempts: number;
}

/**
 * Moves an event that cannot be applied to the service's dead-letter topic, byte for byte, with
 * its original key and headers plus why and where it failed, so it can be replayed later.
 */
export class DeadLetterPublisher {
  private readonly producer: Producer;
  private readonly topic: string;

  constructor(
    kafka: Kafka,
    private readonly service: ServiceName,
    /** KAFKA_TOPIC_PREFIX. The original topic header keeps the prefixed name the event came from. */
    topicPrefix = '',
  ) {
    this.producer = createProducer(kafka);
    this.topic = topicName(topicPrefix, deadLetterTopicOf(service));
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }

  async publish({ topic, partition, message, reason, attempts }: DeadLetter): Promise<void> {
    const headers: IHeaders = {
      ...message.headers,
      [HEADERS.deadLetterReason]: reason.slice(0, 4000),
      [HEADERS.deadLetterConsumer]: this.service,
      [HEADERS.deadLetterAttempts]: String(attempts),
      [HEADERS.originalTopic]: topic,
      [HEADERS.originalPartition]: String(partition),
      [HEADERS.originalOffset]: message.offset,
    };
    await this.producer.send({
      topic: this.topic,
      acks: PRODUCER_ACKS,
      messages: [{ key: message.key, value: message.value, headers }],
    });
  }
}
