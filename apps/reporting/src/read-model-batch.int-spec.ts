import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { AnyEvent, EventKey, EventPayload } from '@passerelle/shared/contracts';
import { createEvent } from '@passerelle/shared/messaging';
import { runMigrations } from '@passerelle/shared/runtime';
import { createTestDatabase, type TestDatabase } from '@passerelle/shared/testing';
import {
  ReadModelBatchWriter,
  ReportingRepository,
  reportingDataSourceOptions,
  type ReadModelFact,
} from '@passerelle/reporting/data-access';
import { readModelFactsOf } from '@passerelle/reporting/feature-committee';

// The read model per Kafka batch (ReadModelBatchWriter, what the service runs) gives the rows the
// per-event writes (ReportingRepository, one transaction per event) give for the same events in the
// same order: one batch of everything, batches of five, and one event at a time, on real PostgreSQL,
// with a person erased in the middle of a batch and events about them after it, an erasure before
// the person's enrolment, a corrected outcome, an answered offer logged again, a late booking after
// a session's end, risk set and cleared, a reassignment, and a late older amendment of the terms.

const TABLES = {
  reporting_programme: 'programme_id',
  reporting_person: 'person_key',
  reporting_status_change: 'event_id',
  reporting_outcome: 'outcome_id',
  reporting_valid_job_offer: 'valid_job_offer_id',
  reporting_session: 'session_id',
  reporting_coach_assignment: 'event_id',
} as const;

const databases: TestDatabase[] = [];
const dataSources: DataSource[] = [];
let salt: string | null = null;

/** A fresh read model; every one shares the first one's salt, so erased keys compare. */
async function freshReadModel(label: string): Promise<DataSource> {
  const database = await createTestDatabase(label);
  databases.push(database);
  await runMigrations(reportingDataSourceOptions(database.url));
  const dataSource = new DataSource(reportingDataSourceOptions(database.url));
  await dataSource.initialize();
  dataSources.push(dataSource);
  if (salt === null) [{ salt }] = await dataSource.query(`SELECT salt FROM reporting_erasure_salt`);
  else await dataSource.query(`UPDATE reporting_erasure_salt SET salt = $1`, [salt]);
  return dataSource;
}

afterAll(async () => {
  for (const dataSource of dataSources) await dataSource.destroy();
  for (const database of databases) await database.drop();
});

/** Every row of every table of the read model, in a stable order. */
async function tables(dataSource: DataSource): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const [table, id] of Object.entries(TABLES))
    result[table] = await dataSource.query(`SELECT * FROM ${table} ORDER BY ${id}`);
  return result;
}

/** The per-event writes, as the consumer made them one event at a time before batches. */
async function applyOne(repository: ReportingRepository, manager: EntityManager, fact: ReadModelFact) {
  switch (fact.kind) {
    case 'programme':
      return repository.recordProgramme(manager, fact.terms, fact.termsAt);
    case 'enrolment':
      return repository.recordEnrolment(manager, fact.enrolment);
    case 'journey':
      return repository.recordJourney(manager, fact.candidateId, fact.fact);
    case 'coach_assignment':
      return repository.recordCoachAssignment(manager, fact.eventId, fact);
    case 'status_change':
      return repository.recordStatusChange(manager, fact.eventId, fact.candidateId, fact.to, fact.changedAt);
    case 'outcome':
      return repository.recordOutcome(manager, fact);
    case 'valid_job_offer':
      return repository.recordValidJobOffer(manager, fact);
    case 'session':
      return repository.recordSession(manager, fact, fact.state, fact.at);
    case 'erasure':
      return repository.erase(manager, fact.candidateId, fact.erasedAt);
  }
}

/** A programme's history, in the order its topics would hand it to one consumer. */
function history() {
  const events: AnyEvent[] = [];
  let clock = Date.parse('2026-10-01T08:00:00Z');
  const add = <K extends EventKey>(key: K, aggregateId: string, payload: (at: string) => EventPayload<K>) => {
    clock += 3_600_000;
    const at = new Date(clock).toISOString();
    const event = createEvent(key, aggregateId, payload(at), new Date(clock));
    events.push(event as AnyEvent);
    return event;
  };
  const programmeId = randomUUID();
  const sponsorId = randomUUID();
  const officeId = randomUUID();
  const terms = {
    programmeId,
    sponsorId,
    type: 'pse' as const,
    sites: ['Lyon'],
    headcount: 20,
    startDate: '2026-10-01',
    durationMonths: 12,
    sessionBudgetPerPerson: 12,
    officeIds: [officeId],
    outcomeTargets: [{ category: 'permanent_contract' as const, sharePercent: 40 }],
  };
  add('ProgrammeContracted.v1', programmeId, (contractedAt) => ({ ...terms, contractedAt }));
  const olderAmendment = new Date(clock + 1_800_000).toISOString();
  add('ProgrammeAmended.v1', programmeId, (amendedAt) => ({
    ...terms,
    headcount: 30,
    status: 'contracted',
    amendedAt,
  }));
  // An amendment made before the last one, arriving after it: ignored.
  add('ProgrammeAmended.v1', programmeId, () => ({
    ...terms,
    headcount: 25,
    status: 'contracted',
    amendedAt: olderAmendment,
  }));

  const [kept, erasedMidway, early, erasedFirst, corrected] = [1, 2, 3, 4, 5].map(() => randomUUID());
  const coaches = [randomUUID(), randomUUID()];
  const enrol = (candidateId: string, site: string | null) =>
    add('CandidateEnrolled.v1', candidateId, (enrolledAt) => ({
      candidateId,
      programmeId,
      sponsorId,
      officeIds: [officeId],
      enrolledAt,
      formerOccupationCode: null,
      languages: ['fr'],
      site,
      ageBand: '45-49',
      sex: 'female' as const,
      socioProfessionalCategory: 'cadre' as const,
      seniorityBand: '15+',
    }));
  const assign = (candidateId: string, coachId: string) =>
    add('CoachAssigned.v1', candidateId, (assignedAt) => ({
      candidateId,
      programmeId,
      coachId,
      officeId,
      previousCoachId: null,
      mode: 'automatic' as const,
      assignedAt,
    }));
  const slotOf = (candidateId: string) => {
    const starts = clock + 7 * 86_400_000;
    return {
      sessionId: randomUUID(),
      candidateId,
      coachId: coaches[0]!,
      officeId,
      kind: 'follow_up' as const,
      mode: 'in_person' as const,
      startsAt: new Date(starts).toISOString(),
      endsAt: new Date(starts + 3_600_000).toISOString(),
    };
  };
  const book = (slot: ReturnType<typeof slotOf>) =>
    add('SessionBooked.v1', slot.candidateId, (bookedAt) => ({ ...slot, bookedAt }));
  const reschedule = (slot: ReturnType<typeof slotOf>) =>
    add('SessionRescheduled.v1', slot.candidateId, (rescheduledAt) => ({
      ...slot,
      startsAt: new Date(Date.parse(slot.startsAt) + 86_400_000).toISOString(),
      endsAt: new Date(Date.parse(slot.endsAt) + 86_400_000).toISOString(),
      coachId: coaches[1]!,
      previousStartsAt: slot.startsAt,
      previousEndsAt: slot.endsAt,
      previousCoachId: slot.coachId,
      rescheduledAt,
    }));
  const complete = (slot: ReturnType<typeof slotOf>) =>
    add('SessionCompleted.v1', slot.candidateId, (completedAt) => ({ ...slot, completedAt }));
  const status = (
    candidateId: string,
    from: 'invited' | 'active' | 'paused',
    to: 'active' | 'paused' | 'placed',
  ) =>
    add('CandidateStatusChanged.v1', candidateId, (changedAt) => ({
      candidateId,
      programmeId,
      from,
      to,
      reason: 'first_session' as const,
      expectedReturnOn: null,
      changedAt,
    }));
  const outcome = (candidateId: string, category: 'permanent_contract' | 'training') =>
    add('CandidateOutcomeRecorded.v1', candidateId, (recordedAt) => ({
      candidateId,
      programmeId,
      outcomeId: randomUUID(),
      category,
      outcomeDate: recordedAt.slice(0, 10),
      recordedAt,
    }));
  const offer = (
    candidateId: string,
    validJobOfferId: string,
    decision: 'pending' | 'accepted' | 'refused',
  ) =>
    add('ValidJobOfferLogged.v1', candidateId, (loggedAt) => ({
      candidateId,
      programmeId,
      validJobOfferId,
      occupationCode: null,
      decision,
      loggedAt,
    }));
  const pathwayId = randomUUID();
  const milestone = (candidateId: string) =>
    add('MilestoneReached.v1', candidateId, (reachedAt) => ({
      pathwayId,
      candidateId,
      milestoneId: randomUUID(),
      kind: 'session' as const,
      causeEventId: null,
      reachedAt,
    }));
  const risk = (candidateId: string, atRisk: boolean) =>
    atRisk
      ? add('CandidateAtRisk.v1', candidateId, (detectedAt) => ({
          candidateId,
          pathwayId,
          reasons: ['inactivity' as const],
          urgency: 'normal' as const,
          detectedAt,
        }))
      : add('CandidateRiskCleared.v1', candidateId, (clearedAt) => ({ candidateId, pathwayId, clearedAt }));
  const erase = (candidateId: string) =>
    add('CandidateErased.v1', candidateId, (erasedAt) => ({ candidateId, erasedAt }));

  // Facts about a person before their enrolment arrives (topics are read in parallel).
  assign(early!, coaches[0]!);
  const earlySlot = slotOf(early!);
  book(earlySlot);
  // A person erased before their enrolment arrives (a rebuild replays topics at different paces).
  erase(erasedFirst!);
  for (const candidateId of [kept!, erasedMidway!, early!, erasedFirst!, corrected!])
    enrol(candidateId, candidateId === corrected ? null : 'Lyon');
  add('CandidateDiagnosed.v1', kept!, (diagnosedAt) => ({
    candidateId: kept!,
    programmeId,
    diagnosticId: randomUUID(),
    questionnaireVersion: '2026-01',
    track: 'direct_reemployment' as const,
    source: 'rules' as const,
    reasonCodes: ['recent_experience'],
    distressFlag: false,
    mobilityRadiusKm: 30,
    languages: ['fr'],
    diagnosedAt,
  }));
  assign(kept!, coaches[0]!);
  assign(kept!, coaches[1]!); // a reassignment: the first assignment's time stays
  const [s1, s2, s3] = [slotOf(kept!), slotOf(kept!), slotOf(erasedMidway!)];
  book(s1!);
  reschedule(s1!);
  complete(s1!);
  book(s1!); // a late booking never undoes the end
  book(s2!);
  add('SessionNoShow.v1', kept!, (recordedAt) => ({ ...s2!, recordedAt }));
  reschedule(s2!);
  book(s3!);
  status(kept!, 'invited', 'active');
  status(kept!, 'active', 'paused');
  status(kept!, 'paused', 'active');
  milestone(kept!);
  milestone(kept!);
  risk(kept!, true);
  risk(kept!, false);
  risk(kept!, true);
  risk(corrected!, true);
  risk(corrected!, false);
  add('AssessmentCompleted.v1', kept!, (completedAt) => ({
    assessmentId: randomUUID(),
    candidateId: kept!,
    instrumentCode: 'riasec',
    instrumentVersion: '1',
    milestoneId: null,
    completedAt,
    riasec: null,
    skills: [],
    targetOccupationCodes: [],
  }));
  add('PathwayCompleted.v1', kept!, (completedAt) => ({ pathwayId, candidateId: kept!, completedAt }));
  const keptOffer = randomUUID();
  offer(kept!, keptOffer, 'pending');
  offer(kept!, keptOffer, 'accepted');
  offer(kept!, keptOffer, 'pending'); // logged again after its answer: the answer stays
  outcome(kept!, 'permanent_contract');
  status(kept!, 'active', 'placed');
  // The erased person's facts, the erasure in the middle, then more about them.
  outcome(erasedMidway!, 'training');
  milestone(erasedMidway!);
  offer(erasedMidway!, randomUUID(), 'pending');
  erase(erasedMidway!);
  complete(s3!);
  milestone(erasedMidway!);
  status(erasedMidway!, 'invited', 'active');
  // A correction: the later outcome is the current one.
  const correctedOffer = randomUUID();
  offer(corrected!, correctedOffer, 'pending');
  outcome(corrected!, 'training');
  outcome(corrected!, 'permanent_contract');
  offer(corrected!, correctedOffer, 'refused');
  complete(earlySlot);
  return { events, programmeId, erased: [erasedMidway!, erasedFirst!], corrected: corrected! };
}

describe('the read model per Kafka batch', () => {
  it('gives the rows one event at a time gives: in one batch, in batches of five', async () => {
    const { events, programmeId, erased, corrected } = history();
    const oneByOne = await freshReadModel('reporting_per_event');
    const repository = new ReportingRepository(oneByOne);
    const writer = new ReadModelBatchWriter();
    for (const event of events)
      await oneByOne.transaction(async (manager) => {
        for (const fact of readModelFactsOf(event)) await applyOne(repository, manager, fact);
      });
    const expected = await tables(oneByOne);

    for (const size of [events.length, 5, 1]) {
      const batched = await freshReadModel(`reporting_batch_${size}`);
      for (let i = 0; i < events.length; i += size)
        await batched.transaction((manager) =>
          writer.apply(manager, events.slice(i, i + size).flatMap(readModelFactsOf)),
        );
      expect(await tables(batched)).toEqual(expected);
    }

    // What they agree on is the read model, not nothing.
    expect(expected['reporting_programme']).toMatchObject([{ programme_id: programmeId, headcount: 30 }]);
    expect(expected['reporting_person']).toHaveLength(5);
    const all = JSON.stringify(expected);
    for (const candidateId of erased) expect(all).not.toContain(candidateId);
    const erasedRows = (expected['reporting_person'] as { erased_at: Date | null }[]).filter(
      (row) => row.erased_at,
    );
    expect(erasedRows).toHaveLength(2);
    const outcomes = expected['reporting_outcome'] as { person_key: string; category: string }[];
    expect(outcomes).toHaveLength(4);
    expect(
      outcomes
        .filter((row) => row.person_key === corrected)
        .map((row) => row.category)
        .sort(),
    ).toEqual(['permanent_contract', 'training']);
    expect(expected['reporting_session']).toEqual(
      expect.arrayContaining([expect.objectContaining({ status: 'completed', reschedules: 1 })]),
    );
  });
});
