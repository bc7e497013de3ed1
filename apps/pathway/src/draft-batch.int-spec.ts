import { randomUUID } from 'node:crypto';
import { HEADERS, deadLetterTopicOf, type AnyEvent, type EventOf } from '@passerelle/shared/contracts';
import type { EventHandler } from '@passerelle/shared/messaging';
import {
  RecordedCalls,
  consumerOfOneBatch,
  deadLettersOf,
  refuseRowOf,
  testKafka,
} from '@passerelle/shared/messaging/testing';
import { TopicReader, waitForGroupToCatchUp } from '@passerelle/shared/testing';
import { PlanReconciler } from '@passerelle/pathway/data-access';
import { DraftPathwayHandler } from '@passerelle/pathway/feature-plan-drafting';
import { PathwayHarness, Story } from './test/pathway-test-kit';

// Issue 16: CandidateEnrolled drafted per Kafka batch (`DraftPathwaysHandler`) gives the tables and
// the events that drafting each enrolment on its own (the previous consumer's code) gives.
let harness: PathwayHarness;
const TODAY = new Date('2026-11-23T09:00:00.000Z');
const PEOPLE = 200;

beforeAll(async () => {
  harness = await PathwayHarness.start('pathway_draft_batch', TODAY);
});

afterAll(async () => {
  await harness?.stop();
});

/**
 * The previous per-event path: the access projection's row (CandidateScopeModule's consumer), then
 * draft the one person and reconcile them, in the event's transaction.
 */
function perEventReference(): EventHandler {
  const drafts = harness.app.get(DraftPathwayHandler);
  const reconciler = harness.app.get(PlanReconciler);
  return async (event, manager) => {
    const enrolled = event as EventOf<'CandidateEnrolled.v1'>;
    const { candidateId, programmeId, sponsorId, officeIds, enrolledAt } = enrolled.payload;
    // As CandidateScopeRepository.recordEnrolment writes it (the shared projection is not an app's import).
    await manager.query(
      `INSERT INTO candidate_scope (candidate_id, programme_id, sponsor_id, office_ids, enrolled_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [candidateId, programmeId, sponsorId, officeIds, new Date(enrolledAt)],
    );
    const now = harness.clock.now();
    if (await drafts.execute(manager, { candidateId, programmeId, now })) {
      await reconciler.reconcile(manager, candidateId, now, { locked: true });
    }
  };
}

/**
 * 200 people across two programmes, and what can come before an enrolment: a session completed
 * (a fact, 30 days ago: the draft is at risk of inactivity at once), a diagnostic (the pathway is
 * drafted and planned before), an erasure (nothing may come back). Some enrolled twice (two events),
 * some enrolments delivered twice (one event).
 */
function scenario() {
  const first = new Story(TODAY);
  const second = new Story(TODAY);
  const people = Array.from({ length: PEOPLE }, (_, i) => {
    const programme = i % 2 === 0 ? first : second;
    return Object.assign(new Story(TODAY), {
      programmeId: programme.programmeId,
      sponsorId: programme.sponsorId,
      officeId: programme.officeId,
    });
  });
  const before: AnyEvent[] = [first.contracted(), second.contracted()];
  people.forEach((person, i) => {
    if (i % 10 === 3) before.push(person.completed('welcome', randomUUID(), 30));
    if (i % 10 === 5) before.push(person.diagnosed());
    if (i % 25 === 7) before.push(person.erased());
  });
  const enrolments: AnyEvent[] = [];
  people.forEach((person, i) => {
    const enrolled = person.enrolled();
    enrolments.push(enrolled);
    if (i % 20 === 1) enrolments.push(person.enrolled()); // enrolled twice
    if (i % 20 === 2) enrolments.push(enrolled); // the same event again
  });
  return { people, before, enrolments };
}

const { people, before, enrolments } = scenario();

async function reset(): Promise<void> {
  await harness.dataSource.query(
    `TRUNCATE pathway, milestone, pathway_history, pathway_fact, erased_candidate, programme_terms,
              candidate_scope, candidate_coach, outbox_message, inbox_message`,
  );
}

/** Everything the drafting writes, ids from the clock or derived kept, random ones (history, event) left out. */
async function snapshot() {
  const q = (sql: string) => harness.dataSource.query(sql);
  return {
    pathways: await q(`SELECT * FROM pathway ORDER BY candidate_id`),
    milestones: await q(`SELECT * FROM milestone ORDER BY id`),
    history: await q(
      `SELECT pathway_id, at, actor, action, milestone_id, reason, details FROM pathway_history
        ORDER BY pathway_id, seq`,
    ),
    facts: await q(`SELECT event_id, candidate_id, type, fact FROM pathway_fact ORDER BY event_id`),
    erased: await q(`SELECT * FROM erased_candidate ORDER BY candidate_id`),
    scopes: await q(`SELECT * FROM candidate_scope ORDER BY candidate_id`),
    inbox: await q(`SELECT event_id FROM inbox_message ORDER BY event_id`),
    // Each person's events in the order they were written; their own cause and correlation.
    events: await q(
      `SELECT message_key, event_type, envelope->'payload' AS payload,
              envelope->>'causationId' AS causation_id, envelope->>'correlationId' AS correlation_id
         FROM outbox_message ORDER BY message_key, position`,
    ),
  };
}

async function runPerEvent() {
  await reset();
  const inbox = harness.inboxWith(
    new Map([...harness.handlers, ['CandidateEnrolled.v1', perEventReference()]]),
  );
  for (const event of [...before, ...enrolments]) await harness.deliverThrough(inbox, event);
  return snapshot();
}

async function runInBatches(size: number) {
  await reset();
  await harness.deliverAll(before);
  for (let i = 0; i < enrolments.length; i += size) await harness.deliverBatch(enrolments.slice(i, i + size));
  return snapshot();
}

describe('CandidateEnrolled drafted per Kafka batch', () => {
  let reference: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    reference = await runPerEvent();
  });

  it('the per-event reference covers every case: new, at risk from earlier facts, planned before, erased, twice', () => {
    const pathways = reference.pathways as {
      candidate_id: string;
      status: string;
      risk_urgency: string | null;
    }[];
    const erased = people.filter((_, i) => i % 25 === 7).length;
    expect(pathways).toHaveLength(PEOPLE - erased);
    expect(pathways.filter((p) => p.status === 'planned')).toHaveLength(
      people.filter((_, i) => i % 10 === 5 && i % 25 !== 7).length,
    );
    expect(pathways.filter((p) => p.risk_urgency !== null).length).toBeGreaterThan(0);
    const types = new Set((reference.events as { event_type: string }[]).map((e) => e.event_type));
    expect([...types].sort()).toEqual(['CandidateAtRisk.v1', 'PathwayDrafted.v1', 'PathwayPlanned.v1']);
  });

  it.each([1, 7, PEOPLE])(
    'batches of %i give the same tables and events as one event at a time',
    async (size) => {
      const batched = await runInBatches(size);
      expect(batched).toEqual(reference);
    },
  );

  it('a person enrolled twice, or an enrolment delivered twice, is drafted and announced once', async () => {
    await runInBatches(PEOPLE);
    const twice = people.filter((_, i) => (i % 20 === 1 || i % 20 === 2) && i % 25 !== 7);
    for (const person of twice) {
      const drafted = (await harness.outbox(person.candidateId)).filter((e) => e.key === 'PathwayDrafted.v1');
      expect(drafted).toHaveLength(1);
    }
    const [{ n }] = await harness.dataSource.query(
      `SELECT count(*)::int AS n FROM pathway_history WHERE action = 'drafted' AND pathway_id IN
         (SELECT id FROM pathway WHERE candidate_id = ANY($1::uuid[]))`,
      [twice.map((person) => person.candidateId)],
    );
    expect(n).toBe(twice.length);
  });
});

describe('a poison enrolment in a Kafka batch', () => {
  const kafka = testKafka('pathway-draft-batch');

  it('is dead-lettered alone with its reason; the rest of the batch is drafted once', async () => {
    await reset();
    const programme = new Story(TODAY);
    await harness.deliver(programme.contracted());
    const batch = Array.from({ length: 30 }, () =>
      Object.assign(new Story(TODAY), { programmeId: programme.programmeId, sponsorId: programme.sponsorId }),
    );
    const poison = batch[12]!;
    // A row the database refuses for one person: the batch's transaction fails on it.
    const allowPoison = await refuseRowOf(
      harness.dataSource,
      'pathway',
      poison.candidateId,
      'pathway refused for the test',
    );
    const events = batch.map((person) => person.enrolled());
    const poisonId = events[12]!.eventId;
    // What each call of the batch handler got: a batch with the poison fails, then each event alone.
    const recorded = new RecordedCalls(harness.handlers.get('CandidateEnrolled.v1')!);
    const deadLetters = await TopicReader.start(kafka, [deadLetterTopicOf('pathway')]);
    const { topic, consumer, group } = await consumerOfOneBatch({
      kafka,
      service: 'pathway',
      dataSource: harness.dataSource,
      handlers: new Map([['CandidateEnrolled.v1', recorded.handler]]),
      events,
    });
    try {
      await consumer.start();
      await waitForGroupToCatchUp(kafka, group, topic);
      // Tried as part of a batch (Kafka decides how many came with it), then alone, twice (the policy).
      expect(recorded.triesOf(poisonId)).toEqual({ withOthers: true, alone: 2 });
      const drafted: { candidate_id: string }[] = await harness.dataSource.query(
        `SELECT candidate_id FROM pathway ORDER BY candidate_id`,
      );
      expect(drafted.map((row) => row.candidate_id)).toEqual(
        batch
          .filter((person) => person !== poison)
          .map((person) => person.candidateId)
          .sort(),
      );
      const [{ n }] = await harness.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_message WHERE event_type = 'PathwayDrafted.v1'`,
      );
      expect(n).toBe(29);
      const parked = await deadLettersOf(deadLetters, topic);
      expect(parked.map((m) => m.header(HEADERS.eventId))).toEqual([poisonId]);
      expect(parked[0]!.header(HEADERS.deadLetterReason)).toBe(
        'handler failed: pathway refused for the test',
      );
    } finally {
      await consumer.stop().catch(() => undefined);
      await deadLetters.stop();
      await allowPoison();
    }
  });
});
