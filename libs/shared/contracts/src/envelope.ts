import { z } from 'zod';

/** Names of the services that produce events; the envelope's `producer`. */
export const SERVICE_NAMES = [
  'intake',
  'assessment',
  'pathway',
  'matching',
  'scheduling',
  'identity',
  'notifier',
  'reporting',
  'career',
] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/**
 * Every event travels in this envelope. The payload carries ids, not personal data, so that
 * erasing a person never requires rewriting Kafka's log.
 */
export const envelopeSchema = z.object({
  eventId: z.uuid(),
  type: z.string().min(1),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime({ offset: true }),
  producer: z.enum(SERVICE_NAMES),
  aggregateId: z.uuid(),
  correlationId: z.string().min(1),
  causationId: z.string().min(1).nullable(),
  payload: z.unknown(),
});

export interface EventEnvelope<TType extends string = string, TPayload = unknown> {
  eventId: string;
  type: TType;
  version: number;
  occurredAt: string;
  producer: ServiceName;
  aggregateId: string;
  correlationId: string;
  causationId: string | null;
  payload: TPayload;
}
