// Reporting (issue 17), two figures measured in the same run on the real PostgreSQL and Kafka:
// 1. events applied per second into the read model: a seeded programme's events (enrolments with
//    their categories, diagnoses, coaches, sessions booked, moved, completed, cancelled or missed,
//    milestones, risk, OVE and their answers, outcomes with corrections, pauses, placements, exits,
//    a few erasures) published once to fresh bench topics (one per real topic, 6 partitions, keyed
//    as their producers key them), then consumed by the reporting consumer's own handlers
//    (`ReadModelEventsConsumer`, `ReadModelBatchWriter`, a Kafka batch's events at once, its inbox)
//    through the shared messaging library, against the same library consuming the same events with an empty handler.
//    ratio = reporting events/s / empty-handler events/s (higher is better; target >= 0.5x).
// 2. the commission de suivi's dashboard of that programme, asked of the reporting service over
//    HTTP (GraphQL, a forwarded sponsor identity, as the gateway calls it), against the bare SQL of
//    the same figures (hand-written aggregates, no suppression) on the same database, interleaved.
//    ratio = bare SQL p95 / API p95 (higher is better); target: API p95 under 300 ms.
//    Where the API's time goes, timed in-process in the same rounds: the service's counting
//    statement (`DashboardCountsRepository`) and the suppression (`committeeDashboardFromCounts`);
//    then, apart, the previous path (every person's facts read into memory, `committeeDashboard`).
// Not a test: it prints figures.
//   npm run bench:reporting [-- --people 10000 --sessions 6 --rounds 40 --seed 17]
import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { randomBytes, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Partitioners, type Kafka, type Message } from 'kafkajs';
import pino from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import {
  EVENT_CATALOGUE,
  type AnyEvent,
  type EventKey,
  type EventPayload,
} from '@passerelle/shared/contracts';
import {
  InboxBatchContext,
  InboxConsumer,
  createEvent,
  createKafka,
  eventHeaders,
  type BatchEventHandler,
  type EventHandler,
  type InboxHandler,
} from '@passerelle/shared/messaging';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import {
  createTestDatabase,
  freePort,
  startGroupsAtTopicEnd,
  subgraphAs,
  testInfrastructure,
  type TestDatabase,
} from '@passerelle/shared/testing';
import {
  DashboardCountsRepository,
  ReadModelBatchWriter,
  ReportingRepository,
  reportingDataSourceOptions,
} from '@passerelle/reporting/data-access';
import { committeeDashboard, committeeDashboardFromCounts } from '@passerelle/reporting/domain';
import { READ_MODEL_EVENTS, ReadModelEventsConsumer } from '@passerelle/reporting/feature-committee';
import { reportingApp } from '../../apps/reporting/src/reporting.app';
import { runBenchmark } from './bench-kit';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '10000' },
    sessions: { type: 'string', default: '6' },
    rounds: { type: 'string', default: '40' },
    seed: { type: 'string', default: '17' },
  },
});
const PEOPLE = Number(values.people);
const SESSIONS = Number(values.sessions);
const ROUNDS = Number(values.rounds);
const SEED = Number(values.seed);
const PARTITIONS = 6; // as the event topics
const AS_OF = '2026-11-30T23:00:00.000Z';
const logger = pino({ level: 'silent' });

/** mulberry32: the same programme for the same seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A programme of PEOPLE people, its events in the order their producers would publish them. */
function programmeEvents(seed: number) {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
  };
  const DAY = 86_400_000;
  const start = Date.parse('2026-01-05T08:00:00Z');
  const iso = (ms: number) => new Date(ms).toISOString();
  const programmeId = uuid();
  const sponsorId = uuid();
  const officeId = uuid();
  const coaches = Array.from({ length: Math.max(1, Math.ceil(PEOPLE / 30)) }, uuid);
  const events: AnyEvent[] = [];
  const add = <K extends EventKey>(key: K, aggregateId: string, payload: EventPayload<K>, at: number) =>
    events.push(createEvent(key, aggregateId, payload, new Date(at)) as AnyEvent);

  add(
    'ProgrammeContracted.v1',
    programmeId,
    {
      programmeId,
      sponsorId,
      type: 'pse',
      sites: ['Lyon', 'Vénissieux', 'Grenoble', 'Saint-Étienne'],
      headcount: PEOPLE,
      startDate: '2026-01-05',
      durationMonths: 12,
      sessionBudgetPerPerson: 12,
      officeIds: [officeId],
      outcomeTargets: [
        { category: 'permanent_contract', sharePercent: 40 },
        { category: 'fixed_term_6_months_or_more', sharePercent: 15 },
        { category: 'training', sharePercent: 10 },
      ],
      contractedAt: iso(start - 10 * DAY),
    },
    start - 10 * DAY,
  );
  const erasures: string[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const candidateId = uuid();
    const enrolledAt = start + Math.floor(random() * 120) * DAY;
    const status = (
      from: 'invited' | 'active' | 'placed',
      to: 'active' | 'paused' | 'placed' | 'exited',
      at: number,
    ) =>
      add(
        'CandidateStatusChanged.v1',
        candidateId,
        {
          candidateId,
          programmeId,
          from,
          to,
          reason: {
            active: 'first_session',
            paused: 'illness',
            placed: 'outcome_recorded',
            exited: 'withdrawal',
          }[to] as 'first_session',
          expectedReturnOn: null,
          changedAt: iso(at),
        },
        at,
      );
    add(
      'CandidateEnrolled.v1',
      candidateId,
      {
        candidateId,
        programmeId,
        sponsorId,
        officeIds: [officeId],
        enrolledAt: iso(enrolledAt),
        formerOccupationCode: null,
        languages: ['fr'],
        site: pick(['Lyon', 'Lyon', 'Vénissieux', 'Grenoble', 'Saint-Étienne']),
        ageBand: pick(['<26', '26-44', '26-44', '45-49', '50-54', '55+', null]),
        sex: pick(['female', 'male', null] as const),
        socioProfessionalCategory: pick([
          'ouvrier',
          'employe',
          'technicien_agent_de_maitrise',
          'cadre',
        ] as const),
        seniorityBand: pick(['<5', '5-14', '15+']),
      },
      enrolledAt,
    );
    add(
      'CandidateDiagnosed.v1',
      candidateId,
      {
        candidateId,
        programmeId,
        diagnosticId: uuid(),
        questionnaireVersion: '2026-01',
        track: 'direct_reemployment',
        source: 'rules',
        reasonCodes: ['recent_experience'],
        distressFlag: false,
        mobilityRadiusKm: 30,
        languages: ['fr'],
        diagnosedAt: iso(enrolledAt + DAY),
      },
      enrolledAt + DAY,
    );
    const coachId = pick(coaches);
    add(
      'CoachAssigned.v1',
      candidateId,
      {
        candidateId,
        programmeId,
        coachId,
        officeId,
        previousCoachId: null,
        mode: 'automatic',
        assignedAt: iso(enrolledAt + 2 * DAY),
      },
      enrolledAt + 2 * DAY,
    );
    let active = false;
    for (let s = 0; s < SESSIONS; s++) {
      const startsAt = enrolledAt + (7 + s * 14 + Math.floor(random() * 5)) * DAY;
      const slot = {
        sessionId: uuid(),
        candidateId,
        coachId,
        officeId,
        kind: s === 0 ? ('welcome' as const) : ('follow_up' as const),
        mode: 'in_person' as const,
        startsAt: iso(startsAt),
        endsAt: iso(startsAt + 3_600_000),
      };
      add(
        'SessionBooked.v1',
        candidateId,
        { ...slot, bookedAt: iso(startsAt - 5 * DAY) },
        startsAt - 5 * DAY,
      );
      if (random() < 0.1)
        add(
          'SessionRescheduled.v1',
          candidateId,
          {
            ...slot,
            previousStartsAt: iso(startsAt - DAY),
            previousEndsAt: iso(startsAt - DAY + 3_600_000),
            previousCoachId: coachId,
            rescheduledAt: iso(startsAt - 3 * DAY),
          },
          startsAt - 3 * DAY,
        );
      const end = random();
      if (end < 0.8) {
        add('SessionCompleted.v1', candidateId, { ...slot, completedAt: iso(startsAt) }, startsAt);
        if (!active) status('invited', 'active', startsAt);
        active = true;
      } else if (end < 0.9) {
        add('SessionNoShow.v1', candidateId, { ...slot, recordedAt: iso(startsAt + 7_200_000) }, startsAt);
      } else {
        add(
          'SessionCancelled.v1',
          candidateId,
          { ...slot, cancelledBy: 'candidate', reasonCode: 'unavailable', cancelledAt: iso(startsAt - DAY) },
          startsAt - DAY,
        );
      }
    }
    const pathwayId = uuid();
    for (let m = 0; m < 2; m++)
      add(
        'MilestoneReached.v1',
        candidateId,
        {
          pathwayId,
          candidateId,
          milestoneId: uuid(),
          kind: 'session',
          causeEventId: null,
          reachedAt: iso(enrolledAt + (20 + 30 * m) * DAY),
        },
        enrolledAt + (20 + 30 * m) * DAY,
      );
    if (random() < 0.05)
      add(
        'CandidateAtRisk.v1',
        candidateId,
        {
          candidateId,
          pathwayId,
          reasons: ['inactivity'],
          urgency: 'normal',
          detectedAt: iso(enrolledAt + 60 * DAY),
        },
        enrolledAt + 60 * DAY,
      );
    const offerAt = enrolledAt + (40 + Math.floor(random() * 60)) * DAY;
    const validJobOfferId = uuid();
    const offer = { candidateId, programmeId, validJobOfferId, occupationCode: null };
    add(
      'ValidJobOfferLogged.v1',
      candidateId,
      { ...offer, decision: 'pending', loggedAt: iso(offerAt) },
      offerAt,
    );
    const answer = random();
    if (answer < 0.8)
      add(
        'ValidJobOfferLogged.v1',
        candidateId,
        { ...offer, decision: answer < 0.3 ? 'accepted' : 'refused', loggedAt: iso(offerAt + 7 * DAY) },
        offerAt + 7 * DAY,
      );
    const fate = random();
    const from = active ? 'active' : 'invited';
    if (fate < 0.4) {
      const at = offerAt + 20 * DAY;
      const outcome = (
        category: 'permanent_contract' | 'short_fixed_term_or_temporary' | 'training',
        when: number,
      ) =>
        add(
          'CandidateOutcomeRecorded.v1',
          candidateId,
          {
            candidateId,
            programmeId,
            outcomeId: uuid(),
            category,
            outcomeDate: iso(when).slice(0, 10),
            recordedAt: iso(when),
          },
          when,
        );
      outcome(pick(['permanent_contract', 'short_fixed_term_or_temporary', 'training'] as const), at);
      status(from, 'placed', at);
      // A tenth corrected: the correction is the current outcome.
      if (random() < 0.1) outcome('permanent_contract', at + 10 * DAY);
    } else if (fate < 0.45) {
      status(from, 'paused', offerAt);
    } else if (fate < 0.5) {
      status(from, 'exited', offerAt);
    }
    if (random() < 0.002) erasures.push(candidateId);
  }
  for (const candidateId of erasures) {
    const at = Date.parse(AS_OF) - 10 * DAY;
    add('CandidateErased.v1', candidateId, { candidateId, erasedAt: iso(at) }, at);
  }
  // Published in the order things happened, as the producers would over the programme's months
  // (a stable sort: a person's events keep their order).
  const timeOf = new Map(events.map((event) => [event, Date.parse(event.occurredAt)]));
  events.sort((a, b) => timeOf.get(a)! - timeOf.get(b)!);
  return { programmeId, sponsorId, events, erasures: erasures.length };
}

async function createTopics(kafka: Kafka, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    topics: topics.map((topic) => ({ topic, numPartitions: PARTITIONS })),
    waitForLeaders: true,
  });
  await admin.disconnect();
}

async function deleteTopics(kafka: Kafka, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics });
  await admin.disconnect();
}

/**
 * The reporting consumer's own batch handler by event key, as the Nest transport finds it
 * (@OnEventBatch): one handler object per topic, so a topic's keys share it.
 */
function readModelHandlers(dataSource: DataSource): Map<string, InboxHandler> {
  void dataSource; // the writer writes through the inbox's transaction only
  const consumer = new ReadModelEventsConsumer(new ReadModelBatchWriter());
  const prototype = ReadModelEventsConsumer.prototype as unknown as Record<string, unknown>;
  const handlers = new Map<string, InboxHandler>();
  const byTopic = new Map<string, BatchEventHandler>();
  for (const name of Object.getOwnPropertyNames(prototype)) {
    const method = prototype[name];
    if (typeof method !== 'function') continue;
    const patterns: unknown = Reflect.getMetadata(PATTERN_METADATA, method);
    for (const pattern of Array.isArray(patterns) ? patterns : []) {
      const topic = EVENT_CATALOGUE[pattern as EventKey].topic;
      const handler = byTopic.get(topic) ?? {
        applyBatch: (events: readonly AnyEvent[], manager: EntityManager) =>
          (method as (e: readonly AnyEvent[], c: InboxBatchContext) => Promise<void>).call(
            consumer,
            events,
            new InboxBatchContext([events, manager]),
          ),
      };
      byTopic.set(topic, handler);
      handlers.set(String(pattern), handler);
    }
  }
  return handlers;
}

/**
 * Consumes every bench topic (one InboxConsumer per topic, as the service does) until the inbox
 * holds `total` events; returns the time from the first event handled to the last one committed.
 */
async function consumeAll(
  kafka: Kafka,
  dataSource: DataSource,
  topics: Map<string, string>,
  handlers: Map<string, InboxHandler>,
  total: number,
): Promise<number> {
  let first = 0;
  const start = () => {
    if (!first) first = performance.now();
  };
  // Each handler timed once, a batch handler staying one object for the keys that share it.
  const wrapped = new Map<InboxHandler, InboxHandler>();
  const timedOf = (handler: InboxHandler): InboxHandler => {
    const known = wrapped.get(handler);
    if (known) return known;
    const timed: InboxHandler =
      typeof handler === 'function'
        ? (event, manager) => (start(), handler(event, manager))
        : { applyBatch: (events, manager) => (start(), handler.applyBatch(events, manager)) };
    wrapped.set(handler, timed);
    return timed;
  };
  const timed = new Map([...handlers].map(([key, handler]) => [key, timedOf(handler)]));
  const groupPrefix = `bench-${randomUUID().slice(0, 8)}`;
  const consumers = [...new Set(topics.values())].map((topic) => {
    const keys = [...timed].filter(([key]) => topics.get(EVENT_CATALOGUE[key as EventKey].topic) === topic);
    return new InboxConsumer({
      service: 'reporting',
      topic,
      kafka,
      dataSource,
      logger,
      groupPrefix,
      handlers: new Map(keys),
    });
  });
  await Promise.all(consumers.map((consumer) => consumer.start()));
  let last = 0;
  for (;;) {
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM inbox_message`);
    last = performance.now();
    if (n >= total) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await Promise.all(consumers.map((consumer) => consumer.stop()));
  return last - first;
}

const DASHBOARD = `query ($programmeId: ID!, $asOf: DateTime) {
  committeeDashboard(programmeId: $programmeId, asOf: $asOf) {
    programmeId asOf suppressionThreshold peopleConcerned
    adhering { count suppressed suppression }
    statuses { status people { count suppressed suppression } }
    outcomes { category people { count suppressed suppression } targetPercent targetPeople }
    outcomesTotal { count suppressed }
    withoutOutcome { count suppressed }
    validJobOffers { proposed { count suppressed } decisions { decision offers { count suppressed } } perPerson { value suppressed } }
    daysToFirstMeeting { value suppressed }
    sessionsPerPersonPerMonth { value suppressed }
    breakdowns { dimension rows { label cells { status people { count suppressed } } total { count suppressed } } columnTotals { status people { count } } total { count } }
    months { month enrolled { count suppressed } firstMeetings { count suppressed } outcomesRecorded { count suppressed } left { count suppressed } }
  }
}`;

/**
 * The same figures in bare SQL, without suppression: people adhering by status and by each
 * dimension, current outcomes, offers by answer on the date, days to the first meeting, sessions
 * per person-month, and the months. One snapshot, as the service reads its facts.
 */
async function bareSql(dataSource: DataSource, programmeId: string): Promise<unknown[]> {
  const people = `SELECT person_key, enrolled_at, site, age_band, sex, socio_professional_category
                    FROM reporting_person WHERE programme_id = $1 AND enrolled_at <= $2`;
  const statuses = `
    WITH p AS (${people}),
    latest AS (SELECT DISTINCT ON (person_key) person_key, to_status, changed_at FROM reporting_status_change
                WHERE person_key IN (SELECT person_key FROM p) AND changed_at <= $2
                ORDER BY person_key, changed_at DESC)
    SELECT p.*, CASE WHEN latest.to_status IN ('paused', 'placed', 'exited') THEN latest.to_status
                     ELSE 'in_accompaniment' END AS status,
           CASE WHEN latest.to_status IN ('placed', 'exited') THEN latest.changed_at END AS left_at
      FROM p LEFT JOIN latest USING (person_key)`;
  return dataSource.transaction('REPEATABLE READ', async (manager) => [
    await manager.query(
      `WITH s AS (${statuses})
       SELECT site, age_band, sex, socio_professional_category, status, count(*)::int AS n FROM s
        GROUP BY GROUPING SETS ((status), (site, status), (age_band, status), (sex, status),
                                (socio_professional_category, status), ())`,
      [programmeId, AS_OF],
    ),
    await manager.query(
      `WITH p AS (${people}),
       current AS (SELECT DISTINCT ON (person_key) person_key, category FROM reporting_outcome
                    WHERE person_key IN (SELECT person_key FROM p) AND recorded_at <= $2
                    ORDER BY person_key, recorded_at DESC)
       SELECT coalesce(category, 'none') AS category, count(*)::int AS n
         FROM p LEFT JOIN current USING (person_key) GROUP BY 1`,
      [programmeId, AS_OF],
    ),
    await manager.query(
      `WITH p AS (${people})
       SELECT CASE WHEN decided_at <= $2 THEN decision ELSE 'pending' END AS decision,
              count(*)::int AS offers, count(DISTINCT person_key)::int AS people
         FROM reporting_valid_job_offer JOIN p USING (person_key) WHERE logged_at <= $2 GROUP BY 1`,
      [programmeId, AS_OF],
    ),
    await manager.query(
      `WITH s AS (${statuses}),
       done AS (SELECT person_key, min(completed_at) AS first, count(*) AS sessions FROM reporting_session
                 WHERE person_key IN (SELECT person_key FROM s) AND status = 'completed' AND completed_at <= $2
                 GROUP BY person_key)
       SELECT avg(extract(epoch FROM done.first - s.enrolled_at) / 86400) AS days_to_first_meeting,
              sum(done.sessions) / nullif(sum(extract(epoch FROM coalesce(s.left_at, $2::timestamptz) - s.enrolled_at)
                                              / (86400 * 30.436875)), 0) AS sessions_per_person_month,
              count(*)::int AS people
         FROM s LEFT JOIN done USING (person_key)`,
      [programmeId, AS_OF],
    ),
    await manager.query(
      `WITH s AS (${statuses}),
       firsts AS (SELECT person_key, min(completed_at) AS at FROM reporting_session
                   WHERE person_key IN (SELECT person_key FROM s) AND status = 'completed' AND completed_at <= $2
                   GROUP BY person_key),
       recorded AS (SELECT recorded_at AS at FROM reporting_outcome
                     WHERE person_key IN (SELECT person_key FROM s) AND recorded_at <= $2),
       months AS (
         SELECT to_char(enrolled_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS month, 'enrolled' AS what FROM s
         UNION ALL SELECT to_char(at AT TIME ZONE 'Europe/Paris', 'YYYY-MM'), 'first_meeting' FROM firsts
         UNION ALL SELECT to_char(at AT TIME ZONE 'Europe/Paris', 'YYYY-MM'), 'outcome' FROM recorded
         UNION ALL SELECT to_char(left_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM'), 'left' FROM s WHERE left_at IS NOT NULL)
       SELECT month, what, count(*)::int AS n FROM months GROUP BY month, what ORDER BY month`,
      [programmeId, AS_OF],
    ),
  ]);
}

const percentile = (samples: number[], p: number) =>
  [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(samples.length * p))] ?? NaN;

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function main(): Promise<void> {
  const { kafkaBrokers } = testInfrastructure();
  const kafka = createKafka('bench-reporting', kafkaBrokers, logger);
  const generated = performance.now();
  const { programmeId, sponsorId, events, erasures } = programmeEvents(SEED);
  const generatedMs = performance.now() - generated;

  // One bench topic per real topic the read model reads, so no running service sees these events.
  const run = randomUUID().slice(0, 8);
  const topics = new Map(
    [...new Set(READ_MODEL_EVENTS.map((key) => EVENT_CATALOGUE[key].topic))].map((topic) => [
      topic,
      `bench.reporting.${run}.${topic}`,
    ]),
  );
  await createTopics(kafka, [...topics.values()]);
  const databases: TestDatabase[] = [];
  const dataSources: DataSource[] = [];
  let app: INestApplication | null = null;
  try {
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    const byTopic = new Map<string, Message[]>();
    for (const event of events) {
      const topic = topics.get(EVENT_CATALOGUE[`${event.type}.v${event.version}` as EventKey].topic)!;
      const list = byTopic.get(topic) ?? [];
      list.push({ key: event.aggregateId, value: JSON.stringify(event), headers: eventHeaders(event, null) });
      byTopic.set(topic, list);
    }
    for (const [topic, messages] of byTopic)
      for (let i = 0; i < messages.length; i += 1000)
        await producer.send({ topic, acks: -1, messages: messages.slice(i, i + 1000) });
    await producer.disconnect();
    const perTopic = [...byTopic].map(
      ([topic, messages]) => `${topic.split('.').slice(-1)[0]} ${messages.length}`,
    );

    const fresh = async (label: string) => {
      const database = await createTestDatabase(label);
      databases.push(database);
      await runMigrations(reportingDataSourceOptions(database.url));
      const dataSource = new DataSource(reportingDataSourceOptions(database.url));
      await dataSource.initialize();
      dataSources.push(dataSource);
      return { database, dataSource };
    };
    // The baseline: the same library, the same inbox table, a handler that does nothing.
    const empty = await fresh('bench_reporting_empty');
    const nothing: EventHandler = async () => undefined;
    const emptyMs = await consumeAll(
      kafka,
      empty.dataSource,
      topics,
      new Map(READ_MODEL_EVENTS.map((key) => [key, nothing])),
      events.length,
    );
    const reporting = await fresh('bench_reporting_read_model');
    const handlers = readModelHandlers(reporting.dataSource);
    if (handlers.size !== READ_MODEL_EVENTS.length)
      throw new Error(`found ${handlers.size} handlers, expected ${READ_MODEL_EVENTS.length}`);
    const reportingMs = await consumeAll(kafka, reporting.dataSource, topics, handlers, events.length);
    const [rows] = await reporting.dataSource.query(
      `SELECT (SELECT count(*) FROM reporting_person WHERE programme_id = $1)::int AS people,
              (SELECT count(*) FROM reporting_session)::int AS sessions,
              (SELECT count(*) FROM reporting_session WHERE status = 'completed')::int AS completed,
              (SELECT count(*) FROM reporting_valid_job_offer)::int AS offers,
              (SELECT count(*) FROM reporting_outcome)::int AS outcomes`,
      [programmeId],
    );

    // The dashboard, through the service over HTTP.
    const secret = randomBytes(32).toString('hex');
    const port = await freePort();
    const groupPrefix = `bench-reporting-${run}`;
    await startGroupsAtTopicEnd(kafkaBrokers, groupPrefix, ['reporting']);
    app = await startService(reportingApp, {
      PORT: String(port),
      DATABASE_URL: reporting.database.url,
      KAFKA_BROKERS: kafkaBrokers.join(','),
      INTERNAL_IDENTITY_SECRET: secret,
      LOG_LEVEL: 'warn',
      KAFKA_GROUP_PREFIX: groupPrefix,
    });
    const sponsor: Identity = { subject: 'bench-hr', role: 'sponsor', sponsorIds: [sponsorId] };
    const api = subgraphAs(`http://127.0.0.1:${port}/graphql`, sponsor, secret);
    type Dashboard = { committeeDashboard: { adhering: { count: number | null } } };
    const runApi = () => api.ok<Dashboard>(DASHBOARD, { programmeId, asOf: AS_OF });
    const runSql = () => bareSql(reporting.dataSource, programmeId);
    const adhering = (await runApi()).committeeDashboard.adhering.count;
    for (let i = 0; i < 5; i++) {
      await runApi();
      await runSql();
    }
    const apiSamples: number[] = [];
    const sqlSamples: number[] = [];
    // In-process: the service's own counting statement, the suppression, and the previous path.
    const counting = new DashboardCountsRepository(reporting.dataSource);
    const readModel = new ReportingRepository(reporting.dataSource);
    const programme = (await readModel.findProgramme(programmeId))!;
    const asOf = new Date(AS_OF);
    const parts = { counts: [] as number[], suppression: [] as number[], inMemory: [] as number[] };
    // Interleaved, so a slow moment of the machine falls on all of them.
    for (let round = 0; round < ROUNDS; round++) {
      apiSamples.push(await time(runApi));
      sqlSamples.push(await time(runSql));
      const counted = performance.now();
      const counts = await counting.countsOf(programmeId, asOf);
      parts.counts.push(performance.now() - counted);
      parts.suppression.push(
        await time(async () => committeeDashboardFromCounts({ programme, counts, asOf })),
      );
    }
    // The previous path apart, after: its garbage (every person's facts) would otherwise be
    // collected during the next round's API call, which runs in this process too.
    for (let round = 0; round < Math.max(5, Math.round(ROUNDS / 4)); round++)
      parts.inMemory.push(
        await time(async () =>
          committeeDashboard({ programme, people: await readModel.factsOf(programmeId), asOf }),
        ),
      );

    const rate = (ms: number) => Math.round((events.length / ms) * 1000);
    console.log(
      `reporting benchmark: seed ${SEED}, one programme of ${PEOPLE.toLocaleString('en')} people, ` +
        `${events.length.toLocaleString('en')} events (${perTopic.join(', ')}), ${erasures} erased, ` +
        `generated in ${(generatedMs / 1000).toFixed(1)} s; ${PARTITIONS} partitions per topic`,
    );
    console.log(
      `read model: ${rows.people} people, ${rows.sessions} sessions (${rows.completed} completed), ` +
        `${rows.offers} offers, ${rows.outcomes} outcomes; ${adhering} adhering on ${AS_OF}`,
    );
    console.log(
      `${'figure'.padEnd(44)}${'baseline'.padStart(12)}${'reporting'.padStart(12)}${'ratio'.padStart(9)}`,
    );
    console.log(
      `${'events applied (events/s)'.padEnd(44)}${String(rate(emptyMs)).padStart(12)}${String(rate(reportingMs)).padStart(12)}` +
        `${(emptyMs / reportingMs).toFixed(2).padStart(8)}x`,
    );
    for (const [name, p] of [
      ['dashboard p50 (ms)', 0.5],
      ['dashboard p95 (ms)', 0.95],
    ] as const) {
      const sql = percentile(sqlSamples, p);
      const api = percentile(apiSamples, p);
      console.log(
        `${name.padEnd(44)}${sql.toFixed(1).padStart(12)}${api.toFixed(1).padStart(12)}${(sql / api).toFixed(2).padStart(8)}x`,
      );
    }
    for (const [name, samples] of [
      ['  its counting statement (in-process)', parts.counts],
      ['  its suppression (in-process)', parts.suppression],
      ['  previous path, facts in memory (after)', parts.inMemory],
    ] as const)
      console.log(
        `${name.padEnd(44)}${'p50'.padStart(12)}${percentile(samples, 0.5).toFixed(1).padStart(12)}` +
          `   p95 ${percentile(samples, 0.95).toFixed(1)}`,
      );
    console.log(
      'events: reporting = ReadModelEventsConsumer + ReadModelBatchWriter, per Kafka batch in the inbox transaction; baseline = the same ' +
        'InboxConsumer with an empty handler (ratio = reporting / baseline events/s, target >= 0.5x)',
    );
    console.log(
      `dashboard: ${ROUNDS} rounds, API (HTTP, GraphQL, access, counts in SQL, suppression) and bare SQL of the ` +
        'same figures interleaved (ratio = SQL / API; target: API p95 < 300 ms)',
    );
  } finally {
    await app?.close();
    for (const dataSource of dataSources) if (dataSource.isInitialized) await dataSource.destroy();
    for (const database of databases) await database.drop();
    await deleteTopics(kafka, [...topics.values()]);
  }
}

runBenchmark(main);
