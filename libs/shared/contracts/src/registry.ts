import type { z } from 'zod';
import { envelopeSchema, type EventEnvelope } from './envelope';
import { eventKey } from './event-definition';
import { candidateEnrolledV1 } from './events/candidate-enrolled.v1';
import { candidateErasedV1 } from './events/candidate-erased.v1';
import { pathwayDraftedV1 } from './events/pathway-drafted.v1';

/**
 * The event catalogue. Adding a version here makes it producible and consumable; a released
 * version is never edited (see released/ and the compatibility test).
 */
export const EVENT_CATALOGUE = {
  'CandidateEnrolled.v1': candidateEnrolledV1,
  'CandidateErased.v1': candidateErasedV1,
  'PathwayDrafted.v1': pathwayDraftedV1,
} as const;

export type EventCatalogue = typeof EVENT_CATALOGUE;
export type EventKey = keyof EventCatalogue;
export type EventPayload<K extends EventKey> = z.infer<EventCatalogue[K]['schema']>;
export type EventOf<K extends EventKey> = EventEnvelope<EventCatalogue[K]['type'], EventPayload<K>>;
export type AnyEvent = { [K in EventKey]: EventOf<K> }[EventKey];

export class EventValidationError extends Error {
  constructor(
    readonly reason: string,
    readonly eventKey: string | null,
  ) {
    super(reason);
    this.name = 'EventValidationError';
  }
}

export function isEventKey(value: string): value is EventKey {
  return Object.prototype.hasOwnProperty.call(EVENT_CATALOGUE, value);
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

/**
 * Validates an incoming envelope and its payload against the registered schema. Producers and
 * consumers both call this, so a bad event is stopped at the door on either side.
 */
export function parseEvent(raw: unknown): AnyEvent {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    throw new EventValidationError(`invalid envelope: ${describeIssues(envelope.error)}`, null);
  }
  const key = eventKey(envelope.data.type, envelope.data.version);
  if (!isEventKey(key)) {
    throw new EventValidationError(`unknown event ${key}`, key);
  }
  const definition = EVENT_CATALOGUE[key];
  if (definition.producer !== envelope.data.producer) {
    throw new EventValidationError(
      `${key} is produced by ${definition.producer}, not ${envelope.data.producer}`,
      key,
    );
  }
  const payload = definition.schema.safeParse(envelope.data.payload);
  if (!payload.success) {
    throw new EventValidationError(`invalid ${key} payload: ${describeIssues(payload.error)}`, key);
  }
  return { ...envelope.data, payload: payload.data } as AnyEvent;
}
