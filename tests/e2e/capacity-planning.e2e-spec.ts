import { randomUUID } from 'node:crypto';
import {
  coachAssignedTo,
  createCoach,
  createOffice,
  enrol,
  setUpProgramme,
  waitFor,
  weekdays,
  type AnyData,
} from '@passerelle/shared/testing';
import { startPlatform, type RunningPlatform } from './platform-harness';

// Capacity planning through the gateway with real tokens: a programme whose only coach has room
// for 2 enrols 5 people; ops see how many coaches are missing and who waits longest; adding a
// coach drains the queue through Kafka (its own CoachRegistered); who may read the plan.

const LYON = randomUUID();
let platform: RunningPlatform;
let ops: string;
let programmeId = '';
let sponsorId = '';
let firstCoach = '';
const people: string[] = [];

const PLAN = `query P($programmeId: ID!) { capacityPlan(programmeId: $programmeId) {
  programmeId waiting coachesMissing
  offices { officeId waiting coachesMissing groups { language track waiting coaches freePlaces caseloadPerCoach
    coachesMissingForCaseload coachesMissingForTime coachesMissing binding everyoneReachedBy } }
  longestWaiting { nodes { candidateId reasonCode queuedAt } pageInfo { hasNextPage } } } }`;

const plan = async (token: string) =>
  (await platform.as(token).ok<AnyData>(PLAN, { programmeId })).capacityPlan;

beforeAll(async () => {
  platform = await startPlatform();
  ops = await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] });
  await createOffice(platform.as(ops), { id: LYON, openingHours: weekdays('08:00', '19:00') });
  firstCoach = await createCoach(platform.as(ops), {
    displayName: 'Amel',
    officeIds: [LYON],
    languages: ['fr'],
    specialties: ['DIRECT_REEMPLOYMENT'],
    maxCaseload: 2,
    weeklyHours: weekdays('09:00', '17:00'),
  });
  ({ programmeId, sponsorId } = await setUpProgramme(platform.as(ops), {
    sponsorName: 'Capacité SA',
    name: 'PSE Capacité',
    officeIds: [LYON],
  }));
  // Each one queued before the next is enrolled (people's events travel on different partitions),
  // so who waits longest is the enrolment order.
  for (let n = 1; n <= 5; n++) {
    const candidateId = await enrol(platform.as(ops), {
      programmeId,
      employeeNumber: `CAP-${n}`,
      languages: ['fr'],
    });
    people.push(candidateId);
    if (n <= 2) await coachAssignedTo(platform.as(ops), candidateId);
    else
      await waitFor(async () => (await plan(ops)).waiting === n - 2, {
        what: `${n - 2} people waiting in the plan`,
      });
  }
});

afterAll(async () => {
  await platform?.stop();
});

describe('capacity planning through the gateway', () => {
  it('shows ops the coaches missing for the programme after enrolments, and who waits longest', async () => {
    const shown = await plan(ops);
    expect(shown).toMatchObject({ programmeId, waiting: 3, coachesMissing: 2 });
    expect(shown.offices).toEqual([
      {
        officeId: LYON,
        waiting: 3,
        coachesMissing: 2,
        groups: [
          {
            language: 'fr',
            track: null,
            waiting: 3,
            coaches: 1,
            freePlaces: 0,
            // Amel's caseload (2) is the group's: 3 people need 2 coaches like her.
            caseloadPerCoach: 2,
            coachesMissingForCaseload: 2,
            coachesMissingForTime: 2,
            coachesMissing: 2,
            binding: 'CASELOAD',
            everyoneReachedBy: null,
          },
        ],
      },
    ]);
    expect(shown.longestWaiting.nodes.map((node: AnyData) => node.candidateId)).toEqual(people.slice(2));
    expect(shown.longestWaiting.nodes[0].reasonCode).toBe('no_eligible_coach');
  });

  it('answers each role as the authorisation matrix says', async () => {
    const tokens = {
      opsAll: await platform.token({ sub: 'ops-all', role: 'ops', all_offices: true }),
      opsParis: await platform.token({ sub: 'ops-paris', role: 'ops', office_ids: [randomUUID()] }),
      coach: await platform.token({ sub: 'amel', role: 'coach', coach_id: firstCoach, office_ids: [LYON] }),
      candidate: await platform.token({ sub: 'p1', role: 'candidate', candidate_id: people[0]! }),
      sponsor: await platform.token({ sub: 'hr', role: 'sponsor', sponsor_ids: [sponsorId] }),
    };
    const rows: [string, string, unknown][] = [
      ['ops of the programme’s office', ops, 3],
      ['global ops', tokens.opsAll, 3],
      ['ops of another office', tokens.opsParis, 'PROGRAMME_NOT_FOUND'],
      ['a coach of the office', tokens.coach, 'FORBIDDEN'],
      ['a person of the programme', tokens.candidate, 'FORBIDDEN'],
      ['the programme’s sponsor HR', tokens.sponsor, 'FORBIDDEN'],
    ];
    const results = await Promise.all(
      rows.map(async ([who, token]) => {
        const { body } = await platform.as(token).request<AnyData>(PLAN, { programmeId });
        return [who, body.errors?.[0]?.extensions?.code ?? body.data?.capacityPlan?.waiting];
      }),
    );
    expect(results).toEqual(rows.map(([who, , expected]) => [who, expected]));
  });

  it('drains the queue when ops add a coach: everyone waiting gets one, the plan shows nobody missing', async () => {
    const added = await createCoach(platform.as(ops), {
      displayName: 'Bruno',
      officeIds: [LYON],
      languages: ['fr'],
      specialties: ['DIRECT_REEMPLOYMENT'],
      maxCaseload: 5,
      weeklyHours: weekdays('09:00', '17:00'),
    });
    for (const candidateId of people.slice(2))
      expect(await coachAssignedTo(platform.as(ops), candidateId)).toBe(added);
    expect(await plan(ops)).toMatchObject({
      waiting: 0,
      coachesMissing: 0,
      offices: [],
      longestWaiting: { nodes: [] },
    });
  });
});
