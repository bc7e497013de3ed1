import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { EventOf } from '@passerelle/shared/contracts';
import { serviceDataSourceOptions } from '@passerelle/shared/database';
import { createTestDatabase, type TestDatabase } from '@passerelle/shared/testing';
import { CandidateScopeRepository } from './candidate-scope.repository';
import { CANDIDATE_SCOPE_ENTITIES, CANDIDATE_SCOPE_MIGRATIONS } from './candidate-scope.schema';

const candidateId = '5d1c9a40-2f7e-4b8e-8a1d-6a3e0c9b7f21';
const officeId = '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e';
const firstCoach = '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f';
const secondCoach = '8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a';

function envelope<T extends string, P>(type: T, payload: P) {
  return {
    eventId: crypto.randomUUID(),
    type,
    version: 1,
    occurredAt: '2026-03-02T09:15:00.000Z',
    aggregateId: candidateId,
    correlationId: 'candidate-scope-test',
    causationId: null,
    payload,
  };
}

const enrolled = envelope('CandidateEnrolled', {
  candidateId,
  programmeId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  sponsorId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  officeIds: [officeId],
  enrolledAt: '2026-03-02T09:15:00.000Z',
  formerOccupationCode: null,
  languages: ['fr'],
}) as EventOf<'CandidateEnrolled.v1'>;

const assigned = (coachId: string, assignedAt: string) =>
  envelope('CoachAssigned', {
    candidateId,
    programmeId: enrolled.payload.programmeId,
    coachId,
    officeId,
    previousCoachId: null,
    mode: 'automatic',
    assignedAt,
  }) as EventOf<'CoachAssigned.v1'>;

let database: TestDatabase;
let dataSource: DataSource;
let scopes: CandidateScopeRepository;

beforeAll(async () => {
  database = await createTestDatabase('candidate_scope');
  dataSource = new DataSource(
    serviceDataSourceOptions({
      url: database.url,
      entities: CANDIDATE_SCOPE_ENTITIES,
      migrations: CANDIDATE_SCOPE_MIGRATIONS,
    }),
  );
  await dataSource.initialize();
  await dataSource.runMigrations();
  scopes = new CandidateScopeRepository(dataSource);
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

describe('candidate scope projection', () => {
  it('knows the coach whichever of enrolment and assignment arrives first', async () => {
    await scopes.recordCoachAssignment(dataSource.manager, assigned(firstCoach, '2026-03-02T09:16:00.000Z'));
    expect(await scopes.find(candidateId)).toBeNull();

    await scopes.recordEnrolment(dataSource.manager, enrolled);
    expect(await scopes.find(candidateId)).toEqual({
      candidateId,
      programmeId: enrolled.payload.programmeId,
      officeIds: [officeId],
      coachId: firstCoach,
      status: 'invited',
    });
    expect(await scopes.caseloadOf(firstCoach)).toEqual([candidateId]);
  });

  it('keeps the newest assignment when an older one is replayed', async () => {
    await scopes.recordCoachAssignment(dataSource.manager, assigned(secondCoach, '2026-04-01T10:00:00.000Z'));
    await scopes.recordCoachAssignment(dataSource.manager, assigned(firstCoach, '2026-03-02T09:16:00.000Z'));
    expect((await scopes.find(candidateId))?.coachId).toBe(secondCoach);
    expect(await scopes.caseloadOf(firstCoach)).toEqual([]);
  });

  it('holds the latest status intake decided, whatever order the changes are applied in', async () => {
    const changed = (to: 'active' | 'paused', changedAt: string) =>
      envelope('CandidateStatusChanged', {
        candidateId,
        programmeId: enrolled.payload.programmeId,
        from: 'invited',
        to,
        reason: to === 'paused' ? 'illness' : 'first_session',
        expectedReturnOn: to === 'paused' ? '2026-05-01' : null,
        changedAt,
      }) as EventOf<'CandidateStatusChanged.v1'>;
    expect(await scopes.recordStatus(dataSource.manager, changed('paused', '2026-04-02T10:00:00.000Z'))).toBe(
      true,
    );
    expect(await scopes.recordStatus(dataSource.manager, changed('active', '2026-03-10T10:00:00.000Z'))).toBe(
      false,
    );
    expect((await scopes.find(candidateId))?.status).toBe('paused');
  });

  it('forgets the person and their coach on erasure', async () => {
    await scopes.erase(dataSource.manager, candidateId);
    expect(await scopes.find(candidateId)).toBeNull();
    expect(await scopes.caseloadOf(secondCoach)).toEqual([]);
  });

  it('records a batch of enrolments in one statement as one by one: the first of a person wins, a known one is left as it is', async () => {
    const other = crypto.randomUUID();
    const third = crypto.randomUUID();
    const enrolmentOf = (id: string, programmeId: string) =>
      ({
        ...enrolled,
        eventId: crypto.randomUUID(),
        aggregateId: id,
        payload: { ...enrolled.payload, candidateId: id, programmeId },
      }) as EventOf<'CandidateEnrolled.v1'>;
    const first = crypto.randomUUID();
    const second = crypto.randomUUID();
    await scopes.recordEnrolment(dataSource.manager, enrolmentOf(third, first));
    await dataSource.transaction((manager) =>
      scopes.recordEnrolments(manager, [
        enrolmentOf(other, first),
        enrolmentOf(other, second),
        enrolmentOf(third, second),
      ]),
    );
    expect((await scopes.find(other))?.programmeId).toBe(first);
    expect((await scopes.find(third))?.programmeId).toBe(first);
  });
});
