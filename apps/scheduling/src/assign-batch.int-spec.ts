import { randomUUID } from 'node:crypto';
import { HEADERS, deadLetterTopicOf, type AnyEvent, type EventOf } from '@passerelle/shared/contracts';
import {
  InboxBatchContext,
  InboxContext,
  createEvent,
  type InboxConsumer,
  type InboxHandler,
} from '@passerelle/shared/messaging';
import {
  RecordedCalls,
  consumerOfOneBatch,
  deadLettersOf,
  deliverBatch,
  handDeliveryInbox,
  refuseRowOf,
  testKafka,
} from '@passerelle/shared/messaging/testing';
import { TopicReader, waitForGroupToCatchUp } from '@passerelle/shared/testing';
import type { Track } from '@passerelle/shared/contracts';
import { AssignCoachesOneByOne, AssignmentEventsConsumer } from '@passerelle/scheduling/feature-assignment';
import { startScheduling, type SchedulingUnderTest } from './test/scheduling-test-kit';

// Issue 16: CandidateEnrolled assigned per Kafka batch (`AssignCoachesHandler`, decision 0047) gives
// the tables and the events that assigning each enrolment on its own gives (`AssignCoachesOneByOne`,
// the consumer's previous code): two programmes, coaches running out of room mid-batch, people
// queued with each reason, duplicates, diagnoses in the same batch. Then two partitions' batches at
// once over the same coaches, and a poison enrolment on real Kafka.

const NOW = '2026-12-07T09:00:00.000Z';
const PEOPLE = 200;
const kafka = testKafka();
let service: SchedulingUnderTest;

beforeAll(async () => {
  service = await startScheduling('scheduling_assign_batch');
  service.clock.pin(NOW);
}, 120_000);

afterAll(async () => {
  await service?.stop();
});

interface Programme {
  programmeId: string;
  sponsorId: string;
  offices: string[];
}

const LYON: string = randomUUID();
const PARIS: string = randomUUID();
const BORDEAUX: string = randomUUID(); // serves programme A, no coach works there
const MARSEILLE: string = randomUUID();
const NICE: string = randomUUID(); // serves nobody
const A: Programme = { programmeId: randomUUID(), sponsorId: randomUUID(), offices: [LYON, PARIS, BORDEAUX] };
const B: Programme = { programmeId: randomUUID(), sponsorId: randomUUID(), offices: [MARSEILLE] };
const C: Programme = { programmeId: randomUUID(), sponsorId: randomUUID(), offices: [] }; // no terms yet

/** Coaches with about a third of the places the people need: the room runs out mid-batch. */
const COACHES: {
  offices: string[];
  languages: string[];
  specialties: Track[];
  max: number;
  active?: boolean;
}[] = [
  { offices: [LYON], languages: ['fr'], specialties: ['direct_reemployment', 'retraining'], max: 14 },
  { offices: [LYON], languages: ['fr', 'en'], specialties: ['retraining', 'business_creation'], max: 10 },
  { offices: [LYON, PARIS], languages: ['fr'], specialties: ['direct_reemployment'], max: 8 },
  { offices: [LYON], languages: ['fr'], specialties: ['direct_reemployment'], max: 30, active: false },
  { offices: [PARIS], languages: ['fr', 'de'], specialties: ['retirement_transition', 'retraining'], max: 9 },
  { offices: [MARSEILLE], languages: ['fr'], specialties: ['direct_reemployment', 'retraining'], max: 12 },
];

function enrolled(
  candidateId: string,
  programme: Programme,
  officeIds: string[],
  languages: string[],
): EventOf<'CandidateEnrolled.v1'> {
  return createEvent('CandidateEnrolled.v1', candidateId, {
    candidateId,
    programmeId: programme.programmeId,
    sponsorId: programme.sponsorId,
    officeIds,
    enrolledAt: NOW,
    formerOccupationCode: null,
    languages,
  });
}

function diagnosed(candidateId: string, programme: Programme, track: Track, languages: string[]) {
  return createEvent('CandidateDiagnosed.v1', candidateId, {
    candidateId,
    programmeId: programme.programmeId,
    diagnosticId: randomUUID(),
    questionnaireVersion: 'v1',
    track,
    source: 'rules',
    reasonCodes: ['test'],
    distressFlag: false,
    mobilityRadiusKm: 30,
    languages,
    diagnosedAt: NOW,
  });
}

const TRACKS: Track[] = ['direct_reemployment', 'retraining', 'business_creation', 'retirement_transition'];

/**
 * 200 people in intake's order: mostly programme A (reach Lyon, Paris, or both; Bordeaux alone for
 * some, whose programme has no coach there; Nice for a few, out of every programme), a quarter in
 * B, a few in C (no terms: the enrolment's offices serve). French, English or German speakers. Some
 * diagnosed before their enrolment (the track counts), some right after it (in the same batch: the
 * diagnosis may move them to a coach of their track), some enrolled twice (the second with other
 * offices) and some enrolments delivered twice.
 */
function scenario(): { before: AnyEvent[]; events: AnyEvent[] } {
  const before: AnyEvent[] = [];
  const events: AnyEvent[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const candidateId = randomUUID();
    const programme = i % 4 === 3 ? B : i % 23 === 11 ? C : A;
    const reach =
      programme === B
        ? [MARSEILLE]
        : programme === C
          ? [LYON]
          : i % 31 === 5
            ? [NICE]
            : i % 17 === 4
              ? [BORDEAUX]
              : [[LYON], [PARIS], [LYON, PARIS]][i % 3]!;
    const languages = i % 13 === 2 ? ['en'] : i % 29 === 6 ? ['de'] : ['fr'];
    const track = TRACKS[i % TRACKS.length]!;
    if (i % 10 === 5) before.push(diagnosed(candidateId, programme, track, languages));
    const enrolment = enrolled(candidateId, programme, reach, languages);
    events.push(enrolment);
    if (i % 10 === 7) events.push(diagnosed(candidateId, programme, track, languages));
    if (i % 20 === 1) events.push(enrolled(candidateId, programme, [LYON, PARIS], ['en'])); // twice
    if (i % 20 === 2) events.push(enrolment); // the same event again
  }
  return { before, events };
}

const { before, events } = scenario();

/** The service's handlers, as the transport calls them: the batch path, or one by one for enrolments. */
function handlers(enrolments: 'batch' | 'one-by-one'): Map<string, InboxHandler> {
  const consumer = service.app.get(AssignmentEventsConsumer);
  const oneByOne = service.app.get(AssignCoachesOneByOne);
  return new Map<string, InboxHandler>([
    [
      'CandidateEnrolled.v1',
      enrolments === 'batch'
        ? { applyBatch: (run, manager) => consumer.onEnrolled(run, new InboxBatchContext([run, manager])) }
        : (event, manager) => oneByOne.enrolled(manager, event as EventOf<'CandidateEnrolled.v1'>),
    ],
    [
      'CandidateDiagnosed.v1',
      (event, manager) =>
        consumer.onDiagnosed(event as EventOf<'CandidateDiagnosed.v1'>, new InboxContext([event, manager])),
    ],
  ]);
}

function inboxOf(handlerMap: Map<string, InboxHandler>): InboxConsumer {
  return handDeliveryInbox('scheduling', service.dataSource, handlerMap);
}

async function reset(): Promise<string[]> {
  const db = service.dataSource;
  await db.query(
    `TRUNCATE candidate_profile, coach_assignment, assignment_queue, programme_offices, coach, candidate_scope,
              candidate_coach, outbox_message, inbox_message CASCADE`,
  );
  for (const programme of [A, B])
    await db.query(
      `INSERT INTO programme_offices (programme_id, sponsor_id, office_ids, terms_at) VALUES ($1, $2, $3, $4)`,
      [programme.programmeId, programme.sponsorId, programme.offices, NOW],
    );
  const ids: string[] = [];
  for (const [i, coach] of COACHES.entries()) {
    const id = `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
    ids.push(id);
    await db.query(
      `INSERT INTO coach (id, display_name, email, office_ids, languages, specialties, max_caseload, weekly_hours,
                          calendar_token, active, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, '[]', $8, $9, $10)`,
      [
        id,
        `Coach ${i}`,
        `coach-${i}@batch.passerelle.test`,
        coach.offices,
        coach.languages,
        coach.specialties,
        coach.max,
        randomUUID(),
        coach.active ?? true,
        NOW,
      ],
    );
  }
  return ids;
}

/** Everything assignment writes and announces; random ids (assignment, event) left out. */
async function snapshot() {
  const q = (sql: string) => service.dataSource.query(sql);
  return {
    profiles: await q(`SELECT * FROM candidate_profile ORDER BY candidate_id`),
    assignments: await q(
      `SELECT candidate_id, programme_id, coach_id, office_id, mode, reason, explanation, assigned_by,
              assigned_at, ended_at
         FROM coach_assignment ORDER BY candidate_id, assigned_at, ended_at NULLS LAST`,
    ),
    queue: await q(`SELECT * FROM assignment_queue ORDER BY candidate_id`),
    scopes: await q(`SELECT * FROM candidate_scope ORDER BY candidate_id`),
    coaches: await q(`SELECT * FROM candidate_coach ORDER BY candidate_id`),
    inbox: await q(`SELECT event_id FROM inbox_message ORDER BY event_id`),
    // Each person's events in the order they were written, with their own cause and correlation.
    events: await q(
      `SELECT message_key, event_type, envelope->'payload' AS payload,
              envelope->>'causationId' AS causation_id, envelope->>'correlationId' AS correlation_id
         FROM outbox_message ORDER BY message_key, position`,
    ),
  };
}

async function run(size: number | 'one-by-one') {
  await reset();
  const inbox = inboxOf(handlers(size === 'one-by-one' ? 'one-by-one' : 'batch'));
  for (const event of before) await deliverBatch(inbox, [event]);
  const step = size === 'one-by-one' ? 1 : size;
  for (let i = 0; i < events.length; i += step) await deliverBatch(inbox, events.slice(i, i + step));
  return snapshot();
}

describe('CandidateEnrolled assigned per Kafka batch', () => {
  let reference: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    reference = await run('one-by-one');
  }, 120_000);

  it('the one-by-one reference covers every case: assigned, each queue reason, moved on diagnosis, coaches full', () => {
    const queue = reference.queue as { reason_code: string }[];
    const reasons = new Set(queue.map((row) => row.reason_code));
    expect([...reasons].sort()).toEqual(['no_coach_in_offices', 'no_eligible_coach', 'no_office_in_reach']);
    const assignments = reference.assignments as { coach_id: string; ended_at: Date | null }[];
    expect(assignments.filter((row) => row.ended_at !== null).length).toBeGreaterThan(0); // moved on diagnosis
    const current = assignments.filter((row) => row.ended_at === null);
    // Every active coach's caseload filled, none over it.
    for (const [i, coach] of COACHES.entries()) {
      const id = `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
      const load = current.filter((row) => row.coach_id === id).length;
      if (coach.active === false) expect(load).toBe(0);
      else expect(load).toBeLessThanOrEqual(coach.max);
    }
    expect(current.length).toBeGreaterThan(50);
    expect(queue.length).toBeGreaterThan(50);
    const types = new Set((reference.events as { event_type: string }[]).map((e) => e.event_type));
    expect([...types]).toEqual(['CoachAssigned.v1']);
  });

  it.each([1, 7, PEOPLE])(
    'batches of %i give the same tables and events as one event at a time',
    async (size) => {
      expect(await run(size)).toEqual(reference);
    },
    120_000,
  );

  it('two partitions’ batches at once over the same coaches fill each coach once, none over their caseload', async () => {
    const ids = await reset();
    const people = Array.from({ length: 80 }, () => randomUUID());
    // All in Lyon: the three active coaches there have 32 places between them.
    const first = people.slice(0, 40).map((id) => enrolled(id, A, [LYON], ['fr']));
    const second = people.slice(40).map((id) => enrolled(id, A, [LYON], ['fr']));
    await Promise.all([
      deliverBatch(inboxOf(handlers('batch')), first),
      deliverBatch(inboxOf(handlers('batch')), second),
    ]);
    const loads: { coach_id: string; n: number }[] = await service.dataSource.query(
      `SELECT coach_id, count(*)::int AS n FROM coach_assignment WHERE ended_at IS NULL GROUP BY coach_id ORDER BY coach_id`,
    );
    expect(loads).toEqual([
      { coach_id: ids[0], n: 14 },
      { coach_id: ids[1], n: 10 },
      { coach_id: ids[2], n: 8 },
    ]);
    const [{ n }] = await service.dataSource.query(
      `SELECT count(*)::int AS n FROM assignment_queue WHERE reason_code = 'no_eligible_coach'`,
    );
    expect(n).toBe(80 - 32);
  });
});

describe('a poison enrolment in a Kafka batch', () => {
  it('is tried in the batch, then alone, then dead-lettered with its reason; the rest of the batch is assigned once', async () => {
    await reset();
    const people = Array.from({ length: 30 }, () => randomUUID());
    const batch = people.map((id) => enrolled(id, A, [LYON], ['fr']));
    const poison = batch[12]!;
    // A row the database refuses for one person: the batch's transaction fails on it.
    const allowPoison = await refuseRowOf(
      service.dataSource,
      'candidate_profile',
      poison.payload.candidateId,
      'profile refused for the test',
    );
    const deadLetters = await TopicReader.start(kafka, [deadLetterTopicOf('scheduling')]);
    const recorded = new RecordedCalls(handlers('batch').get('CandidateEnrolled.v1')!);
    // One partition, so one batch; each person's own key, as intake sends them (decision 0042).
    const { topic, consumer, group } = await consumerOfOneBatch({
      kafka,
      service: 'scheduling',
      dataSource: service.dataSource,
      handlers: new Map([['CandidateEnrolled.v1', recorded.handler]]),
      events: batch,
    });
    try {
      await consumer.start();
      await waitForGroupToCatchUp(kafka, group, topic, 60_000);
      // Tried as part of a batch, then alone, twice (the policy), then dead-lettered.
      expect(recorded.triesOf(poison.eventId)).toEqual({ withOthers: true, alone: 2 });
      const parked = await deadLettersOf(deadLetters, topic);
      expect(parked.map((m) => m.header(HEADERS.eventId))).toEqual([poison.eventId]);
      expect(parked[0]!.header(HEADERS.deadLetterReason)).toBe(
        'handler failed: profile refused for the test',
      );
      const others = people.filter((id) => id !== poison.payload.candidateId).sort();
      const profiles: { candidate_id: string }[] = await service.dataSource.query(
        `SELECT candidate_id FROM candidate_profile ORDER BY candidate_id`,
      );
      expect(profiles.map((row) => row.candidate_id)).toEqual(others);
      // 32 places in Lyon: 29 people assigned once each, each announced once.
      const assigned: { message_key: string; n: number }[] = await service.dataSource.query(
        `SELECT message_key, count(*)::int AS n FROM outbox_message WHERE event_type = 'CoachAssigned.v1'
          GROUP BY message_key ORDER BY message_key`,
      );
      expect(assigned).toEqual(others.map((id) => ({ message_key: id, n: 1 })));
      const [{ n }] = await service.dataSource.query(
        `SELECT count(*)::int AS n FROM coach_assignment WHERE ended_at IS NULL`,
      );
      expect(n).toBe(29);
    } finally {
      await consumer.stop().catch(() => undefined);
      await deadLetters.stop();
      await allowPoison();
    }
  }, 120_000);
});
