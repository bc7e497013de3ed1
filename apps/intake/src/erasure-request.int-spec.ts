import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import { dataOf } from '@passerelle/shared/testing';
import {
  startIntakeTestService,
  type GraphQLResult,
  type IntakeTestService,
} from './test/intake-test-service';

// A person asks to be erased; ops of their offices see the request, with the day it is due, until
// they erase the person, which deletes the request with the rest.

const OFFICE_A = randomUUID();
const OFFICE_B = randomUUID();
const ops: Identity = { subject: 'ops-a', role: 'ops', officeIds: [OFFICE_A], allOffices: false };
const opsB: Identity = { subject: 'ops-b', role: 'ops', officeIds: [OFFICE_B], allOffices: false };
const coach: Identity = { subject: 'coach', role: 'coach', coachId: randomUUID(), officeIds: [OFFICE_A] };
const person = (candidateId: string): Identity => ({
  subject: `c-${candidateId}`,
  role: 'candidate',
  candidateId,
});

const REQUEST = `mutation R($id: ID!) { requestErasure(candidateId: $id) { candidateId requestedAt dueBy firstName programmeName } }`;
const PENDING = `{ erasureRequests { candidateId requestedAt dueBy firstName lastName employeeNumber programmeName } }`;
const MINE = `query M($id: ID!) { candidate(id: $id) { erasureRequest { requestedAt dueBy } } }`;

let intake: IntakeTestService;
let candidateId: string;

const ok = <T>(result: GraphQLResult<T>): T => dataOf(result);
const codeOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.['code'];

beforeAll(async () => {
  intake = await startIntakeTestService('intake_erasure_request');
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
      { input: { sponsorId: createSponsor.id, name: 'PSE Acme 2026', officeIds: [OFFICE_A] } },
    ),
  );
  const { enrollCandidate } = ok(
    await intake.call<{ enrollCandidate: { id: string } }>(
      ops,
      `mutation E($input: EnrollCandidateInput!) { enrollCandidate(input: $input) { id } }`,
      {
        input: {
          programmeId: createProgramme.id,
          employeeNumber: 'E-1',
          firstName: 'Inês',
          lastName: 'Moreira',
          email: 'ines@acme.example',
          languages: ['fr'],
        },
      },
    ),
  );
  candidateId = enrollCandidate.id;
}, 120_000);

afterAll(async () => {
  await intake?.stop();
});

describe('a request to be erased', () => {
  it('is the person’s alone to make', async () => {
    expect(codeOf(await intake.call(ops, REQUEST, { id: candidateId }))).toBe('FORBIDDEN');
    expect(codeOf(await intake.call(coach, REQUEST, { id: candidateId }))).toBe('FORBIDDEN');
    expect(codeOf(await intake.call(person(randomUUID()), REQUEST, { id: candidateId }))).toBe(
      'CANDIDATE_NOT_FOUND',
    );
    expect(codeOf(await intake.call(person(candidateId), REQUEST, { id: 'not-an-id' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(ok(await intake.call(ops, PENDING))).toEqual({ erasureRequests: [] });
  });

  it('is kept once, with the month ops have to answer it, and shown to ops of the offices only', async () => {
    const first = ok(
      await intake.call<{ requestErasure: Record<string, string> }>(person(candidateId), REQUEST, {
        id: candidateId,
      }),
    );
    // The service's clock lives in mid-June 2026: the answer is due a month later.
    expect(first.requestErasure).toMatchObject({
      candidateId,
      firstName: 'Inês',
      programmeName: 'PSE Acme 2026',
    });
    expect(new Date(first.requestErasure['dueBy']!).getUTCMonth()).toBe(
      new Date(first.requestErasure['requestedAt']!).getUTCMonth() + 1,
    );
    const again = ok(
      await intake.call<{ requestErasure: Record<string, string> }>(person(candidateId), REQUEST, {
        id: candidateId,
      }),
    );
    expect(again.requestErasure['requestedAt']).toBe(first.requestErasure['requestedAt']);

    expect(ok(await intake.call(person(candidateId), MINE, { id: candidateId }))).toEqual({
      candidate: {
        erasureRequest: {
          requestedAt: first.requestErasure['requestedAt'],
          dueBy: first.requestErasure['dueBy'],
        },
      },
    });
    expect(ok(await intake.call(ops, PENDING))).toEqual({
      erasureRequests: [
        {
          candidateId,
          requestedAt: first.requestErasure['requestedAt'],
          dueBy: first.requestErasure['dueBy'],
          firstName: 'Inês',
          lastName: 'Moreira',
          employeeNumber: 'E-1',
          programmeName: 'PSE Acme 2026',
        },
      ],
    });
    expect(ok(await intake.call(opsB, PENDING))).toEqual({ erasureRequests: [] });
    expect(codeOf(await intake.call(coach, PENDING))).toBe('FORBIDDEN');
    expect(codeOf(await intake.call(ops, `{ erasureRequests(first: 0) { candidateId } }`))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('goes when ops erase the person, with the rest of their data', async () => {
    ok(
      await intake.call(ops, `mutation E($id: ID!) { eraseCandidate(candidateId: $id) { erasedAt } }`, {
        id: candidateId,
      }),
    );
    expect(ok(await intake.call(ops, PENDING))).toEqual({ erasureRequests: [] });
    const left = await intake.sql.query(
      `SELECT count(*)::int AS n FROM erasure_request WHERE candidate_id = $1`,
      [candidateId],
    );
    expect(left.rows[0]).toEqual({ n: 0 });
  });
});
