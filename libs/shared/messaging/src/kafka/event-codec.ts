import type { IHeaders } from 'kafkajs';
import { HEADERS, type AnyEvent } from '@passerelle/shared/contracts';

/** Kafka headers for an event: enough to route, trace and correlate without parsing the value. */
export function eventHeaders(event: AnyEvent, traceparent: string | null): Record<string, string> {
  const headers: Record<string, string> = {
    [HEADERS.eventId]: event.eventId,
    [HEADERS.eventType]: event.type,
    [HEADERS.eventVersion]: String(event.version),
    [HEADERS.correlationId]: event.correlationId,
  };
  if (event.causationId) headers[HEADERS.causationId] = event.causationId;
  if (traceparent) headers[HEADERS.traceparent] = traceparent;
  return headers;
}

export function headerValue(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  if (value === undefined) return undefined;
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}
