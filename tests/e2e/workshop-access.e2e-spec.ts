import { randomUUID } from 'node:crypto';
import {
  bookSession,
  coachAssignedTo,
  createCoach,
  createOffice,
  enrol,
  expectGraphQLError,
  setUpProgramme,
  weekdays,
} from '@passerelle/shared/testing';
import { startPlatform, type RunningPlatform } from './platform-harness';

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

async function programmeOf(sponsorName: string): Promise<string> {
  const { programmeId } = await setUpProgramme(platform.as(ops), {
    sponsorName,
    name: `PSE ${sponsorName}`,
    officeIds: [LYON],
  });
  return programmeId;
}

const enrolWorkshopper = (programmeId: string, n: string) =>
  enrol(platform.as(ops), {
    programmeId,
    employeeNumber: `W-${n}`,
    firstName: 'Prénom',
    lastName: `Nom ${n}`,
    email: `workshop-${n}@example.org`,
    languages: ['fr'],
  });

beforeAll(async () => {
  platform = await startPlatform();
  ops = await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] });
  await createOffice(platform.as(ops), { id: LYON, openingHours: weekdays('08:00', '19:00') });
  coachId = await createCoach(platform.as(ops), {
    displayName: 'Amel',
    officeIds: [LYON],
    languages: ['fr'],
    specialties: ['DIRECT_REEMPLOYMENT'],
    maxCaseload: 10,
    weeklyHours: weekdays('08:00', '19:00'),
  });
  const acme = await programmeOf('Acme Industrie');
  const globex = await programmeOf('Globex');
  people.first = await enrolWorkshopper(acme, '1');
  people.colleague = await enrolWorkshopper(acme, '2');
  people.otherSponsor = await enrolWorkshopper(globex, '3');
  for (const candidateId of Object.values(people)) await coachAssignedTo(platform.as(ops), candidateId);
});

afterAll(async () => {
  await platform?.stop();
});

const JOIN = `mutation J($sessionId: ID!, $candidateId: ID!) { joinWorkshop(sessionId: $sessionId, candidateId: $candidateId) { id videoLink } }`;

describe('who may take a seat in a workshop', () => {
  it('seats people of the programmes it is open to, and no one else, whoever asks', async () => {
    const coach = await platform.token({ sub: 'amel', role: 'coach', coach_id: coachId, office_ids: [LYON] });
    const inTwoWeeks = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 14 * 86_400_000);
    const workshop = await bookSession<{ id: string; videoLink: string }>(
      platform.as(coach),
      {
        candidateIds: [people.first],
        kind: 'GROUP_WORKSHOP',
        mode: 'VIDEO',
        startsAt: inTwoWeeks.toISOString(),
        seatLimit: 6,
      },
      'id videoLink',
    );
    expect(workshop.videoLink).toMatch(/^https:\/\//);

    const asPerson = async (candidateId: string) =>
      platform
        .as(await platform.token({ sub: `p-${candidateId}`, role: 'candidate', candidate_id: candidateId }))
        .request<{ joinWorkshop: { id: string; videoLink: string | null } }>(JOIN, {
          sessionId: workshop.id,
          candidateId,
        });

    const outsider = await asPerson(people.otherSponsor);
    expectGraphQLError(outsider, 'SESSION_NOT_FOUND');
    expect(JSON.stringify(outsider.body)).not.toContain(workshop.videoLink);
    const seatedByOps = await platform
      .as(ops)
      .request(JOIN, { sessionId: workshop.id, candidateId: people.otherSponsor });
    expectGraphQLError(seatedByOps, 'SESSION_NOT_FOUND');

    const colleague = await asPerson(people.colleague);
    expect(colleague.body).toEqual({
      data: { joinWorkshop: { id: workshop.id, videoLink: workshop.videoLink } },
    });
  });
});
