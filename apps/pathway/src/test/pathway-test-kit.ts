import 'reflect-metadata';
import { Global, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { lastValueFrom } from 'rxjs';
import { DataSource } from 'typeorm';
import { Clock, FixedClock } from '@passerelle/shared/clock';
import { ServiceExceptionFilter } from '@passerelle/shared/graphql';
import {
  EVENT_CATALOGUE,
  type AnyEvent,
  type EventKey,
  type EventPayload,
} from '@passerelle/shared/contracts';
import {
  INBOX_BATCH,
  InboxBatchContext,
  InboxConsumer,
  InboxContext,
  KafkaInboxTransport,
  OutboxWriter,
  createEvent,
  createKafka,
  type BatchEventHandler,
  type InboxHandler,
} from '@passerelle/shared/messaging';
import { deliverBatch, handDeliveryInbox } from '@passerelle/shared/messaging/testing';
import { createTestDatabase, testInfrastructure, type TestDatabase } from '@passerelle/shared/testing';
import { pathwayDataSourceOptions } from '@passerelle/pathway/data-access';
import { SeedDefaultTemplatesHandler } from '@passerelle/pathway/feature-templates';
import { PATHWAY_FEATURES } from '../pathway.app';

const silent = pino({ level: 'silent' });

/**
 * The pathway service's consumers and handlers against a real, migrated PostgreSQL database,
 * without Kafka: events are delivered through the same inbox code path the Kafka consumer runs
 * (InboxConsumer's inbox insert + handler in one transaction), with the handlers Nest registered
 * from the @OnEvent methods, exactly as KafkaInboxTransport wires them.
 */
export class PathwayHarness {
  private constructor(
    readonly database: TestDatabase,
    readonly dataSource: DataSource,
    /** The service's clock, pinned: every consumer, handler and sweep reads it. */
    readonly clock: FixedClock,
    readonly app: INestMicroservice,
    private readonly inbox: InboxConsumer,
    /** The service's handlers by event key, as KafkaInboxTransport registers them (batch ones included). */
    readonly handlers: ReadonlyMap<string, InboxHandler>,
  ) {}

  static async start(label: string, now: Date = new Date()): Promise<PathwayHarness> {
    const clock = new FixedClock(now);
    const database = await createTestDatabase(label);
    const dataSource = new DataSource({ ...pathwayDataSourceOptions(database.url), extra: { max: 8 } });
    await dataSource.initialize();
    await dataSource.runMigrations();
    const kafka = createKafka('pathway-harness', testInfrastructure().kafkaBrokers, silent); // never connected
    const transport = new KafkaInboxTransport({ service: 'pathway', kafka, dataSource, logger: silent });

    @Global()
    @Module({
      providers: [
        { provide: OutboxWriter, useValue: new OutboxWriter() },
        { provide: Clock, useValue: clock },
      ],
      exports: [OutboxWriter, Clock],
    })
    class HarnessCoreModule {}

    @Module({
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => pathwayDataSourceOptions(database.url),
          dataSourceFactory: async () => dataSource,
        }),
        HarnessCoreModule,
        ...PATHWAY_FEATURES,
      ],
    })
    class HarnessModule {}

    const app = await NestFactory.createMicroservice(HarnessModule, { strategy: transport, logger: false });
    app.useGlobalFilters(new ServiceExceptionFilter()); // as startService registers it: a handler's own error reaches the inbox
    await app.init(); // registers the @OnEvent handlers on the transport, runs bootstrap hooks (template seed)
    const handlers = harnessHandlers(transport);
    const inbox = handDeliveryInbox('pathway', dataSource, handlers);
    await app.get(SeedDefaultTemplatesHandler).execute({ now: clock.now() });
    return new PathwayHarness(database, dataSource, clock, app, inbox, handlers);
  }

  /** Delivers one event as Kafka would hand it over: decoded, inbox row and effect in one transaction. */
  deliver(event: AnyEvent): Promise<void> {
    return this.deliverThrough(this.inbox, event);
  }

  /** The same inbox path with other handlers (a benchmark's baseline). */
  inboxWith(handlers: ReadonlyMap<string, InboxHandler>): InboxConsumer {
    return handDeliveryInbox('pathway', this.dataSource, handlers);
  }

  deliverThrough(inbox: InboxConsumer, event: AnyEvent): Promise<void> {
    return deliverBatch(inbox, [event]);
  }

  /**
   * Delivers events as one Kafka batch whose whole-batch transaction succeeds: decoded, their inbox
   * rows and effects in one transaction, a batch handler given its run of them at once.
   */
  deliverBatch(events: readonly AnyEvent[]): Promise<void> {
    return deliverBatch(this.inbox, events);
  }

  async deliverAll(events: readonly AnyEvent[]): Promise<void> {
    for (const event of events) await this.deliver(event);
  }

  /** What the service announced, from its outbox: each event's key and payload. */
  async outbox(aggregateId: string): Promise<{ key: string; payload: Record<string, unknown> }[]> {
    const rows: { event_type: string; envelope: { payload: Record<string, unknown> } }[] =
      await this.dataSource.query(
        `SELECT event_type, envelope FROM outbox_message WHERE message_key = $1 ORDER BY position`,
        [aggregateId],
      );
    return rows.map((row) => ({ key: row.event_type, payload: row.envelope.payload }));
  }

  async stop(): Promise<void> {
    await this.app.close();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.database.drop();
  }
}

/**
 * The handlers Nest registered from the @OnEvent and @OnEventBatch methods, wired exactly as
 * KafkaInboxTransport wires them: a batch method becomes one BatchEventHandler per topic.
 */
function harnessHandlers(transport: KafkaInboxTransport): Map<string, InboxHandler> {
  const handlers = new Map<string, InboxHandler>();
  const batches = new Map<symbol, Map<string, BatchEventHandler>>();
  for (const [pattern, nestHandler] of transport.getHandlers()) {
    const token: unknown = nestHandler.extras?.[INBOX_BATCH];
    if (typeof token === 'symbol') {
      const topic = EVENT_CATALOGUE[pattern as EventKey].topic;
      const byTopic = batches.get(token) ?? new Map<string, BatchEventHandler>();
      batches.set(token, byTopic);
      const batch = byTopic.get(topic) ?? {
        applyBatch: async (events, manager) => {
          const result = await nestHandler(events, new InboxBatchContext([events, manager]));
          await lastValueFrom(transport.transformToObservable(result), { defaultValue: undefined });
        },
      };
      byTopic.set(topic, batch);
      handlers.set(pattern, batch);
    } else {
      handlers.set(pattern, async (event, manager) => {
        const result = await nestHandler(event, new InboxContext([event, manager]));
        await lastValueFrom(transport.transformToObservable(result), { defaultValue: undefined });
      });
    }
  }
  return handlers;
}

/** Upstream events as their producers emit them (valid envelopes), for one person and programme. */
export class Story {
  readonly candidateId = randomUUID();
  readonly programmeId = randomUUID();
  readonly sponsorId = randomUUID();
  readonly officeId = randomUUID();
  readonly coachId = randomUUID();

  constructor(readonly today: Date = new Date()) {}

  /** An instant `days` before today (negative: after). */
  daysAgo(days: number): string {
    return new Date(this.today.getTime() - days * 86_400_000).toISOString();
  }

  dateDaysAgo(days: number): string {
    return this.daysAgo(days).slice(0, 10);
  }

  private event<K extends EventKey>(key: K, aggregateId: string, payload: EventPayload<K>): AnyEvent {
    return createEvent(key, aggregateId, payload) as AnyEvent;
  }

  /** The programme's terms as both ProgrammeContracted and ProgrammeAmended carry them. */
  private terms() {
    return {
      programmeId: this.programmeId,
      sponsorId: this.sponsorId,
      type: 'pse' as const,
      sites: ['Lyon Gerland'],
      headcount: 120,
      startDate: this.dateDaysAgo(20),
      durationMonths: 12,
      sessionBudgetPerPerson: 12,
      officeIds: [this.officeId],
    };
  }

  contracted(over: Partial<EventPayload<'ProgrammeContracted.v1'>> = {}): AnyEvent {
    return this.event('ProgrammeContracted.v1', this.programmeId, {
      ...this.terms(),
      outcomeTargets: [{ category: 'permanent_contract', sharePercent: 60 }],
      contractedAt: this.daysAgo(30),
      ...over,
    });
  }

  amended(over: Partial<EventPayload<'ProgrammeAmended.v1'>> = {}): AnyEvent {
    return this.event('ProgrammeAmended.v1', this.programmeId, {
      ...this.terms(),
      outcomeTargets: [],
      status: 'contracted',
      amendedAt: this.daysAgo(15),
      ...over,
    });
  }

  enrolled(): AnyEvent {
    return this.event('CandidateEnrolled.v1', this.candidateId, {
      candidateId: this.candidateId,
      programmeId: this.programmeId,
      sponsorId: this.sponsorId,
      officeIds: [this.officeId],
      enrolledAt: this.daysAgo(12),
      formerOccupationCode: 'H2909',
      languages: ['fr'],
    });
  }

  diagnosed(over: Partial<EventPayload<'CandidateDiagnosed.v1'>> = {}): AnyEvent {
    return this.event('CandidateDiagnosed.v1', this.candidateId, {
      candidateId: this.candidateId,
      programmeId: this.programmeId,
      diagnosticId: randomUUID(),
      questionnaireVersion: 'diag-2026.1',
      track: 'direct_reemployment',
      source: 'rules',
      reasonCodes: ['clear_project_same_occupation'],
      distressFlag: false,
      mobilityRadiusKm: 30,
      languages: ['fr'],
      diagnosedAt: this.daysAgo(10),
      ...over,
    });
  }

  coachAssigned(): AnyEvent {
    return this.event('CoachAssigned.v1', this.candidateId, {
      candidateId: this.candidateId,
      programmeId: this.programmeId,
      coachId: this.coachId,
      officeId: this.officeId,
      previousCoachId: null,
      mode: 'automatic',
      assignedAt: this.daysAgo(11),
    });
  }

  private slot(kind: EventPayload<'SessionBooked.v1'>['kind'], sessionId: string, daysAgo: number) {
    return {
      sessionId,
      candidateId: this.candidateId,
      coachId: this.coachId,
      officeId: this.officeId,
      kind,
      mode: 'in_person' as const,
      startsAt: this.daysAgo(daysAgo),
      endsAt: new Date(new Date(this.daysAgo(daysAgo)).getTime() + 3_600_000).toISOString(),
    };
  }

  booked(
    kind: EventPayload<'SessionBooked.v1'>['kind'],
    sessionId: string,
    startsDaysAgo: number,
    bookedDaysAgo: number,
  ): AnyEvent {
    return this.event('SessionBooked.v1', this.candidateId, {
      ...this.slot(kind, sessionId, startsDaysAgo),
      bookedAt: this.daysAgo(bookedDaysAgo),
    });
  }

  completed(kind: EventPayload<'SessionCompleted.v1'>['kind'], sessionId: string, daysAgo: number): AnyEvent {
    return this.event('SessionCompleted.v1', this.candidateId, {
      ...this.slot(kind, sessionId, daysAgo),
      completedAt: new Date(new Date(this.daysAgo(daysAgo)).getTime() + 3_600_000).toISOString(),
    });
  }

  noShow(kind: EventPayload<'SessionNoShow.v1'>['kind'], sessionId: string, daysAgo: number): AnyEvent {
    return this.event('SessionNoShow.v1', this.candidateId, {
      ...this.slot(kind, sessionId, daysAgo),
      recordedAt: new Date(new Date(this.daysAgo(daysAgo)).getTime() + 1_800_000).toISOString(),
    });
  }

  assessed(instrumentCode: string, daysAgo: number, milestoneId: string | null = null): AnyEvent {
    return this.event('AssessmentCompleted.v1', this.candidateId, {
      assessmentId: randomUUID(),
      candidateId: this.candidateId,
      instrumentCode,
      instrumentVersion: '1',
      milestoneId,
      completedAt: this.daysAgo(daysAgo),
      riasec:
        instrumentCode === 'riasec-markers-48'
          ? { scores: { R: 10, I: 7, A: 3, S: 8, E: 5, C: 9 }, hollandCode: 'RCS' }
          : null,
      skills: [],
      targetOccupationCodes: [],
    });
  }

  released(daysAgo: number): AnyEvent {
    return this.event('ResultsReleased.v1', this.candidateId, {
      assessmentId: randomUUID(),
      candidateId: this.candidateId,
      coachId: this.coachId,
      milestoneId: null,
      releasedAt: this.daysAgo(daysAgo),
    });
  }

  outcome(category: EventPayload<'CandidateOutcomeRecorded.v1'>['category'], daysAgo: number): AnyEvent {
    return this.event('CandidateOutcomeRecorded.v1', this.candidateId, {
      candidateId: this.candidateId,
      programmeId: this.programmeId,
      outcomeId: randomUUID(),
      category,
      outcomeDate: this.dateDaysAgo(daysAgo),
      recordedAt: this.daysAgo(daysAgo),
    });
  }

  /** Intake changed the person's status `daysAgo` days ago. */
  statusChanged(
    from: EventPayload<'CandidateStatusChanged.v1'>['from'],
    to: EventPayload<'CandidateStatusChanged.v1'>['to'],
    reason: EventPayload<'CandidateStatusChanged.v1'>['reason'],
    daysAgo: number,
  ): AnyEvent {
    return this.event('CandidateStatusChanged.v1', this.candidateId, {
      candidateId: this.candidateId,
      programmeId: this.programmeId,
      from,
      to,
      reason,
      expectedReturnOn: to === 'paused' ? this.dateDaysAgo(daysAgo - 60) : null,
      changedAt: this.daysAgo(daysAgo),
    });
  }

  erased(): AnyEvent {
    return this.event('CandidateErased.v1', this.candidateId, {
      candidateId: this.candidateId,
      erasedAt: this.today.toISOString(),
    });
  }
}

/** Every ordering of a list (n! of them). */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}
