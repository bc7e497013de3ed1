import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  coachAssignedTo,
  createCoach,
  createOffice,
  enrol,
  expectGraphQLError,
  setUpProgramme,
  waitFor,
  weekdays,
} from '@passerelle/shared/testing';
import { matchingDataSourceOptions } from '@passerelle/matching/data-access';
import { importReferenceData } from '@passerelle/matching/feature-reference';
import { csvFile } from '@passerelle/intake/feature-import/testing';
import { addProductionOccupations } from '../../apps/matching/src/test/production-occupations';
import { bearer, startPlatform, type RunningPlatform } from './platform-harness';

// One title resolver, owned by matching (issue 19, item 1), through the gateway with real tokens:
// intake sends the title as HR wrote it; a sure title gives the person a code that intake and
// assessment keep; an unsure one waits for the person's coach, who confirms it; who may see and
// answer the confirmation, role by role.

const LYON = randomUUID();
const PARIS = randomUUID();
let platform: RunningPlatform;
let ops: string;
let coachId: string;
let sponsorId: string;
const people = { sure: '', unsure: '', dairy: '', imported: '' };
let dairyProgramme: { sponsorId: string; programmeId: string };
// A second dairy's programme whose NAF code ops enter after its HR file was imported.
let lateProgramme: { sponsorId: string; programmeId: string };

/** An HR file uploaded as the console does (GraphQL multipart), then waited for. */
async function importFile(programmeId: string, file: Buffer): Promise<void> {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({
      query: `mutation I($input: ImportCandidatesInput!) { importCandidates(input: $input) { id } }`,
      variables: { input: { programmeId, file: null } },
    }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.append('0', new Blob([file], { type: 'text/csv' }), 'fromagerie-arbois.csv');
  const response = await fetch(platform.gatewayUrl, { method: 'POST', headers: bearer(ops), body: form });
  const { data } = (await response.json()) as { data: { importCandidates: { id: string } } };
  await waitFor(
    async () => {
      const { importBatch } = await platform
        .as(ops)
        .ok<{ importBatch: { status: string; rowsEnrolled: number } }>(
          `query B($id: ID!) { importBatch(id: $id) { status rowsEnrolled } }`,
          { id: data.importCandidates.id },
        );
      return importBatch.status === 'COMPLETED' && importBatch.rowsEnrolled === 1 ? true : null;
    },
    { what: 'the HR file imported', timeoutMs: 30_000 },
  );
}

const DAIRY_TERMS = {
  type: 'PSE',
  sites: ['Poligny'],
  headcount: 120,
  startDate: '2026-09-01',
  durationMonths: 12,
  sessionBudgetPerPerson: 15,
  employerNafCode: '10.51C',
};

const LATE_TERMS = { ...DAIRY_TERMS, sites: ['Arbois'] };

beforeAll(async () => {
  platform = await startPlatform();
  const dataSource = new DataSource(matchingDataSourceOptions(platform.databaseUrls['matching']!));
  await dataSource.initialize();
  try {
    await importReferenceData(dataSource, join(__dirname, '../fixtures/matching/reference'));
    await addProductionOccupations(dataSource);
  } finally {
    await dataSource.destroy();
  }
  ops = await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] });
  await createOffice(platform.as(ops), { id: LYON, openingHours: weekdays('08:00', '19:00') });
  coachId = await createCoach(platform.as(ops), { displayName: 'Amel', officeIds: [LYON] });
  const programme = await setUpProgramme(platform.as(ops), {
    sponsorName: 'Logistique Rhône',
    name: 'PSE entrepôt Vénissieux',
    officeIds: [LYON],
  });
  sponsorId = programme.sponsorId;
  const person = (employeeNumber: string, formerJobTitle: string) =>
    enrol(platform.as(ops), {
      programmeId: programme.programmeId,
      employeeNumber,
      formerJobTitle,
      languages: ['fr'],
    });
  people.sure = await person('T-1', 'MAGASINIERE H/F');
  people.unsure = await person('T-2', 'Logistique');
  await coachAssignedTo(platform.as(ops), people.unsure);
  // A cheese dairy's programme with its NAF code among the terms, entered through the gateway.
  dairyProgramme = await setUpProgramme(platform.as(ops), {
    sponsorName: 'Fromagerie du Jura',
    name: 'PSE fromagerie Poligny',
    officeIds: [LYON],
    terms: DAIRY_TERMS,
  });
  people.dairy = await enrol(platform.as(ops), {
    programmeId: dairyProgramme.programmeId,
    employeeNumber: 'F-1',
    formerJobTitle: 'OPERATRICE DE PRODUCTION',
    languages: ['fr'],
  });
});

afterAll(async () => {
  await platform?.stop();
});

const CANDIDATE = `query($id: ID!) { candidate(id: $id) { formerJobTitle formerOccupationCode occupationCodeSource } }`;
type Candidate = {
  formerJobTitle: string;
  formerOccupationCode: string | null;
  occupationCodeSource: string | null;
};
const intakeView = async (id: string) =>
  (await platform.as(ops).ok<{ candidate: Candidate }>(CANDIDATE, { id })).candidate;

/** What assessment keeps of the person (no API shows it): the code its skills inventory asks about. */
async function assessmentCode(candidateId: string): Promise<string | null | undefined> {
  const sql = new Client({ connectionString: platform.databaseUrls['assessment']! });
  await sql.connect();
  try {
    const { rows } = await sql.query<{ former_occupation_code: string | null }>(
      `SELECT former_occupation_code FROM candidate_background WHERE candidate_id = $1`,
      [candidateId],
    );
    return rows[0]?.former_occupation_code;
  } finally {
    await sql.end();
  }
}

const CONFIRMATION = `query($id: ID!) { candidate(id: $id) { formerOccupationConfirmation { status formerJobTitle
  candidates { occupationCode label } } } }`;
const PENDING = `{ pendingFormerOccupationConfirmations { formerJobTitle candidate { id lastName } candidates { occupationCode } } }`;
const CONFIRM = `mutation($id: ID!, $code: String!) { confirmFormerOccupation(candidateId: $id, occupationCode: $code) { status occupationCode } }`;

describe('the former job title, resolved once by matching', () => {
  it('a sure title: the code matching found is on the person in intake and in assessment', async () => {
    const seen = await waitFor(
      async () => {
        const candidate = await intakeView(people.sure);
        return candidate.formerOccupationCode ? candidate : null;
      },
      { what: "matching's code on the person in intake", timeoutMs: 30_000 },
    );
    expect(seen).toEqual({
      formerJobTitle: 'MAGASINIERE H/F',
      formerOccupationCode: 'N1103',
      occupationCodeSource: 'TITLE',
    });
    await waitFor(async () => ((await assessmentCode(people.sure)) === 'N1103' ? true : null), {
      what: "matching's code in assessment",
      timeoutMs: 30_000,
    });
  });

  it('an unsure title: who sees the confirmation, who may answer it; the coach confirms', async () => {
    const tokens = {
      person: await platform.token({ sub: 'p-2', role: 'candidate', candidate_id: people.unsure }),
      coach: await platform.token({ sub: 'amel', role: 'coach', coach_id: coachId, office_ids: [LYON] }),
      otherCoach: await platform.token({
        sub: 'bruno',
        role: 'coach',
        coach_id: randomUUID(),
        office_ids: [LYON],
      }),
      ops,
      opsParis: await platform.token({ sub: 'ops-paris', role: 'ops', office_ids: [PARIS] }),
      sponsor: await platform.token({ sub: 'hr', role: 'sponsor', sponsor_ids: [sponsorId] }),
    };
    const pending = await waitFor(
      async () => {
        const answer = await platform.as(tokens.coach).request<{
          pendingFormerOccupationConfirmations: { candidate: { id: string; lastName: string } }[];
        }>(PENDING);
        const list = answer.body.data?.pendingFormerOccupationConfirmations ?? [];
        return list.length > 0 ? list : null;
      },
      { what: "the coach's pending confirmation", timeoutMs: 30_000 },
    );
    expect(pending).toEqual([
      {
        formerJobTitle: 'Logistique',
        candidate: { id: people.unsure, lastName: 'Nom' },
        candidates: [{ occupationCode: 'K2111' }, { occupationCode: 'N1301' }],
      },
    ]);
    expect(await intakeView(people.unsure)).toMatchObject({
      formerOccupationCode: null,
      occupationCodeSource: null,
    });

    // pendingFormerOccupationConfirmations: a coach's own list only.
    const listed = async (token: string) => {
      const answer = await platform
        .as(token)
        .request<{ pendingFormerOccupationConfirmations: unknown[] }>(PENDING);
      return (
        answer.body.errors?.[0]?.extensions?.['code'] ??
        answer.body.data!.pendingFormerOccupationConfirmations.length
      );
    };
    expect([
      ['the person', await listed(tokens.person)],
      ['their coach', await listed(tokens.coach)],
      ['another coach', await listed(tokens.otherCoach)],
      ['ops of their office', await listed(tokens.ops)],
      ['a sponsor', await listed(tokens.sponsor)],
    ]).toEqual([
      ['the person', 'FORBIDDEN'],
      ['their coach', 1],
      ['another coach', 0],
      ['ops of their office', 'FORBIDDEN'],
      ['a sponsor', 'FORBIDDEN'],
    ]);

    // Candidate.formerOccupationConfirmation: the person, their coach, ops of their office.
    const read = async (token: string) => {
      const answer = await platform
        .as(token)
        .request<{ candidate: { formerOccupationConfirmation: { status: string } | null } | null }>(
          CONFIRMATION,
          {
            id: people.unsure,
          },
        );
      return (
        answer.body.errors?.[0]?.extensions?.['code'] ??
        answer.body.data?.candidate?.formerOccupationConfirmation?.status ??
        null
      );
    };
    expect([
      ['the person', await read(tokens.person)],
      ['their coach', await read(tokens.coach)],
      ['another coach', await read(tokens.otherCoach)],
      ['ops of their office', await read(tokens.ops)],
      ['ops of another office', await read(tokens.opsParis)],
      ['a sponsor', await read(tokens.sponsor)],
    ]).toEqual([
      ['the person', 'PENDING'],
      ['their coach', 'PENDING'],
      ['another coach', null],
      ['ops of their office', 'PENDING'],
      ['ops of another office', null],
      ['a sponsor', 'FORBIDDEN'],
    ]);

    // confirmFormerOccupation: their coach (or ops of their office); nobody else.
    const confirm = async (token: string, code = 'N1301') =>
      platform
        .as(token)
        .request<{ confirmFormerOccupation: { status: string; occupationCode: string } }>(CONFIRM, {
          id: people.unsure,
          code,
        });
    for (const refused of [tokens.person, tokens.otherCoach, tokens.opsParis, tokens.sponsor]) {
      expectGraphQLError(await confirm(refused), 'FORBIDDEN');
    }
    expectGraphQLError(await confirm(tokens.coach, 'N13'), 'INVALID_OCCUPATION_CODE', 'occupationCode');
    const confirmed = await confirm(tokens.coach);
    expect(confirmed.body).toEqual({
      data: { confirmFormerOccupation: { status: 'CONFIRMED', occupationCode: 'N1301' } },
    });
    expectGraphQLError(await confirm(tokens.ops), 'NO_OCCUPATION_TO_CONFIRM');

    // Announced: intake shows it as confirmed, assessment asks about it, matching ranks on it.
    await waitFor(
      async () => ((await intakeView(people.unsure)).occupationCodeSource === 'CONFIRMED' ? true : null),
      { what: 'the confirmed code in intake', timeoutMs: 30_000 },
    );
    expect((await intakeView(people.unsure)).formerOccupationCode).toBe('N1301');
    await waitFor(async () => ((await assessmentCode(people.unsure)) === 'N1301' ? true : null), {
      what: 'the confirmed code in assessment',
      timeoutMs: 30_000,
    });
    const ranked = await platform
      .as(tokens.person)
      .ok<{ candidate: { recommendations: { occupationCode: string; proximity: string }[] } }>(
        `query($id: ID!) { candidate(id: $id) { recommendations { occupationCode proximity } } }`,
        { id: people.unsure },
      );
    expect(ranked.candidate.recommendations[0]).toEqual({ occupationCode: 'N1301', proximity: 'SAME' });
  });
});

describe("the employer's NAF code: a generic title read with it (decision 0039)", () => {
  it('an "OPERATRICE DE PRODUCTION" of a programme whose employer is a cheese dairy (10.51C) is coded H2105, no coach asked', async () => {
    const seen = await waitFor(
      async () => {
        const candidate = await intakeView(people.dairy);
        return candidate.formerOccupationCode ? candidate : null;
      },
      { what: "matching's code for the dairy operator in intake", timeoutMs: 30_000 },
    );
    expect(seen).toEqual({
      formerJobTitle: 'OPERATRICE DE PRODUCTION',
      formerOccupationCode: 'H2105',
      occupationCodeSource: 'TITLE',
    });
    const confirmation = await platform
      .as(ops)
      .ok<{ candidate: { formerOccupationConfirmation: unknown } }>(CONFIRMATION, { id: people.dairy });
    expect(confirmation.candidate.formerOccupationConfirmation).toBeNull();
  });

  const NAF = `{ programmes { nodes { id employerNafCode } } }`;
  it.each([
    ['ops', true],
    ['sponsor', true],
    ['committee', true],
    ['otherSponsor', false],
  ])("%s reads the programme's NAF code: %s", async (who, listed) => {
    const token =
      who === 'ops'
        ? ops
        : await platform.token({
            sub: who,
            role: who === 'committee' ? 'committee' : 'sponsor',
            sponsor_ids: [who === 'otherSponsor' ? randomUUID() : dairyProgramme.sponsorId],
          });
    const nodes = (
      await platform
        .as(token)
        .ok<{ programmes: { nodes: { id: string; employerNafCode: string | null }[] } }>(NAF)
    ).programmes.nodes;
    expect(nodes.find((node) => node.id === dairyProgramme.programmeId)).toEqual(
      listed ? { id: dairyProgramme.programmeId, employerNafCode: '10.51C' } : undefined,
    );
  });

  it.each(['coach', 'candidate'])('%s cannot read it (FORBIDDEN)', async (who) => {
    const token = await platform.token(
      who === 'coach'
        ? { sub: 'amel', role: 'coach', coach_id: coachId, office_ids: [LYON] }
        : { sub: 'p-dairy', role: 'candidate', candidate_id: people.dairy },
    );
    expectGraphQLError((await platform.as(token).request(NAF)).body, 'FORBIDDEN');
  });

  it('ops amend it; a code that is not NN.NNX is refused with INVALID_NAF_CODE naming the field', async () => {
    const AMEND = `mutation A($input: AmendProgrammeInput!) { amendProgramme(input: $input) { employerNafCode } }`;
    const amend = (employerNafCode: string) =>
      platform.as(ops).request(AMEND, {
        input: { programmeId: dairyProgramme.programmeId, terms: { ...DAIRY_TERMS, employerNafCode } },
      });
    expect((await amend('10.51d')).body.data).toEqual({ amendProgramme: { employerNafCode: '10.51D' } });
    const refused = (await amend('1051')).body;
    expectGraphQLError(refused, 'INVALID_NAF_CODE');
    expect(refused.errors![0]!.message).toBe(
      'terms.employerNafCode: employerNafCode must be a NAF code such as 10.51C',
    );
  });
});

describe("the programme's NAF code entered after the import (decision 0039): the title read again", () => {
  // After the cases above: the coach's list then holds this person only.
  beforeAll(async () => {
    // The late dairy: its terms without a NAF code; its HR file's service column says "Fabrication".
    lateProgramme = await setUpProgramme(platform.as(ops), {
      sponsorName: 'Fromagerie d’Arbois',
      name: 'PSE fromagerie Arbois',
      officeIds: [LYON],
      terms: { ...LATE_TERMS, employerNafCode: undefined },
    });
    await importFile(
      lateProgramme.programmeId,
      csvFile(
        [
          [
            'A-1',
            'Vuillet',
            'Lise',
            'lise.vuillet@arbois.example',
            'OPERATRICE DE PRODUCTION',
            'Fabrication',
          ],
        ],
        {
          delimiter: ';',
          encoding: 'windows-1252',
          headers: ['Matricule', 'Nom', 'Prénom', 'Email', 'Poste', 'Service'],
        },
      ),
    );
    const { people: found } = await platform
      .as(ops)
      .ok<{ people: { nodes: { candidate: { id: string } }[] } }>(
        `query P($id: ID!) { people(programmeId: $id) { nodes { candidate { id } } } }`,
        { id: lateProgramme.programmeId },
      );
    people.imported = found.nodes[0]!.candidate.id;
    await coachAssignedTo(platform.as(ops), people.imported);
  });

  it('an "OPERATRICE DE PRODUCTION" of the service "Fabrication" waits for her coach, then the amendment codes her H2105', async () => {
    const waiting = await waitFor(
      async () =>
        (
          await platform
            .as(ops)
            .ok<{ candidate: { formerOccupationConfirmation: { status: string } | null } }>(CONFIRMATION, {
              id: people.imported,
            })
        ).candidate.formerOccupationConfirmation,
      { what: 'the confirmation task of the imported operator', timeoutMs: 30_000 },
    );
    expect(waiting.status).toBe('PENDING');
    expect(await intakeView(people.imported)).toMatchObject({
      formerOccupationCode: null,
      occupationCodeSource: null,
    });

    const amended = await platform
      .as(ops)
      .ok<{ amendProgramme: { employerNafCode: string } }>(
        `mutation A($input: AmendProgrammeInput!) { amendProgramme(input: $input) { employerNafCode } }`,
        { input: { programmeId: lateProgramme.programmeId, terms: LATE_TERMS } },
      );
    expect(amended.amendProgramme.employerNafCode).toBe('10.51C');
    const coded = await waitFor(
      async () => {
        const candidate = await intakeView(people.imported);
        return candidate.formerOccupationCode ? candidate : null;
      },
      { what: "matching's code for the imported operator in intake", timeoutMs: 30_000 },
    );
    expect(coded).toEqual({
      formerJobTitle: 'OPERATRICE DE PRODUCTION',
      formerOccupationCode: 'H2105',
      occupationCodeSource: 'TITLE',
    });
    const after = await platform
      .as(ops)
      .ok<{ candidate: { formerOccupationConfirmation: unknown } }>(CONFIRMATION, { id: people.imported });
    expect(after.candidate.formerOccupationConfirmation).toBeNull();
  });

  // Candidate.service: whoever reads the former title reads the service beside it.
  it('Candidate.service and formerJobTitle, role by role', async () => {
    const tokens = {
      person: await platform.token({ sub: 'lise', role: 'candidate', candidate_id: people.imported }),
      coach: await platform.token({ sub: 'amel', role: 'coach', coach_id: coachId, office_ids: [LYON] }),
      otherCoach: await platform.token({
        sub: 'bruno',
        role: 'coach',
        coach_id: randomUUID(),
        office_ids: [LYON],
      }),
      ops,
      opsParis: await platform.token({ sub: 'ops-paris', role: 'ops', office_ids: [PARIS] }),
      sponsor: await platform.token({
        sub: 'hr-arbois',
        role: 'sponsor',
        sponsor_ids: [lateProgramme.sponsorId],
      }),
      committee: await platform.token({
        sub: 'cse-arbois',
        role: 'committee',
        sponsor_ids: [lateProgramme.sponsorId],
      }),
    };
    const read = async (token: string) => {
      const { body } = await platform
        .as(token)
        .request<{ candidate: { formerJobTitle: string | null; service: string | null } | null }>(
          `query($id: ID!) { candidate(id: $id) { formerJobTitle service } }`,
          { id: people.imported },
        );
      return body.errors?.[0]?.extensions?.['code'] ?? body.data?.candidate ?? null;
    };
    const seen = { formerJobTitle: 'OPERATRICE DE PRODUCTION', service: 'Fabrication' };
    expect([
      ['the person', await read(tokens.person)],
      ['their coach', await read(tokens.coach)],
      ['another coach', await read(tokens.otherCoach)],
      ['ops of their office', await read(tokens.ops)],
      ['ops of another office', await read(tokens.opsParis)],
      ['the sponsor', await read(tokens.sponsor)],
      ['the committee', await read(tokens.committee)],
    ]).toEqual([
      ['the person', seen],
      ['their coach', seen],
      ['another coach', null],
      ['ops of their office', seen],
      ['ops of another office', null],
      ['the sponsor', 'FORBIDDEN'],
      ['the committee', 'FORBIDDEN'],
    ]);
  });
});
