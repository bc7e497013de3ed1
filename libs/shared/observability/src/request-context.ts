import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * What travels with one unit of work (an HTTP request or one consumed event): the correlation id
 * of the whole business flow, the id of the event that caused this work, and the W3C trace parent.
 * Logs and outgoing events read it from here, so no function has to pass it by hand.
 */
export interface RequestContext {
  correlationId: string;
  causationId: string | null;
  traceparent: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

export function newCorrelationId(): string {
  return randomUUID();
}

/** A fresh W3C traceparent (version 00, sampled) for work that starts without one. */
export function newTraceparent(): string {
  const hex = (bytes: number) =>
    randomUUID()
      .replace(/-/g, '')
      .slice(0, bytes * 2);
  return `00-${hex(16)}-${hex(8)}-01`;
}
