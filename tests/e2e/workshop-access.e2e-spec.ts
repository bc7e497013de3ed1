import { randomUUID } from 'node:crypto';
import { waitFor } from '@passerelle/shared/testing';
import { bearer, graphql, startPlatform, type RunningPlatform } from './platform-harness';

// A group workshop is open to the programmes of the people it was created with: two sponsors'
// programmes served by one office must not meet in each other's workshops, nor get their video link.

const LYON = randomUUID();
let platform: RunningPlatform;
let ops: string;
let coachId: string;
const people: Record<'first' | 'colleague' | 'otherSponsor', string> = {
  first: '',
  colleague: '',
  otherSponsor: '',
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers, checked field by field by the assertions
async function ok<T = Record<string, any>>(token: string, query: string, variables = {}): Promise<T> {
  const result = await graphql<T>(platform.gatewayUrl, query, variables, bearer(token));
  expect(result.body.errors).toBeUndefined();
  return result.body.data!;
}

async function programmeOf(sponsorName: string): Promise<string> {
  const sponsor = await ok(ops, `mutation { createSponsor(input: { name: "${sponsorName}" }) { id } }`);
  return (
    await ok(ops, `mutation P($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`, {
      input: { sponsorId: sponsor.createSponsor.id, name: `PSE ${sponsorName}`, officeIds: [LYON] },
    })
  ).createProgramme.id;
}

async function enrol(programmeId: string, n: string): Promise<string> {
  const enrolled = await ok(
    ops,
    `mutation E($input: EnrollCandidateInput!) { enrollCandidate(input: $input) { id } }`,
    {
      input: {
        programmeId,
        employeeNumber: `W-${n}`,
        firstName: 'Prénom',
        lastName: `Nom ${n}`,
        email: `workshop-${n}@example.org`,
        languages: ['fr'],
      },
    },
  );
  return enrolled.enrollCandidate.id;
}

beforeAll(async () => {
  platform = await startPlatform();
  ops = await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] });
  const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '19:00' }));
  await ok(ops, `mutation O($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`, {
    input: {
      id: LYON,
      name: 'Lyon Part-Dieu',
      address: '12 rue de la République, 69002 Lyon',
      timeZone: 'Europe/Paris',
      openingHours: weekdays,
    },
  });
  coachId = (
    await ok(ops, `mutation C($input: CreateCoachInput!) { createCoach(input: $input) { id } }`, {
      input: {
        displayName: 'Amel',
        officeIds: [LYON],
        languages: ['fr'],
        specialties: ['DIRECT_REEMPLOYMENT'],
        maxCaseload: 10,
        weeklyHours: weekdays,
      },
    })
  ).createCoach.id;
  const acme = await programmeOf('Acme Industrie');
  const globex = await programmeOf('Globex');
  people.first = await enrol(acme, '1');
  people.colleague = await enrol(acme, '2');
  people.otherSponsor = await enrol(globex, '3');
  for (const candidateId of Object.values(people)) {
    await waitFor(
      async () =>
        (
          await graphql<{ candidate: { coach: { id: string } | null } }>(
            platform.gatewayUrl,
            `
              query Q($id: ID!) {
                candidate(id: $id) {
                  coach {
                    id
                  }
                }
              }
            `,
            { id: candidateId },
            bearer(ops),
          )
        ).body.data?.candidate?.coach?.id,
      { what: 'a coach for each person', timeoutMs: 60_000 },
    );
  }
});

afterAll(async () => {
  await platform?.stop();
});

const JOIN = `mutation J($sessionId: ID!, $candidateId: ID!) { joinWorkshop(sessionId: $sessionId, candidateId: $candidateId) { id videoLink } }`;

describe('who may take a seat in a workshop', () => {
  it('seats people of the programmes it is open to, and no one else, whoever asks', async () => {
    const coach = await platform.token({ sub: 'amel', role: 'coach', coach_id: coachId, office_ids: [LYON] });
    const inTwoWeeks = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 14 * 86_400_000);
    const workshop = (
      await ok(
        coach,
        `mutation B($input: BookSessionInput!) { bookSession(input: $input) { id videoLink } }`,
        {
          input: {
            candidateIds: [people.first],
            kind: 'GROUP_WORKSHOP',
            mode: 'VIDEO',
            startsAt: inTwoWeeks.toISOString(),
            seatLimit: 6,
          },
        },
      )
    ).bookSession;
    expect(workshop.videoLink).toMatch(/^https:\/\//);

    const asPerson = async (candidateId: string) =>
      graphql<{ joinWorkshop: { id: string; videoLink: string | null } }>(
        platform.gatewayUrl,
        JOIN,
        { sessionId: workshop.id, candidateId },
        bearer(
          await platform.token({ sub: `p-${candidateId}`, role: 'candidate', candidate_id: candidateId }),
        ),
      );

    const outsider = await asPerson(people.otherSponsor);
    expect(outsider.body.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_FOUND');
    expect(JSON.stringify(outsider.body)).not.toContain(workshop.videoLink);
    const seatedByOps = await graphql(
      platform.gatewayUrl,
      JOIN,
      { sessionId: workshop.id, candidateId: people.otherSponsor },
      bearer(ops),
    );
    expect(seatedByOps.body.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_FOUND');

    const colleague = await asPerson(people.colleague);
    expect(colleague.body).toEqual({
      data: { joinWorkshop: { id: workshop.id, videoLink: workshop.videoLink } },
    });
  });
});
