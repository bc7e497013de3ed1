// What the benchmarks of a service's events share (an HR file's events consumed per event and per
// Kafka batch, issue 16): a bench topic holding the events, a database whose statements are counted,
// and reading the topic to its end through the messaging library's inbox.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Admin, Kafka } from 'kafkajs';
import pino from 'pino';
import { Client } from 'pg';
import { DataSource, type DataSourceOptions, type Logger as TypeOrmLogger } from 'typeorm';
import type { AnyEvent, ServiceName } from '@passerelle/shared/contracts';
import { InboxConsumer, createKafka, type InboxHandler } from '@passerelle/shared/messaging';
import { publishEvents } from '@passerelle/shared/messaging/testing';
import { runMigrations } from '@passerelle/shared/runtime';
import { createTestDatabase, testInfrastructure, type TestDatabase } from '@passerelle/shared/testing';

export const silentLogger = pino({ level: 'silent' });

/** As many partitions as the event topics have. */
export const BENCH_PARTITIONS = 6;

/**
 * The ways a bench runs the same events, in this order (the first run is the ratios' baseline): the
 * messaging library with a handler that does nothing, the previous per-event path, the batch path.
 */
export const EVENT_PATHS = {
  empty: 'empty handler (baseline)',
  'per-event': 'per event (previous path)',
  batch: 'per Kafka batch (@OnEventBatch)',
} as const;

/**
 * The command line of a bench of EVENT_PATHS: `--people N` and `--paths` (which of them, e.g.
 * `--paths batch` under `node --cpu-prof` to profile one path alone).
 */
export function eventPathArgs(defaultPeople: number): { people: number; paths: Set<string> } {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: String(defaultPeople) },
      paths: { type: 'string', default: Object.keys(EVENT_PATHS).join(',') },
    },
  });
  return { people: Number(values.people), paths: new Set(values.paths.split(',')) };
}

/** Runs the chosen paths one after another, the empty handler's included: one result each. */
export async function runEventPaths<R>(
  chosen: ReadonlySet<string>,
  handlers: Record<'per-event' | 'batch', InboxHandler>,
  run: (label: string, handler: InboxHandler) => Promise<R>,
): Promise<R[]> {
  const all = { empty: (async () => undefined) satisfies InboxHandler, ...handlers };
  const results: R[] = [];
  for (const path of Object.keys(EVENT_PATHS) as (keyof typeof EVENT_PATHS)[])
    if (chosen.has(path)) results.push(await run(EVENT_PATHS[path], all[path]));
  return results;
}

/** A client of the bench's broker whose logs are silent. */
export function benchKafka(clientId: string): Kafka {
  return createKafka(clientId, testInfrastructure().kafkaBrokers, silentLogger);
}

/** One run of a service's inbox over a bench topic, from the first handler call to the last inbox row seen. */
export interface Consumed {
  ms: number;
  /** This process's CPU over the same span (the service, its Kafka client, anything else it runs). */
  cpuMs: number;
  /** Statements the service's data source sent, from the consumer's start to the last inbox row seen. */
  statements: number;
  /** Handler calls: one per event for a per-event handler, one per run of events for a batch one. */
  calls: number;
}

/**
 * A fresh topic of the bench's own for a service's inbox, named as intake's candidate topic, with as
 * many partitions as the event topics; deleted at the end.
 */
export class BenchTopic {
  private constructor(
    private readonly kafka: Kafka,
    private readonly admin: Admin,
    private readonly service: ServiceName,
    readonly name: string,
  ) {}

  static async create(kafka: Kafka, service: ServiceName): Promise<BenchTopic> {
    const name = `bench.${service}.${randomUUID().slice(0, 8)}.passerelle.intake.candidate`;
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [{ topic: name, numPartitions: BENCH_PARTITIONS }],
      waitForLeaders: true,
    });
    return new BenchTopic(kafka, admin, service, name);
  }

  /** Publishes the events once, keyed by person as intake keys them, 1,000 to a request. */
  publish(events: readonly AnyEvent[]): Promise<void> {
    return publishEvents(this.kafka, this.name, events);
  }

  /**
   * Reads the topic from its start with a fresh consumer group of the service's inbox until the inbox
   * holds `events` rows, counted every 20 ms over a connection of the bench's own (off the service's
   * pool and its statement count). The counter's time by kind is this run's. Handlers mapped to the
   * same object stay so (the inbox applies a run of events for one batch handler together).
   */
  async consumeToEnd(options: {
    dataSource: DataSource;
    databaseUrl: string;
    counter: StatementCounter;
    handlers: ReadonlyMap<string, InboxHandler>;
    events: number;
  }): Promise<Consumed> {
    const { counter } = options;
    const calls = new HandlerCalls();
    const consumer = new InboxConsumer({
      service: this.service,
      topic: this.name,
      kafka: this.kafka,
      dataSource: options.dataSource,
      logger: silentLogger,
      groupPrefix: `bench-${randomUUID().slice(0, 8)}`,
      fetchMaxWaitMs: 500,
      handlers: calls.counting(options.handlers),
    });
    const watcher = new Client({ connectionString: options.databaseUrl });
    await watcher.connect();
    try {
      counter.timeByKind.clear();
      const before = counter.statements;
      await consumer.start();
      let last = 0;
      for (;;) {
        const { rows } = await watcher.query<{ n: number }>(`SELECT count(*)::int AS n FROM inbox_message`);
        last = performance.now();
        if (rows[0]!.n >= options.events) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const cpu = process.cpuUsage(calls.cpuAtFirst);
      return {
        ms: last - calls.firstAt,
        cpuMs: (cpu.user + cpu.system) / 1000,
        statements: counter.statements - before,
        calls: calls.count,
      };
    } finally {
      await consumer.stop();
      await watcher.end();
    }
  }

  async delete(): Promise<void> {
    await this.admin.deleteTopics({ topics: [this.name] }).catch(() => undefined);
    await this.admin.disconnect();
  }
}

/** Counts a run's handler calls and notes when the first came (its time and the process's CPU then). */
class HandlerCalls {
  count = 0;
  firstAt = 0;
  cpuAtFirst = process.cpuUsage();
  private readonly wrapped = new Map<InboxHandler, InboxHandler>();

  /** The same handlers, counted; handlers mapped to one object stay mapped to one. */
  counting(handlers: ReadonlyMap<string, InboxHandler>): Map<string, InboxHandler> {
    return new Map([...handlers].map(([key, handler]) => [key, this.wrap(handler)]));
  }

  private wrap(handler: InboxHandler): InboxHandler {
    const known = this.wrapped.get(handler);
    if (known) return known;
    const wrapped: InboxHandler =
      typeof handler === 'function'
        ? (event, manager) => (this.called(), handler(event, manager))
        : { applyBatch: (events, manager) => (this.called(), handler.applyBatch(events, manager)) };
    this.wrapped.set(handler, wrapped);
    return wrapped;
  }

  private called(): void {
    this.count++;
    if (this.firstAt) return;
    this.firstAt = performance.now();
    this.cpuAtFirst = process.cpuUsage();
  }
}

/** Starts the bench's own queries (outcomes, checks), which `StatementCounter` leaves out. */
export const BENCH_QUERY = '/* bench */';

/**
 * Counts the statements a data source sends (its logger sees each one before it goes, BEGIN and
 * COMMIT included), the bench's own left out, and sums their time by kind (their first words) when
 * the data source times every statement (`maxQueryExecutionTime: Number.MIN_VALUE`: each is then
 * "slow" and handed over with its time, which the driver measures from sent to answered).
 */
export class StatementCounter implements TypeOrmLogger {
  statements = 0;
  readonly timeByKind = new Map<string, { ms: number; n: number }>();

  constructor(
    /** How many characters of a statement name its kind. */
    private readonly kindLength = 60,
    /** The logger the data source had: still called with everything. */
    private readonly inner?: TypeOrmLogger,
  ) {}

  /** Counts from now on what a running data source sends (a service's, started by Nest). */
  static installOn(dataSource: DataSource): StatementCounter {
    const counter = new StatementCounter(60, dataSource.logger);
    Object.assign(dataSource, { logger: counter });
    return counter;
  }

  /** The kinds of statement that took the most time, the longest first. */
  longest(count: number): [string, { ms: number; n: number }][] {
    return [...this.timeByKind].sort((a, b) => b[1].ms - a[1].ms).slice(0, count);
  }

  logQuery(...args: Parameters<TypeOrmLogger['logQuery']>): void {
    if (!args[0].startsWith(BENCH_QUERY)) this.statements++;
    this.inner?.logQuery(...args);
  }

  logQuerySlow(...args: Parameters<TypeOrmLogger['logQuerySlow']>): void {
    const [time, query] = args;
    if (!query.startsWith(BENCH_QUERY)) {
      const kind = query.replace(/\s+/g, ' ').replace(/"/g, '').trim().slice(0, this.kindLength);
      const entry = this.timeByKind.get(kind) ?? { ms: 0, n: 0 };
      entry.ms += time;
      entry.n++;
      this.timeByKind.set(kind, entry);
    }
    this.inner?.logQuerySlow(...args);
  }

  logQueryError(...args: Parameters<TypeOrmLogger['logQueryError']>): void {
    this.inner?.logQueryError(...args);
  }

  logSchemaBuild(...args: Parameters<TypeOrmLogger['logSchemaBuild']>): void {
    this.inner?.logSchemaBuild(...args);
  }

  logMigration(...args: Parameters<TypeOrmLogger['logMigration']>): void {
    this.inner?.logMigration(...args);
  }

  log(...args: Parameters<TypeOrmLogger['log']>): void {
    this.inner?.log(...args);
  }
}

/** A fresh database with a service's migrations, and a data source on it that counts and times every statement. */
export interface CountedDatabase {
  database: TestDatabase;
  dataSource: DataSource;
  counter: StatementCounter;
  drop(): Promise<void>;
}

export async function countedDatabase(
  label: string,
  optionsOf: (url: string) => DataSourceOptions,
  kindLength?: number,
): Promise<CountedDatabase> {
  const database = await createTestDatabase(label);
  const counter = new StatementCounter(kindLength);
  const dataSource = new DataSource({
    ...optionsOf(database.url),
    logging: ['query'],
    logger: counter,
    maxQueryExecutionTime: Number.MIN_VALUE,
  } as DataSourceOptions);
  const drop = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
  };
  try {
    await runMigrations(optionsOf(database.url));
    await dataSource.initialize();
  } catch (error) {
    await drop();
    throw error;
  }
  return { database, dataSource, counter, drop };
}
