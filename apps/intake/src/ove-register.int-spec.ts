import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import { createEvent } from '@passerelle/shared/messaging';
import { TopicReader, dataOf, waitFor } from '@passerelle/shared/testing';
import {
  startIntakeTestService,
  type GraphQLResult,
  type IntakeTestService,
} from './test/intake-test-service';

// The OVE register (issue 17, item 6) and the programme terms it is checked against: intake alone,
// on its own database and the real broker, called as the gateway calls it.

const OFFICE_A = randomUUID();
const OFFICE_B = randomUUID();
const COACH = randomUUID();
const ops: Identity = { subject: 'ops-a', role: 'ops', officeIds: [OFFICE_A], allOffices: false };
const opsB: Identity = { subject: 'ops-b', role: 'ops', officeIds: [OFFICE_B], allOffices: false };
const coach: Identity = { subject: 'coach-1', role: 'coach', coachId: COACH, officeIds: [OFFICE_A] };
const otherCoach: Identity = {
  subject: 'coach-2',
  role: 'coach',
  coachId: randomUUID(),
  officeIds: [OFFICE_A],
};

const TERMS = {
  type: 'PSE',
  sites: ['Lyon Gerland'],
  headcount: 300,
  startDate: '2026-03-02',
  durationMonths: 12,
  sessionBudgetPerPerson: 20,
  reportingBands: { ageBandLimits: [30, 50], seniorityBandLimits: [5, 15] },
  oveDefinition: { maxPayDropPercent: 15, minContractMonths: 6 },
};

let intake: IntakeTestService;
let reader: TopicReader;
let programmeId: string;
let sponsorId: string;
let candidateId: string;

const ok = <T>(result: GraphQLResult<T>): T => dataOf(result);
const errorOf = (result: GraphQLResult<unknown>) => {
  expect(result.errors).toHaveLength(1);
  return { code: result.errors![0]!.extensions?.['code'], message: result.errors![0]!.message };
};

const PROGRAMME = `query { programmes { nodes { id reportingBands { ageBandLimits seniorityBandLimits ageBands seniorityBands } oveDefinition { maxPayDropPercent minContractMonths } } } }`;
const LOG = `mutation L($input: LogValidJobOfferInput!) { logValidJobOffer(input: $input) { id contractMonths place placePostcode grossAnnualPay previousGrossAnnualPay } }`;
const DECIDE = `mutation D($input: DecideValidJobOfferInput!) { decideValidJobOffer(input: $input) { decision } }`;
const REGISTER = `query R($id: ID!) { validJobOfferRegister(candidateId: $id) {
  candidateId definition { maxPayDropPercent minContractMonths }
  entries { offer { employerName jobTitle place offeredOn contractType contractMonths grossAnnualPay previousGrossAnnualPay decision decisionReason decidedAt }
            payPercentOfPrevious meetsDefinition criteria { criterion met reason } }
  offered accepted refused refusedMeetingDefinition } }`;

beforeAll(async () => {
  intake = await startIntakeTestService('intake_ove_register');
  reader = await TopicReader.start(intake.kafka, [
    intake.topics.topic('passerelle.intake.candidate'),
    intake.topics.topic('passerelle.intake.programme'),
  ]);
  sponsorId = ok(
    await intake.call<{ createSponsor: { id: string } }>(
      ops,
      `mutation { createSponsor(input: { name: "Acme" }) { id } }`,
    ),
  ).createSponsor.id;
  programmeId = ok(
    await intake.call<{ createProgramme: { id: string } }>(
      ops,
      `mutation P($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
      { input: { sponsorId, name: 'PSE Acme Lyon', officeIds: [OFFICE_A], terms: TERMS } },
    ),
  ).createProgramme.id;
  candidateId = ok(
    await intake.call<{ enrollCandidate: { id: string } }>(
      ops,
      `mutation E($input: EnrollCandidateInput!) { enrollCandidate(input: $input) { id } }`,
      {
        input: {
          programmeId,
          employeeNumber: 'OVE-1',
          firstName: 'Inês',
          lastName: 'Moreira',
          email: 'ove-1@example.org',
          languages: ['fr'],
        },
      },
    ),
  ).enrollCandidate.id;
  // The person lives in Lyon (as an HR file would say); their coach is assigned by scheduling.
  await intake.sql.query(`UPDATE candidate SET home_postcode = '69003' WHERE id = $1`, [candidateId]);
  await intake.publish(
    createEvent('CoachAssigned.v1', candidateId, {
      candidateId,
      programmeId,
      coachId: COACH,
      officeId: OFFICE_A,
      previousCoachId: null,
      mode: 'automatic',
      assignedAt: '2026-03-10T09:00:00.000Z',
    }),
  );
  await waitFor(
    async () => (await intake.call(coach, REGISTER, { id: candidateId })).errors === undefined || undefined,
    { what: 'the coach assignment in intake' },
  );
});

afterAll(async () => {
  await reader?.stop();
  await intake?.stop();
});

describe('programme terms for reporting', () => {
  it('keeps the programme’s bands and OVE definition, and shows the labels they make', async () => {
    const { programmes } = ok(await intake.call<{ programmes: { nodes: unknown[] } }>(ops, PROGRAMME));
    expect(programmes.nodes).toContainEqual({
      id: programmeId,
      reportingBands: {
        ageBandLimits: [30, 50],
        seniorityBandLimits: [5, 15],
        ageBands: ['<30', '30-49', '50+'],
        seniorityBands: ['<5', '5-15', '15+'],
      },
      oveDefinition: { maxPayDropPercent: 15, minContractMonths: 6 },
    });
  });

  it('refuses bands that do not increase and a definition out of range, naming the field', async () => {
    const amend = (terms: Record<string, unknown>) =>
      intake.call(ops, `mutation A($input: AmendProgrammeInput!) { amendProgramme(input: $input) { id } }`, {
        input: { programmeId, terms: { ...TERMS, ...terms } },
      });
    expect(
      errorOf(await amend({ reportingBands: { ageBandLimits: [50, 30], seniorityBandLimits: [5] } })),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'terms.reportingBands.ageBandLimits: the limits must increase (50 then 30)',
    });
    expect(errorOf(await amend({ oveDefinition: { maxPayDropPercent: 80, minContractMonths: 6 } }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'terms.oveDefinition.maxPayDropPercent: maxPayDropPercent is 0 to 50',
    });
  });
});

describe('service levels as programme terms', () => {
  const LEVELS = `query { programmes { nodes { id serviceLevels { firstMeetingWorkingDays sessionsPerMonth peoplePerConsultant } } } }`;
  const amend = (terms: Record<string, unknown>) =>
    intake.call(ops, `mutation A($input: AmendProgrammeInput!) { amendProgramme(input: $input) { id } }`, {
      input: { programmeId, terms: { ...TERMS, ...terms } },
    });
  const levelsOf = async () =>
    ok(
      await intake.call<{ programmes: { nodes: { id: string; serviceLevels: unknown }[] } }>(ops, LEVELS),
    ).programmes.nodes.find((node) => node.id === programmeId)?.serviceLevels;
  const announced = (type: string) =>
    reader
      .matching((m) => m.message.key?.toString() === programmeId)
      .map((m) => JSON.parse(m.value ?? '{}') as { type: string; payload: { serviceLevels?: unknown } })
      .filter((event) => event.type === type)
      .map((event) => event.payload.serviceLevels);

  it('gives a new programme the defaults and announces them with its terms', async () => {
    expect(await levelsOf()).toEqual({
      firstMeetingWorkingDays: 8,
      sessionsPerMonth: 1,
      peoplePerConsultant: 30,
    });
    await waitFor(async () => announced('ProgrammeContracted').length > 0, {
      what: 'ProgrammeContracted on the programme topic',
    });
    expect(announced('ProgrammeContracted')).toEqual([
      { firstMeetingWorkingDays: 8, sessionsPerMonth: 1, peoplePerConsultant: 30 },
    ]);
  });

  it('takes other levels in an amendment, keeps them when the next one does not say, and announces them', async () => {
    const levels = { firstMeetingWorkingDays: 5, sessionsPerMonth: 2, peoplePerConsultant: 25 };
    ok(await amend({ serviceLevels: levels }));
    ok(await amend({ headcount: 320 }));
    expect(await levelsOf()).toEqual(levels);
    await waitFor(async () => announced('ProgrammeAmended').length >= 2, {
      what: 'two ProgrammeAmended on the programme topic',
    });
    expect(announced('ProgrammeAmended').slice(-2)).toEqual([levels, levels]);
  });

  it('refuses a level out of range, naming the field', async () => {
    expect(
      errorOf(
        await amend({
          serviceLevels: { firstMeetingWorkingDays: 0, sessionsPerMonth: 1, peoplePerConsultant: 30 },
        }),
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'terms.serviceLevels.firstMeetingWorkingDays: firstMeetingWorkingDays must be at least 1',
    });
    expect(
      errorOf(
        await amend({
          serviceLevels: { firstMeetingWorkingDays: 8, sessionsPerMonth: 1, peoplePerConsultant: 501 },
        }),
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'terms.serviceLevels.peoplePerConsultant: peoplePerConsultant must be at most 500',
    });
  });
});

describe("the employer's NAF code as a programme term (decision 0039)", () => {
  const NAF = `query { programmes { nodes { id employerNafCode } } }`;
  const amend = (terms: Record<string, unknown>) =>
    intake.call(ops, `mutation A($input: AmendProgrammeInput!) { amendProgramme(input: $input) { id } }`, {
      input: { programmeId, terms: { ...TERMS, ...terms } },
    });
  const nafOf = async () =>
    ok(
      await intake.call<{ programmes: { nodes: { id: string; employerNafCode: string | null }[] } }>(
        ops,
        NAF,
      ),
    ).programmes.nodes.find((node) => node.id === programmeId)?.employerNafCode;

  it('has none at first, takes one written loosely, keeps it when an amendment does not say, clears it on null', async () => {
    expect(await nafOf()).toBeNull();
    ok(await amend({ employerNafCode: ' 10.51c ' }));
    expect(await nafOf()).toBe('10.51C');
    ok(await amend({ headcount: 330 }));
    expect(await nafOf()).toBe('10.51C');
    ok(await amend({ employerNafCode: null }));
    expect(await nafOf()).toBeNull();
    ok(await amend({ employerNafCode: '10.51C' }));
    // Each amendment announces the code in force (matching reads the titles again when it changes).
    const announcedCodes = () =>
      reader
        .matching((m) => m.message.key?.toString() === programmeId)
        .map((m) => JSON.parse(m.value ?? '{}') as { type: string; payload: { employerNafCode?: unknown } })
        .filter((event) => event.type === 'ProgrammeAmended')
        .map((event) => event.payload.employerNafCode);
    await waitFor(
      async () => announcedCodes().slice(-5).length === 5 && announcedCodes().at(-1) === '10.51C',
      {
        what: 'the NAF code on ProgrammeAmended',
      },
    );
    expect(announcedCodes().slice(-4)).toEqual(['10.51C', '10.51C', null, '10.51C']);
  });

  it('refuses a code that is not NN.NNX with INVALID_NAF_CODE, naming the field, and keeps the one it had', async () => {
    expect(errorOf(await amend({ employerNafCode: '1051C' }))).toEqual({
      code: 'INVALID_NAF_CODE',
      message: 'terms.employerNafCode: employerNafCode must be a NAF code such as 10.51C',
    });
    expect(await nafOf()).toBe('10.51C');
  });
});

describe('the OVE register', () => {
  const offers = [
    // Meets the definition (Lyon, 87.5 % of the previous pay, a CDI), then refused.
    {
      employerName: 'Leroy Logistique',
      jobTitle: 'Cariste',
      contractType: 'PERMANENT',
      offeredOn: '2026-04-10',
      place: 'Vénissieux',
      placePostcode: '69200',
      grossAnnualPay: 28_000,
      previousGrossAnnualPay: 32_000,
    },
    // Too short a contract, in another department, then accepted.
    {
      employerName: 'Alpes Transports',
      jobTitle: 'Magasinier',
      contractType: 'FIXED_TERM',
      contractMonths: 4,
      offeredOn: '2026-05-02',
      place: 'Grenoble',
      placePostcode: '38000',
      grossAnnualPay: 33_000,
      previousGrossAnnualPay: 32_000,
    },
    // No pay given: cannot be said either way.
    {
      employerName: 'Rhône Emballage',
      jobTitle: 'Préparateur',
      contractType: 'TEMPORARY',
      contractMonths: 9,
      offeredOn: '2026-05-20',
      place: 'Lyon 7e',
      placePostcode: '69007',
    },
  ];

  it('lists each offer with its answer and whether it met the programme’s definition', async () => {
    const ids: string[] = [];
    for (const input of offers) {
      const { logValidJobOffer } = ok(
        await intake.call<{ logValidJobOffer: { id: string } }>(coach, LOG, {
          input: { candidateId, ...input },
        }),
      );
      ids.push(logValidJobOffer.id);
    }
    ok(
      await intake.call(coach, DECIDE, {
        input: { validJobOfferId: ids[0], decision: 'REFUSED', reason: 'Horaires de nuit incompatibles.' },
      }),
    );
    ok(await intake.call(ops, DECIDE, { input: { validJobOfferId: ids[1], decision: 'ACCEPTED' } }));

    const { validJobOfferRegister: register } = ok(
      await intake.call<{
        validJobOfferRegister: Record<string, unknown> & { entries: Record<string, unknown>[] };
      }>(coach, REGISTER, { id: candidateId }),
    );
    expect(register).toMatchObject({
      candidateId,
      definition: { maxPayDropPercent: 15, minContractMonths: 6 },
      offered: 3,
      accepted: 1,
      refused: 1,
      refusedMeetingDefinition: 1,
    });
    expect(
      register.entries.map((entry) => [entry['meetsDefinition'], entry['payPercentOfPrevious']]),
    ).toEqual([
      [true, 87.5],
      [false, 103.1],
      [null, null],
    ]);
    expect(register.entries[0]).toMatchObject({
      offer: {
        employerName: 'Leroy Logistique',
        place: 'Vénissieux',
        offeredOn: '2026-04-10',
        contractType: 'PERMANENT',
        decision: 'REFUSED',
        decisionReason: 'Horaires de nuit incompatibles.',
        decidedAt: expect.any(String),
      },
      criteria: [
        { criterion: 'LABOUR_MARKET_AREA', met: true, reason: "in the person's department (69)" },
        { criterion: 'PAY', met: true, reason: '28000 € a year, at least 27200 € (85 % of 32000 €)' },
        { criterion: 'CONTRACT', met: true, reason: 'a permanent contract (CDI)' },
      ],
    });
    expect(register.entries[1]!['criteria']).toEqual([
      { criterion: 'LABOUR_MARKET_AREA', met: false, reason: 'in department 38, the person lives in 69' },
      { criterion: 'PAY', met: true, reason: '33000 € a year, at least 27200 € (85 % of 32000 €)' },
      { criterion: 'CONTRACT', met: false, reason: '4 months, under 6' },
    ]);
    expect(register.entries[2]!['criteria']).toContainEqual({
      criterion: 'PAY',
      met: null,
      reason: "the offer's pay is not known",
    });

    // Each step is announced with whether the offer met the definition then; no pay, place or reason.
    const logged = await waitFor(
      async () => {
        const events = reader
          .matching((m) => m.message.key?.toString() === candidateId)
          .map((m) => JSON.parse(m.value!) as { type: string; payload: Record<string, unknown> })
          .filter((event) => event.type === 'ValidJobOfferLogged');
        return events.length >= 5 ? events : undefined;
      },
      { what: 'five ValidJobOfferLogged' },
    );
    expect(
      logged.map((event) => [
        ids.indexOf(event.payload['validJobOfferId'] as string),
        event.payload['decision'],
        event.payload['meetsProgrammeDefinition'],
      ]),
    ).toEqual([
      [0, 'pending', true],
      [1, 'pending', false],
      [2, 'pending', null],
      [0, 'refused', true],
      [1, 'accepted', false],
    ]);
    expect(JSON.stringify(logged)).not.toMatch(/28000|Vénissieux|69200|Horaires/);

    // Ops of the person's offices read the same register.
    expect(ok(await intake.call(ops, REGISTER, { id: candidateId }))).toEqual({
      validJobOfferRegister: register,
    });
  });

  it('is checked against the programme’s terms as amended', async () => {
    ok(
      await intake.call(
        ops,
        `mutation A($input: AmendProgrammeInput!) { amendProgramme(input: $input) { id } }`,
        {
          input: {
            programmeId,
            terms: { ...TERMS, oveDefinition: { maxPayDropPercent: 10, minContractMonths: 3 } },
          },
        },
      ),
    );
    const { validJobOfferRegister } = ok(
      await intake.call<{ validJobOfferRegister: { entries: { meetsDefinition: boolean | null }[] } }>(
        coach,
        REGISTER,
        {
          id: candidateId,
        },
      ),
    );
    // 87.5 % is now under 90 %; the 4-month contract is now long enough (the department still fails it).
    expect(validJobOfferRegister.entries.map((entry) => entry.meetsDefinition)).toEqual([false, false, null]);
  });

  it.each<[string, Identity, string]>([
    ['another coach', otherCoach, 'CANDIDATE_NOT_FOUND'],
    ['ops of another office', opsB, 'CANDIDATE_NOT_FOUND'],
    ['the person', { subject: 'c', role: 'candidate', candidateId: 'x' }, 'FORBIDDEN'],
    ['sponsor HR', { subject: 'hr', role: 'sponsor', sponsorIds: [] }, 'FORBIDDEN'],
  ])('refuses %s', async (_who, identity, code) => {
    const who =
      identity.role === 'candidate'
        ? { ...identity, candidateId }
        : identity.role === 'sponsor'
          ? { ...identity, sponsorIds: [sponsorId] }
          : identity;
    const answer = await intake.call(who, REGISTER, { id: candidateId });
    expect(errorOf(answer).code).toBe(code);
    expect(answer.data?.['validJobOfferRegister'] ?? null).toBeNull();
  });

  it.each([
    [
      { contractType: 'PERMANENT', contractMonths: 12 },
      'contractMonths: a permanent contract has no length: leave contractMonths empty',
    ],
    [{ placePostcode: '6900' }, 'placePostcode: placePostcode has 5 digits, such as 69003'],
    [{ grossAnnualPay: -5 }, 'grossAnnualPay: grossAnnualPay is a gross annual pay in euros, more than 0'],
  ])('refuses an offer with %j, naming the field', async (change, message) => {
    const answer = await intake.call(coach, LOG, { input: { candidateId, ...offers[0], ...change } });
    expect(errorOf(answer)).toEqual({ code: 'BAD_USER_INPUT', message });
  });
});
