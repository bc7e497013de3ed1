import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import type { AnyEvent } from '@passerelle/shared/contracts';
import { createEvent } from '@passerelle/shared/messaging';
import { TopicReader, dataOf, waitFor } from '@passerelle/shared/testing';
import {
  startIntakeTestService,
  type GraphQLResult,
  type IntakeTestService,
} from './test/intake-test-service';

// A person's lifecycle on a real database and broker: the first session makes them active, a
// coach pauses and brings them back, an outcome places them, ops exit and reinstate; each change
// audited and announced, the refusals with their codes.

const OFFICE_A = randomUUID();
const OFFICE_B = randomUUID();
const COACH = randomUUID();
const ops: Identity = { subject: 'ops-a', role: 'ops', officeIds: [OFFICE_A], allOffices: false };
const opsB: Identity = { subject: 'ops-b', role: 'ops', officeIds: [OFFICE_B], allOffices: false };
const coach: Identity = { subject: 'coach-1', role: 'coach', coachId: COACH, officeIds: [OFFICE_A] };

const CHANGE = `mutation S($input: ChangeCandidateStatusInput!) {
  changeCandidateStatus(input: $input) { from to reason expectedReturnOn note changedBy }
}`;
const STATUS = `query Q($id: ID!) {
  candidate(id: $id) { status statusHistory { from to reason expectedReturnOn note changedBy } }
}`;

interface StatusAnswer {
  candidate: {
    status: string;
    statusHistory: { from: string; to: string; reason: string; expectedReturnOn: string | null }[];
  };
}

let intake: IntakeTestService;
let reader: TopicReader;
let programmeId: string;

const ok = <T>(result: GraphQLResult<T>): T => dataOf(result);
const codeOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.['code'];
const fieldsOf = (result: GraphQLResult<unknown>) =>
  (result.errors?.[0]?.extensions?.['fields'] as { field: string }[] | undefined)?.map((f) => f.field);

function published(candidateId: string, count: number): Promise<AnyEvent[]> {
  return waitFor(
    async () => {
      const events = reader
        .matching((message) => message.message.key?.toString() === candidateId)
        .map((message) => JSON.parse(message.value!) as AnyEvent)
        .filter((event) => event.type === 'CandidateStatusChanged');
      return events.length >= count ? events : undefined;
    },
    { what: `${count} CandidateStatusChanged for ${candidateId}` },
  );
}

async function enrol(employeeNumber: string): Promise<string> {
  const { enrollCandidate } = ok(
    await intake.call<{ enrollCandidate: { id: string } }>(
      ops,
      `mutation E($input: EnrollCandidateInput!) { enrollCandidate(input: $input) { id } }`,
      {
        input: {
          programmeId,
          employeeNumber,
          firstName: 'Inès',
          lastName: 'Moreira',
          email: `${employeeNumber.toLowerCase()}@acme.example`,
          languages: ['fr'],
        },
      },
    ),
  );
  await intake.publish(
    createEvent('CoachAssigned.v1', enrollCandidate.id, {
      candidateId: enrollCandidate.id,
      programmeId,
      coachId: COACH,
      officeId: OFFICE_A,
      previousCoachId: null,
      mode: 'automatic',
      assignedAt: '2026-06-01T09:00:00.000Z',
    }),
  );
  await waitFor(
    // A refused read answers `data: { candidate: null }` with its error: wait for the person.
    async () =>
      (await intake.call<StatusAnswer>(coach, STATUS, { id: enrollCandidate.id })).data?.candidate
        ? true
        : undefined,
    { what: 'the coach sees the person' },
  );
  return enrollCandidate.id;
}

async function sessionCompleted(candidateId: string, completedAt: string): Promise<void> {
  await intake.publish(
    createEvent('SessionCompleted.v1', candidateId, {
      sessionId: randomUUID(),
      candidateId,
      coachId: COACH,
      officeId: OFFICE_A,
      kind: 'welcome',
      mode: 'in_person',
      startsAt: '2026-06-10T08:00:00.000Z',
      endsAt: '2026-06-10T09:00:00.000Z',
      completedAt,
    }),
  );
}

beforeAll(async () => {
  intake = await startIntakeTestService('intake_lifecycle');
  reader = await TopicReader.start(intake.kafka, [intake.topics.topic('passerelle.intake.candidate')]);
  const { createSponsor } = ok(
    await intake.call<{ createSponsor: { id: string } }>(
      ops,
      `mutation { createSponsor(input: { name: "Acme" }) { id } }`,
    ),
  );
  const { createProgramme } = ok(
    await intake.call<{ createProgramme: { id: string } }>(
      ops,
      `mutation P($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
      {
        input: {
          sponsorId: createSponsor.id,
          name: 'PSE Acme 2026',
          officeIds: [OFFICE_A],
          terms: {
            type: 'PSE',
            sites: ['Lyon'],
            headcount: 10,
            startDate: '2026-03-02',
            durationMonths: 12,
            sessionBudgetPerPerson: 20,
            outcomeTargets: [],
          },
        },
      },
    ),
  );
  programmeId = createProgramme.id;
});

afterAll(async () => {
  await reader?.stop();
  await intake?.stop();
});

describe('a person’s lifecycle', () => {
  it('goes invited -> active at the first session, then paused, back, placed by an outcome, reinstated and exited', async () => {
    const candidateId = await enrol('L-001');
    await sessionCompleted(candidateId, '2026-06-10T09:00:00.000Z');
    await waitFor(
      async () =>
        ok(await intake.call<StatusAnswer>(coach, STATUS, { id: candidateId })).candidate.status === 'ACTIVE'
          ? true
          : undefined,
      { what: 'the person active after their first session' },
    );
    // A second session changes nothing: the person is already active.
    await sessionCompleted(candidateId, '2026-06-12T09:00:00.000Z');

    ok(
      await intake.call(coach, CHANGE, {
        input: {
          candidateId,
          status: 'PAUSED',
          reason: 'ILLNESS',
          expectedReturnOn: '2026-07-20',
          note: 'Arrêt maladie transmis par la personne.',
        },
      }),
    );
    ok(await intake.call(coach, CHANGE, { input: { candidateId, status: 'ACTIVE', reason: 'RETURNED' } }));
    ok(
      await intake.call(
        ops,
        `mutation R($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`,
        {
          input: {
            candidateId,
            category: 'PERMANENT_CONTRACT',
            outcomeDate: '2026-06-20',
            employerName: 'Transdev',
          },
        },
      ),
    );
    ok(
      await intake.call(ops, CHANGE, {
        input: { candidateId, status: 'ACTIVE', reason: 'REINSTATED', note: 'Période d’essai rompue.' },
      }),
    );
    ok(await intake.call(ops, CHANGE, { input: { candidateId, status: 'EXITED', reason: 'WITHDRAWAL' } }));

    const { candidate } = ok(await intake.call<StatusAnswer>(ops, STATUS, { id: candidateId }));
    expect(candidate.status).toBe('EXITED');
    expect(candidate.statusHistory).toMatchObject([
      { from: 'INVITED', to: 'ACTIVE', reason: 'FIRST_SESSION', changedBy: 'system' },
      {
        from: 'ACTIVE',
        to: 'PAUSED',
        reason: 'ILLNESS',
        expectedReturnOn: '2026-07-20',
        changedBy: 'coach-1',
      },
      { from: 'PAUSED', to: 'ACTIVE', reason: 'RETURNED', expectedReturnOn: null },
      { from: 'ACTIVE', to: 'PLACED', reason: 'OUTCOME_RECORDED', changedBy: 'ops-a' },
      { from: 'PLACED', to: 'ACTIVE', reason: 'REINSTATED', note: 'Période d’essai rompue.' },
      { from: 'ACTIVE', to: 'EXITED', reason: 'WITHDRAWAL' },
    ]);
    const events = await published(candidateId, 6);
    expect(events.map((event) => event.payload)).toMatchObject([
      {
        candidateId,
        programmeId,
        from: 'invited',
        to: 'active',
        reason: 'first_session',
        changedAt: '2026-06-10T09:00:00.000Z',
      },
      { from: 'active', to: 'paused', reason: 'illness', expectedReturnOn: '2026-07-20' },
      { from: 'paused', to: 'active', reason: 'returned', expectedReturnOn: null },
      { from: 'active', to: 'placed', reason: 'outcome_recorded' },
      { from: 'placed', to: 'active', reason: 'reinstated' },
      { from: 'active', to: 'exited', reason: 'withdrawal' },
    ]);
    // The note stays in intake.
    expect(JSON.stringify(events)).not.toContain('Arrêt maladie');
  });

  it('makes an invited person active at their first sign-in (identity’s AccountActivated)', async () => {
    const candidateId = await enrol('L-004');
    const activated = (activatedAt: string) =>
      intake.publish(
        createEvent('AccountActivated.v1', randomUUID(), {
          accountId: randomUUID(),
          role: 'candidate',
          candidateId,
          activatedAt,
        }),
      );
    await activated('2026-06-11T07:45:00.000Z');
    const [event] = await published(candidateId, 1);
    expect(event!.payload).toMatchObject({ from: 'invited', to: 'active', reason: 'first_sign_in' });
    const { candidate } = ok(await intake.call<StatusAnswer>(ops, STATUS, { id: candidateId }));
    expect(candidate.status).toBe('ACTIVE');
  });

  it('refuses what the lifecycle does not allow, naming the field, and exits to the coach', async () => {
    const candidateId = await enrol('L-002');
    const pause = { candidateId, status: 'PAUSED', reason: 'ILLNESS', expectedReturnOn: '2026-07-20' };

    const noReturn = await intake.call(coach, CHANGE, { input: { ...pause, expectedReturnOn: null } });
    expect(codeOf(noReturn)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(noReturn)).toEqual(['expectedReturnOn']);
    const pastReturn = await intake.call(coach, CHANGE, {
      input: { ...pause, expectedReturnOn: '2026-06-01' },
    });
    expect(fieldsOf(pastReturn)).toEqual(['expectedReturnOn']);
    const wrongReason = await intake.call(coach, CHANGE, { input: { ...pause, reason: 'WITHDRAWAL' } });
    expect(fieldsOf(wrongReason)).toEqual(['reason']);
    const placedByHand = await intake.call(ops, CHANGE, {
      input: { candidateId, status: 'PLACED', reason: 'OUTCOME_RECORDED' },
    });
    expect(fieldsOf(placedByHand)).toEqual(['status']);
    const notPaused = await intake.call(coach, CHANGE, {
      input: { candidateId, status: 'ACTIVE', reason: 'RETURNED' },
    });
    expect(fieldsOf(notPaused)).toEqual(['status']);

    const exitByCoach = await intake.call(coach, CHANGE, {
      input: { candidateId, status: 'EXITED', reason: 'WITHDRAWAL' },
    });
    expect(codeOf(exitByCoach)).toBe('STATUS_CHANGE_FOR_OPS');
    const otherOffice = await intake.call(opsB, CHANGE, { input: pause });
    expect(codeOf(otherOffice)).toBe('CANDIDATE_NOT_FOUND');
    const byThePerson = await intake.call({ subject: 'c', role: 'candidate', candidateId }, CHANGE, {
      input: pause,
    });
    expect(codeOf(byThePerson)).toBe('FORBIDDEN');

    ok(
      await intake.call(ops, CHANGE, {
        input: { candidateId, status: 'EXITED', reason: 'END_OF_PROGRAMME' },
      }),
    );
    const reinstatedWithoutWhy = await intake.call(ops, CHANGE, {
      input: { candidateId, status: 'ACTIVE', reason: 'REINSTATED' },
    });
    expect(fieldsOf(reinstatedWithoutWhy)).toEqual(['note']);
    // An exited person's outcome does not bring them back.
    ok(
      await intake.call(
        ops,
        `mutation R($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`,
        {
          input: {
            candidateId,
            category: 'PERMANENT_CONTRACT',
            outcomeDate: '2026-06-20',
            employerName: 'SNCF',
          },
        },
      ),
    );
    const { candidate } = ok(await intake.call<StatusAnswer>(ops, STATUS, { id: candidateId }));
    expect(candidate.status).toBe('EXITED');
    // The person sees their status, not the audit trail.
    const own = ok(
      await intake.call<StatusAnswer>({ subject: 'c', role: 'candidate', candidateId }, STATUS, {
        id: candidateId,
      }),
    );
    expect(own.candidate).toEqual({ status: 'EXITED', statusHistory: [] });
  });

  it('applies two changes asked at once one after the other, never both from the same status', async () => {
    const candidateId = await enrol('L-003');
    const pause = { candidateId, status: 'PAUSED', reason: 'TRAINING', expectedReturnOn: '2026-09-01' };
    const answers = await Promise.all([
      intake.call(coach, CHANGE, { input: pause }),
      intake.call(ops, CHANGE, { input: pause }),
    ]);
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(answers.map(codeOf).filter(Boolean)).toEqual(['BAD_USER_INPUT']);
    const { candidate } = ok(await intake.call<StatusAnswer>(ops, STATUS, { id: candidateId }));
    expect(candidate.statusHistory).toHaveLength(1);
  });
});
