import { setTimeout as sleep } from 'node:timers/promises';
import type { Batch, Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { HEADERS, type AnyEvent, type ServiceName } from '@passerelle/shared/contracts';
import { messagingMetrics, runWithContext } from '@passerelle/shared/observability';
import { DeadLetterLog } from '../dead-letter/dead-letter-log';
import { DeadLetterPublisher } from '../dead-letter/dead-letter.publisher';
import { DISCARD_HEADER } from '../dead-letter/dead-letter.replayer';
import { headerValue } from '../kafka/event-codec';
import { decodeMessage, type DecodedMessage } from './decode-message';
import { KeyParking, messageKeyOf } from './key-parking';
import {
  DEFAULT_RETRY_POLICY,
  delayAfterFailure,
  isUnreachableDependency,
  type RetryPolicy,
} from './retry-policy';

/** Applies one event inside the inbox transaction; everything it writes commits with the inbox row. */
export type EventHandler = (event: AnyEvent, manager: EntityManager) => Promise<void>;

/**
 * Opt-in (decision 0035): applies a Kafka batch's new events together, inside the batch's one
 * transaction, so a handler can write them with a few set-based statements instead of one per event.
 * It receives each run of consecutive new events it handles, in their partition's order (so a key's
 * events in their order), those already in the inbox left out; a per-event handler's event in between
 * ends the run. When the batch's transaction fails, its halves are tried, then their halves, down to
 * the event at fault: the handler is then called with that one event, retried on its own, and
 * dead-lettered with its reason; the others still go in runs.
 */
export interface BatchEventHandler {
  readonly applyBatch: (events: readonly AnyEvent[], manager: EntityManager) => Promise<void>;
}

export type InboxHandler = EventHandler | BatchEventHandler;

export interface InboxConsumerOptions {
  /** The consuming service: the inbox's consumer name and the dead-letter topic's owner. */
  service: ServiceName;
  /** The topic's name on the broker (KAFKA_TOPIC_PREFIX applied). */
  topic: string;
  /** KAFKA_TOPIC_PREFIX: where the dead-letter topic is (`<prefix>passerelle.dlq.<service>`). */
  topicPrefix?: string;
  kafka: Kafka;
  dataSource: DataSource;
  /**
   * Handlers by event key (`CandidateEnrolled.v1`); events without one are skipped. Keys mapped to
   * the same `BatchEventHandler` are applied together (see there).
   */
  handlers: ReadonlyMap<string, InboxHandler>;
  logger: Logger;
  retry?: RetryPolicy;
  partitionsConsumedConcurrently?: number;
  fromBeginning?: boolean;
  /** Prefix of the consumer group id; lets a test or a second environment share a broker. */
  groupPrefix?: string;
  /** How long a fetch waits on an idle topic; stopping waits for the fetch in flight. */
  fetchMaxWaitMs?: number;
  /** How long the group waits without a heartbeat before it drops this member (30 s). */
  sessionTimeoutMs?: number;
  /**
   * How many events a parked key holds at most (decision 0042; 1,000): past it, its further
   * events go to the dead-letter topic too, with a reason saying so.
   */
  heldEventsPerKey?: number;
}

type Outcome = 'applied' | 'duplicate' | 'ignored' | 'unknown' | 'dead_lettered' | 'held' | 'discarded';
type EventItem = Extract<DecodedMessage, { kind: 'event' }>;
/** Where a batch was read: what a dead letter records. */
type Source = Pick<Batch, 'topic' | 'partition'>;

/**
 * Consumes one topic for one service: batches are applied exactly once in effect (inbox row and
 * effect in one transaction), failures retry with backoff, then go to the dead-letter topic, and
 * the partition moves on. Each topic gets its own consumer so a slow topic never holds up another.
 * A dead letter parks its message key: the key's later events are held, not applied, until it is
 * replayed and applied or discarded (decision 0042); other keys flow on.
 */
export class InboxConsumer {
  private readonly consumer: Consumer;
  private readonly deadLetters: DeadLetterPublisher;
  private readonly retry: RetryPolicy;
  private readonly parking: KeyParking;
  private readonly deadLettered: DeadLetterLog;
  private readonly heldEventsPerKey: number;
  private stopped = false;
  /** The unknown event keys this consumer has logged (once each; the metric counts every one). */
  private readonly unknownLogged = new Set<string>();

  constructor(private readonly options: InboxConsumerOptions) {
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.parking = new KeyParking(options.service, options.topic);
    this.deadLettered = new DeadLetterLog(options.service, options.topic);
    this.heldEventsPerKey = options.heldEventsPerKey ?? 1_000;
    this.consumer = options.kafka.consumer({
      groupId: `${options.groupPrefix ?? 'passerelle'}.${options.service}.${options.topic}`,
      allowAutoTopicCreation: false,
      sessionTimeout: options.sessionTimeoutMs ?? 30_000,
      heartbeatInterval: Math.min(3_000, Math.floor((options.sessionTimeoutMs ?? 30_000) / 6)),
      maxWaitTimeInMs: options.fetchMaxWaitMs ?? 5_000,
    });
    // Every join after the first is a rebalance of the group: what ops (and the soak) watch for a storm.
    this.consumer.on(this.consumer.events.GROUP_JOIN, () =>
      messagingMetrics.groupJoins.inc({ consumer: options.service, topic: options.topic }),
    );
    this.deadLetters = new DeadLetterPublisher(options.kafka, options.service, options.topicPrefix);
  }

  async start(): Promise<void> {
    await this.deadLetters.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({
      topic: this.options.topic,
      fromBeginning: this.options.fromBeginning ?? true,
    });
    // Stopped while it was connecting (its app's start failed): it must not join the group.
    if (this.stopped) return;
    await this.consumer.run({
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 6,
      eachBatch: (payload) => this.consumeBatch(payload),
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.consumer.disconnect();
    await this.deadLetters.disconnect();
  }

  private async consumeBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, isRunning, isStale } = payload;
    if (batch.messages.length === 0) return;
    const stopTimer = messagingMetrics.handlerSeconds.startTimer({
      consumer: this.options.service,
      topic: batch.topic,
    });
    // A batch delivered again skips what this consumer already dead-lettered from it.
    const deadLettered = await this.alreadyDeadLettered(batch);
    // A replayed dead letter is for the service that dead-lettered it; the others skip it.
    const decoded = batch.messages
      .filter((message) => {
        if (deadLettered.has(message.offset)) return false;
        const replayedFor = headerValue(message.headers, HEADERS.replayedFor);
        return replayedFor === undefined || replayedFor === this.options.service;
      })
      .map(decodeMessage);
    const poison = decoded.filter((item) => item.kind === 'poison');
    for (const item of poison) {
      // Discarding an undecodable dead letter changes nothing: it parked no key.
      if (headerValue(item.message.headers, DISCARD_HEADER) !== undefined) continue;
      await this.deadLetter(batch, item.message, item.reason, 0);
    }
    this.skipUnknown(decoded);

    if (await this.tryApplyWholeBatch(batch, decoded, heartbeat)) {
      resolveOffset(batch.lastOffset()); // resolves every offset up to it
    } else {
      // Something in the batch failed: its halves are tried, each in a transaction, down to the
      // one event at fault, retried on its own; the rest still goes a half at a time.
      const halves = halvesOf(decoded);
      let completed = true;
      for (const half of halves) {
        completed = await this.applyInHalves(batch, half, { resolveOffset, heartbeat, isRunning, isStale });
        if (!completed) break;
      }
      // Also covers replays meant for other services, skipped above and never decoded.
      if (completed) resolveOffset(batch.lastOffset());
    }
    stopTimer();
  }

  /**
   * Applies these messages of a batch whose transaction failed: all together if they can be, or
   * else each half in turn, recursively, so a poison event among a thousand costs about twenty
   * transactions, not a thousand (the batch's other events keep their order: halves go in turn).
   * False if the consumer stopped or lost the partition meanwhile.
   */
  private async applyInHalves(
    batch: Batch,
    items: DecodedMessage[],
    progress: Pick<EachBatchPayload, 'resolveOffset' | 'heartbeat' | 'isRunning' | 'isStale'>,
  ): Promise<boolean> {
    if (!progress.isRunning() || progress.isStale()) return false;
    const last = items.at(-1);
    if (!last) return true;
    const events = items.filter((item) => item.kind === 'event');
    if (events.length <= 1) {
      if (events[0]) await this.applyWithRetries(batch, events[0], progress.heartbeat);
    } else if (!(await this.tryApplyWholeBatch(batch, items, progress.heartbeat))) {
      for (const half of halvesOf(items)) {
        if (!(await this.applyInHalves(batch, half, progress))) return false;
      }
    }
    progress.resolveOffset(last.message.offset);
    await progress.heartbeat();
    return true;
  }

  private async alreadyDeadLettered(batch: Batch): Promise<Set<string>> {
    const offsets = batch.messages.map((message) => message.offset);
    // Best effort: if the lookup fails, the batch goes on as a first delivery would (at worst a
    // dead letter sent twice); the batch's own transaction tells a database that is down.
    const found = await this.deadLettered
      .recorded(this.options.dataSource, batch.partition, offsets)
      .catch((error: unknown) => {
        this.options.logger.warn(
          { err: error, topic: batch.topic, partition: batch.partition },
          'dead letters of the batch not looked up; going on without',
        );
        return new Set<string>();
      });
    if (found.size > 0) {
      this.options.logger.info(
        { topic: batch.topic, partition: batch.partition, offsets: [...found] },
        'batch delivered again: its dead-lettered messages skipped',
      );
    }
    return found;
  }

  /**
   * The fast path: every event of the batch in one transaction. False if any handler threw. A
   * batch can hold a thousand events (an HR file's enrolments): the group hears from this member
   * between handlers, or a batch longer than the session timeout would have it thrown out of the
   * group, its batch redelivered to another member, again and again.
   */
  private async tryApplyWholeBatch(
    source: Source,
    decoded: DecodedMessage[],
    heartbeat: () => Promise<void>,
  ): Promise<boolean> {
    const events = decoded.filter((item) => item.kind === 'event');
    if (events.length === 0) return true;
    // kafkajs sends at most one heartbeat per interval; during a rebalance it throws, and the
    // batch is better finished (its offsets then fail to commit and the inbox drops the redelivery).
    const beat = () => heartbeat().catch(() => undefined);
    try {
      const outcomes = await this.options.dataSource.transaction((manager) =>
        this.applyOrHold(manager, source, events, beat),
      );
      this.count(outcomes);
      return true;
    } catch (error) {
      this.options.logger.warn(
        { err: error, topic: this.options.topic },
        'batch failed; trying its halves, down to the event at fault',
      );
      return false;
    }
  }

  private async applyWithRetries(
    batch: Batch,
    item: Extract<DecodedMessage, { kind: 'event' }>,
    heartbeat: () => Promise<void>,
  ): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        const outcomes = await this.options.dataSource.transaction((manager) =>
          this.applyOrHold(manager, batch, [item]),
        );
        this.count(outcomes);
        return;
      } catch (error) {
        const delay = delayAfterFailure(this.retry, attempt);
        const reason = (error as Error).message || String(error);
        if (delay === null) {
          // If the database itself is down, or another service the handler asks cannot be reached,
          // the event is not at fault: fail the batch so Kafka redelivers it once the other side is
          // back, instead of dead-lettering every event in flight (the soak's intake restart).
          await this.options.dataSource.query('SELECT 1').catch((down: unknown) => {
            throw redeliverLater('the database cannot be reached', down);
          });
          if (isUnreachableDependency(error)) throw redeliverLater(reason, error);
          await this.deadLetter(batch, item.message, `handler failed: ${reason}`, attempt);
          await this.park(item);
          return;
        }
        this.options.logger.warn(
          { err: error, eventId: item.event.eventId, attempt },
          'event failed; will retry',
        );
        await sleep(delay);
        await heartbeat();
      }
    }
  }

  /**
   * Applies these events in order (`applyAll`), unless their key is parked (decision 0042): an
   * event of a parked key is held; the event the key waits for is applied, then releases the key's
   * held events; a discard marker (ops gave up on a dead letter) records its event in the inbox,
   * never to be applied, and releases the key if it waited for that event.
   */
  private async applyOrHold(
    manager: EntityManager,
    source: Source,
    items: EventItem[],
    beat: () => Promise<unknown> = async () => undefined,
  ): Promise<Outcome[]> {
    const discarding = (item: EventItem) => headerValue(item.message.headers, DISCARD_HEADER) !== undefined;
    const keys = items.flatMap((item) => messageKeyOf(item.message) ?? []);
    const parked = await this.parking.lockParked(manager, keys);
    if (parked.size === 0 && !items.some(discarding)) return this.applyAll(manager, items, beat);

    const apply: EventItem[] = [];
    const hold: { key: string; waitsFor: string; item: EventItem }[] = [];
    const discard: EventItem[] = [];
    const release: string[] = [];
    for (const item of items) {
      const key = messageKeyOf(item.message);
      const waitsFor = key === undefined ? undefined : parked.get(key);
      if (discarding(item)) discard.push(item);
      else if (key === undefined || waitsFor === undefined || !this.options.handlers.has(item.key)) {
        apply.push(item);
        continue;
      } else if (waitsFor === item.event.eventId) apply.push(item);
      else hold.push({ key, waitsFor, item });
      // The event the key waits for, applied or discarded: its held events follow.
      if (key !== undefined && waitsFor === item.event.eventId) release.push(key);
    }
    const outcomes: Outcome[] = discard.map(() => 'discarded');
    if (discard.length > 0) {
      await manager.query(
        `INSERT INTO inbox_message (event_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING`,
        [discard.map((item) => item.event.eventId)],
      );
    }
    outcomes.push(...(await this.holdEvents(manager, source, hold)));
    outcomes.push(...(await this.applyAll(manager, apply, beat)));
    for (const key of release) outcomes.push(...(await this.releaseKey(manager, source, key, beat)));
    return outcomes;
  }

  /** Holds each event of a parked key, up to the bound; past it, the event is dead-lettered. */
  private async holdEvents(
    manager: EntityManager,
    source: Source,
    events: { key: string; waitsFor: string; item: EventItem }[],
  ): Promise<Outcome[]> {
    if (events.length === 0) return [];
    const counts = await this.parking.heldCounts(
      manager,
      events.map((event) => event.key),
    );
    const kept: typeof events = [];
    for (const event of events) {
      const held = counts.get(event.key) ?? 0;
      if (held < this.heldEventsPerKey) {
        kept.push(event);
        counts.set(event.key, held + 1);
        continue;
      }
      // Published and recorded before the transaction commits: if it rolls back, the batch read
      // again skips this event (it is in the dead-letter topic, where a replay applies it once).
      await this.deadLetter(
        source,
        event.item.message,
        `key parked behind dead letter ${event.waitsFor}: more than ${this.heldEventsPerKey} events held`,
        0,
      );
    }
    await this.parking.hold(
      manager,
      kept.map(({ key, item }) => ({ key, eventId: item.event.eventId, message: item.message })),
    );
    return kept.map(() => 'held');
  }

  /**
   * Applies the key's held events in their order, in the transaction that applied (or discarded)
   * the event the key waited for, then unparks the key. All together first; if that fails, one at
   * a time (each behind a savepoint) to find the one at fault: it is dead-lettered, the key now
   * waits for it, and the events after it stay held.
   */
  private async releaseKey(
    manager: EntityManager,
    source: Source,
    key: string,
    beat: () => Promise<unknown>,
  ): Promise<Outcome[]> {
    const held = (await this.parking.held(manager, key)).map((event) => ({
      ...event,
      decoded: decodeMessage(event.message),
    }));
    const items = held.flatMap((event) => (event.decoded.kind === 'event' ? [event.decoded] : []));
    const all = await this.inSavepoint(manager, () => this.applyAll(manager, items, beat));
    if ('outcomes' in all) {
      await this.parking.forget(
        manager,
        held.map((event) => event.position),
      );
      await this.unpark(manager, key, held.length);
      return all.outcomes;
    }
    const outcomes: Outcome[] = [];
    const done: string[] = [];
    for (const event of held) {
      done.push(event.position);
      if (event.decoded.kind !== 'event') continue; // held once decoded: cannot happen
      const decoded = event.decoded;
      const one = await this.inSavepoint(manager, () => this.applyAll(manager, [decoded], beat));
      if ('outcomes' in one) {
        outcomes.push(...one.outcomes);
        continue;
      }
      await this.parking.forget(manager, done);
      await this.parking.repark(manager, key, event.eventId);
      await this.deadLetter(
        source,
        event.message,
        `handler failed while its parked key's held events were applied: ${one.reason}`,
        1,
      );
      return outcomes;
    }
    await this.parking.forget(manager, done);
    await this.unpark(manager, key, held.length);
    return outcomes;
  }

  private async inSavepoint(
    manager: EntityManager,
    work: () => Promise<Outcome[]>,
  ): Promise<{ outcomes: Outcome[] } | { reason: string }> {
    await manager.query('SAVEPOINT inbox_release');
    try {
      const outcomes = await work();
      await manager.query('RELEASE SAVEPOINT inbox_release');
      return { outcomes };
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT inbox_release');
      return { reason: (error as Error).message || String(error) };
    }
  }

  /** After a dead letter: the event's key waits for it (nothing for an unkeyed message). */
  private async park(item: EventItem): Promise<void> {
    const key = messageKeyOf(item.message);
    if (key === undefined) return;
    if (await this.parking.park(this.options.dataSource, key, item.event.eventId)) {
      messagingMetrics.parkedKeys.inc({
        consumer: this.options.service,
        topic: this.options.topic,
        change: 'parked',
      });
      this.options.logger.warn(
        { topic: this.options.topic, key, eventId: item.event.eventId },
        'key parked: its later events are held until the dead letter is replayed or discarded',
      );
    }
  }

  private async unpark(manager: EntityManager, key: string, held: number): Promise<void> {
    await this.parking.unpark(manager, key);
    messagingMetrics.parkedKeys.inc({
      consumer: this.options.service,
      topic: this.options.topic,
      change: 'released',
    });
    this.options.logger.info(
      { topic: this.options.topic, key, held },
      'key released: its held events applied',
    );
  }

  /**
   * Records each event in the inbox; runs the handler only for those recorded for the first time,
   * in order: a per-event handler for each, a batch handler once for each run of its events.
   */
  private async applyAll(
    manager: EntityManager,
    items: Extract<DecodedMessage, { kind: 'event' }>[],
    beat: () => Promise<unknown> = async () => undefined,
  ): Promise<Outcome[]> {
    const handled = items.filter((item) => this.options.handlers.has(item.key));
    const inserted: { event_id: string }[] = handled.length
      ? await manager.query(
          `INSERT INTO inbox_message (event_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING RETURNING event_id`,
          [handled.map((item) => item.event.eventId)],
        )
      : [];
    const firstTime = new Set(inserted.map((row) => row.event_id));
    const outcomes: Outcome[] = [];
    // What to run, in order: each new event for its per-event handler, each run for its batch handler.
    type Item = (typeof items)[number];
    type Run = { handler: BatchEventHandler; first: Item; run: Item[] };
    const steps: ({ handler: EventHandler; item: Item } | Run)[] = [];
    for (const item of items) {
      const handler = this.options.handlers.get(item.key);
      if (!handler) {
        outcomes.push('ignored');
        continue;
      }
      if (!firstTime.delete(item.event.eventId)) {
        outcomes.push('duplicate');
        continue;
      }
      outcomes.push('applied');
      const last = steps.at(-1);
      if (typeof handler === 'function') steps.push({ handler, item });
      else if (last && 'run' in last && last.handler === handler) last.run.push(item);
      else steps.push({ handler, first: item, run: [item] });
    }
    for (const step of steps) {
      if ('item' in step) {
        await this.inEventContext(step.item, () => step.handler(step.item.event, manager));
      } else {
        const events = step.run.map((item) => item.event);
        await this.inEventContext(step.first, () => step.handler.applyBatch(events, manager));
      }
      await beat();
    }
    return outcomes;
  }

  private inEventContext<T>(
    item: Extract<DecodedMessage, { kind: 'event' }>,
    work: () => Promise<T>,
  ): Promise<T> {
    return runWithContext(
      {
        correlationId: item.event.correlationId,
        causationId: item.event.eventId,
        traceparent: headerValue(item.message.headers, HEADERS.traceparent) ?? null,
      },
      work,
    );
  }

  /**
   * A type or version this build does not know (decision 0049): skipped like an event no handler
   * here takes, counted (outcome `unknown`) and logged once per key, never dead-lettered nor written
   * to the inbox, so the partition flows on and a producer can publish v1 and v2 side by side.
   */
  private skipUnknown(decoded: readonly DecodedMessage[]): void {
    const unknown = decoded.filter((item) => item.kind === 'unknown');
    if (unknown.length === 0) return;
    this.count(unknown.map(() => 'unknown'));
    for (const item of unknown) {
      if (this.unknownLogged.has(item.key)) continue;
      this.unknownLogged.add(item.key);
      this.options.logger.warn(
        { topic: this.options.topic, eventKey: item.key, eventId: item.eventId },
        'event of a type or version this build does not know: skipped (logged once per key)',
      );
    }
  }

  private async deadLetter(
    source: Source,
    message: KafkaMessage,
    reason: string,
    attempts: number,
  ): Promise<void> {
    await this.deadLetters.publish({
      topic: source.topic,
      partition: source.partition,
      message,
      reason,
      attempts,
    });
    // After the publish, never before: a crash in between sends it twice rather than never.
    await this.deadLettered
      .record(this.options.dataSource, source.partition, message.offset)
      .catch((error: unknown) =>
        this.options.logger.warn(
          { err: error, topic: source.topic, partition: source.partition, offset: message.offset },
          'dead letter not recorded: a redelivery of its batch may dead-letter it again',
        ),
      );
    this.options.logger.error(
      { topic: source.topic, partition: source.partition, offset: message.offset, reason },
      'event sent to the dead-letter topic',
    );
    this.count(['dead_lettered']);
  }

  private count(outcomes: Outcome[]): void {
    const totals = new Map<Outcome, number>();
    for (const outcome of outcomes) totals.set(outcome, (totals.get(outcome) ?? 0) + 1);
    for (const [outcome, n] of totals) {
      messagingMetrics.consumed.inc(
        { consumer: this.options.service, topic: this.options.topic, outcome },
        n,
      );
    }
  }
}

function halvesOf<T>(items: T[]): T[][] {
  const middle = Math.ceil(items.length / 2);
  return [items.slice(0, middle), items.slice(middle)].filter((half) => half.length > 0);
}

/**
 * An error that makes kafkajs give the batch back and deliver it again (from the last committed
 * offset): the consumer restarts only after an error it takes as retriable (kafkajs reads
 * `retriable` on the deepest cause); any other error thrown from a batch stops the consumer for
 * good, and the service with it would stop consuming the topic.
 */
function redeliverLater(reason: string, cause: unknown): Error {
  const why = cause instanceof Error && !reason.includes(cause.message) ? ` (${cause.message})` : '';
  return Object.assign(new Error(`redelivered later: ${reason}${why}`), {
    retriable: true,
    cause: { retriable: true, cause },
  });
}
