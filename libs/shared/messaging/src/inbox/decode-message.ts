import type { KafkaMessage } from 'kafkajs';
import { EventValidationError, parseEvent, type AnyEvent } from '@passerelle/shared/contracts';

export type DecodedMessage =
  | { kind: 'event'; message: KafkaMessage; event: AnyEvent; key: string }
  | { kind: 'poison'; message: KafkaMessage; reason: string };

/** Turns a Kafka record into a validated event, or says why it can never become one. */
export function decodeMessage(message: KafkaMessage): DecodedMessage {
  if (!message.value) return { kind: 'poison', message, reason: 'empty message value' };
  let raw: unknown;
  try {
    raw = JSON.parse(message.value.toString('utf8'));
  } catch (error) {
    return { kind: 'poison', message, reason: `value is not JSON: ${(error as Error).message}` };
  }
  try {
    const event = parseEvent(raw);
    return { kind: 'event', message, event, key: `${event.type}.v${event.version}` };
  } catch (error) {
    if (error instanceof EventValidationError) return { kind: 'poison', message, reason: error.message };
    throw error;
  }
}
