import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Identity } from '@passerelle/shared/auth';
import type { CandidateStatus, EventOf } from '@passerelle/shared/contracts';
import { createEvent, InboxContext } from '@passerelle/shared/messaging';
import type { AnyData } from '@passerelle/shared/testing';
import { AssignmentLifecycleConsumer } from '@passerelle/scheduling/feature-assignment';
import { LifecycleEventsConsumer } from '@passerelle/scheduling/feature-sessions';
import {
  startScheduling,
  weekdays,
  workingDayAhead,
  type SchedulingUnderTest,
} from './test/scheduling-test-kit';

// A person paused or exited in intake: scheduling gives up their future sessions (a one-to-one
// cancelled, a workshop seat freed), keeps the past and their coach, and books nothing more for
// them until they are back. The service on its own, real PostgreSQL, events delivered through
// the consumers' inbox context.

const LYON = randomUUID();
const PROGRAMME = randomUUID();
const SPONSOR = randomUUID();
const ops: Identity = { subject: 'ops-lyon', role: 'ops', officeIds: [LYON], allOffices: false };

let service: SchedulingUnderTest;
let coachId: string;

const gql = (identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
  service.gql(identity, query, variables);
const ok = (identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
  service.ok(identity, query, variables);
const codeOf = (body: AnyData) => body.errors?.[0]?.extensions?.code;
const seedCandidate = async (candidateId: string) =>
  service.seedCandidate(PROGRAMME, SPONSOR, [LYON], candidateId);

/** Intake's CandidateStatusChanged, as scheduling applies it. */
async function statusChanged(candidateId: string, from: CandidateStatus, to: CandidateStatus): Promise<void> {
  const event = createEvent('CandidateStatusChanged.v1', candidateId, {
    candidateId,
    programmeId: PROGRAMME,
    from,
    to,
    reason: to === 'paused' ? 'illness' : to === 'exited' ? 'withdrawal' : 'returned',
    expectedReturnOn: to === 'paused' ? workingDayAhead(30, 9).toISOString().slice(0, 10) : null,
    changedAt: new Date().toISOString(),
  }) as EventOf<'CandidateStatusChanged.v1'>;
  await service.dataSource.transaction(async (manager) => {
    // The shared candidate scope's own consumer (int-tested with it) records the status.
    await manager.query(
      `UPDATE candidate_scope SET status = $2, status_changed_at = now() WHERE candidate_id = $1`,
      [candidateId, to],
    );
    const context = new InboxContext([event, manager]);
    await service.app.get(LifecycleEventsConsumer).onStatusChanged(event, context);
    await service.app.get(AssignmentLifecycleConsumer).onStatusChanged(event, context);
  });
}

const BOOK = `mutation B($input: BookSessionInput!) { bookSession(input: $input) { id } }`;
const SESSION = `query S($id: ID!) { session(id: $id) { status seatsTaken } }`;
const JOIN = `mutation J($sessionId: ID!, $candidateId: ID!) { joinWorkshop(sessionId: $sessionId, candidateId: $candidateId) { id } }`;

/** The SessionCancelled payloads appended for this person, oldest first. */
const cancelledEvents = (candidateId: string) => service.outboxOf('SessionCancelled.v1', candidateId);

beforeAll(async () => {
  service = await startScheduling('scheduling_lifecycle');
  await ok(ops, `mutation O($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`, {
    input: {
      id: LYON,
      name: 'Lyon Part-Dieu',
      address: '12 rue de la République, 69002 Lyon',
      timeZone: 'Europe/Paris',
      openingHours: weekdays('08:00', '19:00'),
      bufferMinutes: 15,
      minimumNoticeMinutes: 120,
    },
  });
  coachId = (
    await ok(ops, `mutation C($input: CreateCoachInput!) { createCoach(input: $input) { id } }`, {
      input: {
        displayName: 'Camille',
        email: 'camille@lyon.passerelle.test',
        officeIds: [LYON],
        languages: ['fr'],
        specialties: ['DIRECT_REEMPLOYMENT', 'RETRAINING', 'BUSINESS_CREATION'],
        maxCaseload: 20,
        weeklyHours: weekdays('09:00', '18:00'),
      },
    })
  ).createCoach.id;
  await service.dataSource.query(
    `INSERT INTO programme_offices (programme_id, sponsor_id, office_ids, terms_at) VALUES ($1, $2, $3, now())`,
    [PROGRAMME, SPONSOR, [LYON]],
  );
});

afterAll(async () => {
  await service?.stop();
});

describe('a person paused or exited', () => {
  it('gives up their future one-to-one sessions and workshop seats, keeps the coach, books nothing until they are back', async () => {
    const person = randomUUID();
    const other = randomUUID();
    await seedCandidate(person);
    await seedCandidate(other);
    const oneToOne = (
      await ok(ops, BOOK, {
        input: {
          candidateIds: [person],
          coachId,
          kind: 'FOLLOW_UP',
          mode: 'PHONE',
          startsAt: workingDayAhead(4, 11).toISOString(),
        },
      })
    ).bookSession.id as string;
    const workshop = (
      await ok(ops, BOOK, {
        input: {
          candidateIds: [person, other],
          coachId,
          kind: 'GROUP_WORKSHOP',
          mode: 'VIDEO',
          seatLimit: 6,
          startsAt: workingDayAhead(5, 14).toISOString(),
        },
      })
    ).bookSession.id as string;
    // A past session stays as it was (booked in the past by moving the clock back).
    service.clock.pin(DateTime.now().minus({ days: 15 }).toJSDate());
    const past = (
      await ok(ops, BOOK, {
        input: {
          candidateIds: [person],
          coachId,
          kind: 'WELCOME',
          mode: 'PHONE',
          startsAt: workingDayAhead(-3, 9).toISOString(),
        },
      })
    ).bookSession.id as string;
    service.clock.unpin();
    const coachBefore = await service.dataSource.query(
      `SELECT coach_id FROM coach_assignment WHERE candidate_id = $1 AND ended_at IS NULL`,
      [person],
    );

    await statusChanged(person, 'active', 'paused');

    expect((await ok(ops, SESSION, { id: oneToOne })).session).toEqual({
      status: 'CANCELLED',
      seatsTaken: 0,
    });
    expect((await ok(ops, SESSION, { id: workshop })).session).toEqual({ status: 'BOOKED', seatsTaken: 1 });
    expect((await ok(ops, SESSION, { id: past })).session.status).toBe('BOOKED');
    expect(await cancelledEvents(person)).toEqual([
      expect.objectContaining({ sessionId: oneToOne, reasonCode: 'candidate_paused', cancelledBy: 'ops' }),
      expect.objectContaining({ sessionId: workshop, reasonCode: 'candidate_paused' }),
    ]);
    expect(await cancelledEvents(other)).toEqual([]);
    expect(
      await service.dataSource.query(
        `SELECT coach_id FROM coach_assignment WHERE candidate_id = $1 AND ended_at IS NULL`,
        [person],
      ),
    ).toEqual(coachBefore);

    // Nothing is booked for a paused person, by anyone.
    const refused = await gql(ops, BOOK, {
      input: {
        candidateIds: [person],
        coachId,
        kind: 'FOLLOW_UP',
        mode: 'PHONE',
        startsAt: workingDayAhead(6, 11).toISOString(),
      },
    });
    expect(codeOf(refused)).toBe('CANDIDATE_NOT_ACTIVE');
    expect(refused.errors?.[0]?.extensions?.['field']).toBe('candidateIds.0');
    const notJoined = await gql({ subject: 'p', role: 'candidate', candidateId: person }, JOIN, {
      sessionId: workshop,
      candidateId: person,
    });
    expect(codeOf(notJoined)).toBe('CANDIDATE_NOT_ACTIVE');

    // Back: they may book and join again (nothing is re-booked by itself).
    await statusChanged(person, 'paused', 'active');
    await ok({ subject: 'p', role: 'candidate', candidateId: person }, JOIN, {
      sessionId: workshop,
      candidateId: person,
    });
    expect((await ok(ops, SESSION, { id: workshop })).session.seatsTaken).toBe(2);
  });

  it('an exit gives up the seats too, and applying the same change again frees nothing more', async () => {
    const person = randomUUID();
    await seedCandidate(person);
    const session = (
      await ok(ops, BOOK, {
        input: {
          candidateIds: [person],
          coachId,
          kind: 'FOLLOW_UP',
          mode: 'PHONE',
          startsAt: workingDayAhead(7, 15).toISOString(),
        },
      })
    ).bookSession.id as string;
    await statusChanged(person, 'active', 'exited');
    await statusChanged(person, 'active', 'exited');
    expect((await ok(ops, SESSION, { id: session })).session.status).toBe('CANCELLED');
    expect((await cancelledEvents(person)).map((payload) => payload['reasonCode'])).toEqual([
      'candidate_exited',
    ]);
  });

  it('a person exited frees their place in the coach’s caseload, and the queue drains into it', async () => {
    const leaving = randomUUID();
    await seedCandidate(leaving);
    const load = async () =>
      (await ok(ops, `query C($id: ID!) { coach(id: $id) { activeCaseload } }`, { id: coachId })).coach
        .activeCaseload as number;
    // The coach is full: the next person waits in the queue.
    await service.dataSource.query(`UPDATE coach SET max_caseload = $2 WHERE id = $1`, [
      coachId,
      await load(),
    ]);
    const waiting = randomUUID();
    await seedCandidate(waiting);
    const coachOf = async (candidateId: string) =>
      (
        await service.dataSource.query(
          `SELECT coach_id FROM coach_assignment WHERE candidate_id = $1 AND ended_at IS NULL`,
          [candidateId],
        )
      )[0]?.coach_id ?? null;
    expect(await coachOf(waiting)).toBeNull();
    const full = await load();

    await statusChanged(leaving, 'active', 'exited');

    expect(await coachOf(waiting)).toBe(coachId);
    expect(await coachOf(leaving)).toBe(coachId); // kept on record
    expect(await load()).toBe(full);
    const assigned = await service.dataSource.query(
      `SELECT envelope FROM outbox_message WHERE event_type = 'CoachAssigned.v1' AND message_key = $1`,
      [waiting],
    );
    expect(assigned).toHaveLength(1);
  });
});
