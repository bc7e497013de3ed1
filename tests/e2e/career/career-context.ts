import { randomUUID } from 'node:crypto';
import {
  coachAssignedTo,
  createCoach,
  createOffice,
  enrol,
  setUpProgramme,
  waitFor,
  weekdays,
  type GraphQLClient,
} from '@passerelle/shared/testing';
import type { RunningPlatform } from '../platform-harness';

/**
 * What every career case group shares: one platform, one programme served by Lyon, its coach, and
 * a token for each role of the matrix. Filled in by tests/e2e/career.e2e-spec.ts's `beforeAll`:
 * read its fields inside `it`, never when declaring the cases.
 */
export interface CareerContext {
  platform: RunningPlatform;
  officeId: string;
  programmeId: string;
  sponsorId: string;
  /** The coach every person of the programme is assigned (the only one in Lyon). */
  coachId: string;
  tokens: {
    /** Their coach. */
    coach: string;
    /** A coach of another office, who follows none of them. */
    otherCoach: string;
    /** Ops of Lyon, the person's office. */
    ops: string;
    /** Ops of every office. */
    opsAll: string;
    /** HR of the programme's sponsor. */
    sponsor: string;
    /** A committee member of the programme's sponsor. */
    committee: string;
  };
  /** The gateway as the holder of this token calls it. */
  as(token: string): GraphQLClient;
  /**
   * A new person of the programme, assigned the coach, once career knows them both (it hears of
   * them through Kafka); with their own token.
   */
  newPerson(label: string): Promise<{ candidateId: string; token: string }>;
}

let people = 0;

/** Sets up the programme, the coaches and the tokens on a running platform. */
export async function careerContext(platform: RunningPlatform): Promise<CareerContext> {
  const officeId = randomUUID();
  const paris = randomUUID();
  const ops = await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [officeId] });
  const opsAll = await platform.token({ sub: 'ops-all', role: 'ops', office_ids: [], all_offices: true });
  await createOffice(platform.as(ops), { id: officeId, openingHours: weekdays('08:00', '19:00') });
  await createOffice(platform.as(opsAll), {
    id: paris,
    name: 'Paris',
    openingHours: weekdays('08:00', '19:00'),
  });
  const coachId = await createCoach(platform.as(ops), {
    displayName: 'Amel',
    officeIds: [officeId],
    languages: ['fr'],
    specialties: ['DIRECT_REEMPLOYMENT', 'RETRAINING'],
    maxCaseload: 50,
    weeklyHours: weekdays('08:00', '19:00'),
  });
  const otherCoachId = await createCoach(platform.as(opsAll), {
    displayName: 'Bruno',
    officeIds: [paris],
    languages: ['fr'],
    specialties: ['DIRECT_REEMPLOYMENT'],
    maxCaseload: 50,
    weeklyHours: weekdays('08:00', '19:00'),
  });
  const { programmeId, sponsorId } = await setUpProgramme(platform.as(ops), {
    sponsorName: 'Acme Industrie',
    name: 'PSE Acme Lyon 2026',
    officeIds: [officeId],
  });
  const coach = await platform.token({
    sub: 'amel',
    role: 'coach',
    coach_id: coachId,
    office_ids: [officeId],
  });
  const tokens = {
    coach,
    otherCoach: await platform.token({
      sub: 'bruno',
      role: 'coach',
      coach_id: otherCoachId,
      office_ids: [paris],
    }),
    ops,
    opsAll,
    sponsor: await platform.token({ sub: 'hr-acme', role: 'sponsor', sponsor_ids: [sponsorId] }),
    committee: await platform.token({ sub: 'cse-acme', role: 'committee', sponsor_ids: [sponsorId] }),
  };
  return {
    platform,
    officeId,
    programmeId,
    sponsorId,
    coachId,
    tokens,
    as: (token) => platform.as(token),
    async newPerson(label) {
      const n = ++people;
      const candidateId = await enrol(platform.as(ops), {
        programmeId,
        employeeNumber: `CAR-${n}-${randomUUID().slice(0, 6)}`,
        firstName: 'Prénom',
        lastName: `${label} ${n}`,
        languages: ['fr'],
      });
      await coachAssignedTo(platform.as(ops), candidateId);
      const token = await platform.token({
        sub: `p-${candidateId}`,
        role: 'candidate',
        candidate_id: candidateId,
      });
      const known = `query K($id: ID!) { professionalProject(candidateId: $id) { id } }`;
      await waitFor(
        async () => {
          const [own, coached] = await Promise.all([
            platform.as(token).request(known, { id: candidateId }),
            platform.as(coach).request(known, { id: candidateId }),
          ]);
          return !own.body.errors && !coached.body.errors;
        },
        { what: `career to know ${candidateId} and their coach`, timeoutMs: 30_000 },
      );
      return { candidateId, token };
    },
  };
}
