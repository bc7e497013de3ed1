import type { KafkaMessage } from 'kafkajs';
import {
  EventValidationError,
  envelopeSchema,
  eventKey,
  isEventKey,
  parseEvent,
  type AnyEvent,
} from '@passerelle/shared/contracts';

export type DecodedMessage =
  | { kind: 'event'; message: KafkaMessage; event: AnyEvent; key: string }
  | { kind: 'poison'; message: KafkaMessage; reason: string }
  /**
   * A well-formed envelope of a type or version this build's catalogue does not hold (a producer
   * publishing `CandidateEnrolled.v2` beside v1 during a migration): skipped, never dead-lettered
   * (decision 0049).
   */
  | { kind: 'unknown'; message: KafkaMessage; key: string; eventId: string };

/** Turns a Kafka record into a validated event, or says why it can never become one. */
export function decodeMessage(message: KafkaMessage): DecodedMessage {
  if (!message.value) return { kind: 'poison', message, reason: 'empty message value' };
  let raw: unknown;
  try {
    raw = JSON.parse(message.value.toString('utf8'));
  } catch (error) {
    return { kind: 'poison', message, reason: `value is not JSON: ${(error as Error).message}` };
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (envelope.success) {
    const key = eventKey(envelope.data.type, envelope.data.version);
    if (!isEventKey(key)) return { kind: 'unknown', message, key, eventId: envelope.data.eventId };
  }
  try {
    const event = parseEvent(raw);
    return { kind: 'event', message, event, key: `${event.type}.v${event.version}` };
  } catch (error) {
    if (error instanceof EventValidationError) return { kind: 'poison', message, reason: error.message };
    throw error;
  }
}
