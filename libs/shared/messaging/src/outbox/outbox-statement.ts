import type { AnyEvent } from '@passerelle/shared/contracts';
import { outboxRows, type TopicRoute } from './outbox.writer';

/** The outbox part of a set-based statement: its SQL and the values of its parameters. */
export interface OutboxInsert {
  /** `INSERT INTO outbox_message ... SELECT * FROM unnest($n, ...)`, parameters from `firstParameter`. */
  sql: string;
  /** The six column arrays, in the order the SQL numbers them. */
  parameters: [string[], string[], string[], string[], string[], string[]];
}

/**
 * The outbox insert of events, for a producer that writes its change and its events in one
 * statement (the last step after data-modifying CTEs: one statement is one transaction too).
 * Rows are exactly those `OutboxWriter.append` writes; only the owner of the outbox table spells
 * its columns. `firstParameter` is the number of the first of its six parameters (`$n`), after
 * the statement's own. The text depends on that number alone, so a prepared statement keeps it.
 */
export function outboxInsert(
  events: readonly AnyEvent[],
  firstParameter: number,
  route?: TopicRoute,
): OutboxInsert {
  const $ = (offset: number) => `$${firstParameter + offset}`;
  return {
    sql:
      `INSERT INTO outbox_message (id, topic, message_key, event_type, headers, envelope)\n` +
      `SELECT * FROM unnest(${$(0)}::uuid[], ${$(1)}::text[], ${$(2)}::text[], ${$(3)}::text[], ` +
      `${$(4)}::jsonb[], ${$(5)}::jsonb[])`,
    parameters: route ? outboxRows(events, route) : outboxRows(events),
  };
}
