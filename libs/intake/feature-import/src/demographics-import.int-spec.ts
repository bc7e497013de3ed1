import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { FixedClock, type Clock } from '@passerelle/shared/clock';
import { HEADERS } from '@passerelle/shared/contracts';
import { OutboxRelay, createEvent, createKafka } from '@passerelle/shared/messaging';
import { TopicReader, testInfrastructure, waitFor } from '@passerelle/shared/testing';
import { csvFile } from './test/hr-files';
import { ImportTestKit, silentLogger } from './test/import-test-kit';

// What reporting needs from the HR file (issue 17, item 2): the date of birth stays in intake, its
// band leaves; civilité, socio-professional category, site, seniority and contract end go out as
// coarse categories, under the programme's own band limits.

const HEADERS_FR = [
  'Matricule',
  'Nom',
  'Prénom',
  'Email',
  'Établissement',
  'Date de naissance',
  'Civilité',
  'Catégorie socio-professionnelle',
  "Date d'embauche",
  'Date de fin de contrat',
  'Code postal',
];

type Person = {
  number: string;
  born: string;
  civilite: string;
  category: string;
  hired: string;
  ends: string;
};
const row = (p: Person) => [
  p.number,
  'Martin',
  'Léa',
  `${p.number.toLowerCase()}@acme-industrie.example`,
  'Lyon Gerland',
  p.born,
  p.civilite,
  p.category,
  p.hired,
  p.ends,
  '69003',
];
const GOOD: Person[] = [
  {
    number: 'D01',
    born: '31/03/1975',
    civilite: 'Mme',
    category: 'Employée',
    hired: '01/09/2008',
    ends: '30/06/2026',
  },
  { number: 'D02', born: '06/12/2001', civilite: 'M.', category: 'Ouvrier', hired: '15/01/2025', ends: '' },
  {
    number: 'D03',
    born: '1961-07-14',
    civilite: 'Monsieur',
    category: 'ETAM',
    hired: '01/03/1990',
    ends: '31/12/2026',
  },
  { number: 'D04', born: '02/02/1980', civilite: '', category: 'Cadre', hired: '', ends: '' },
  { number: 'D05', born: '', civilite: 'Madame', category: '', hired: '01/01/2020', ends: '' },
];
/** Each broken row, the column the report must name, and part of the reason. */
const BROKEN: [Person, string, RegExp][] = [
  [{ ...GOOD[0]!, number: 'X01', born: '31/02/1975' }, 'Date de naissance', /not a date/],
  [{ ...GOOD[0]!, number: 'X02', born: '06/12/2027' }, 'Date de naissance', /in the future/],
  [{ ...GOOD[0]!, number: 'X03', born: '01/01/2015' }, 'Date de naissance', /age of 11 is not plausible/],
  [
    { ...GOOD[0]!, number: 'X04', category: 'Intérimaire' },
    'Catégorie socio-professionnelle',
    /ouvrier, employé/,
  ],
  [{ ...GOOD[0]!, number: 'X05', civilite: 'Maître' }, 'Civilité', /Monsieur, Mme or Madame/],
];

let kit: ImportTestKit;
let kafka: Kafka;
let topic: string;
let relay: OutboxRelay;
let reader: TopicReader;

beforeAll(async () => {
  kafka = createKafka(
    `intake-demographics-${randomUUID().slice(0, 8)}`,
    testInfrastructure().kafkaBrokers,
    silentLogger,
  );
  topic = `test.intake.demographics.${randomUUID()}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
  await admin.disconnect();
  kit = await ImportTestKit.create('intake_demographics', () => topic);
  // Ages and seniority are reckoned on the enrolment day: the service's clock, fixed here.
  (kit as { clock: Clock }).clock = new FixedClock('2026-12-05T09:00:00.000Z');
  relay = new OutboxRelay({ dataSource: kit.dataSource, kafka, logger: silentLogger, pollIntervalMs: 20 });
  await relay.start();
  reader = await TopicReader.start(kafka, [topic]);
});

afterAll(async () => {
  await reader?.stop();
  await relay?.stop();
  await kit?.stop();
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [topic] });
  await admin.disconnect();
});

const eventsOfType = (type: string) =>
  reader
    .matching((m) => m.header(HEADERS.eventType) === type)
    .map((m) => JSON.parse(m.value!) as { payload: Record<string, unknown> });

async function drain(): Promise<void> {
  const markerId = randomUUID();
  const marker = createEvent('CandidateEnrolled.v1', markerId, {
    candidateId: markerId,
    programmeId: randomUUID(),
    sponsorId: randomUUID(),
    officeIds: [],
    enrolledAt: new Date().toISOString(),
    formerOccupationCode: null,
    languages: ['fr'],
  });
  await kit.dataSource.transaction((manager) => kit.writer.append(manager, [marker]));
  await waitFor(async () => reader.matching((m) => m.header(HEADERS.eventId) === marker.eventId).length > 0, {
    what: 'the marker event on Kafka',
  });
  // The relay has published everything before the marker; the reader may not have read it all yet.
  await reader.readToEnd();
}

const file = (people: Person[]) =>
  csvFile(people.map(row), { delimiter: ';', encoding: 'windows-1252', headers: HEADERS_FR });

describe('the HR file’s demographic columns', () => {
  it('keeps the date of birth in intake, reports each impossible or implausible value by row and column, and writes nothing of a broken row', async () => {
    const batch = await kit.importFile(file([...GOOD, ...BROKEN.map(([p]) => p)]), 'demographie.csv');
    expect(batch).toMatchObject({ status: 'completed', rowsEnrolled: 5, rowsRejected: 5 });

    const errors = await kit.batches.errorPage(batch.id, 0, 100);
    expect(errors.items.map(({ row, column }) => ({ row, column }))).toEqual(
      BROKEN.map(([, column], index) => ({ row: GOOD.length + index + 2, column })),
    );
    BROKEN.forEach(([, , reason], index) => expect(errors.items[index]!.reason).toMatch(reason));

    const people = await kit.candidates();
    expect(people.map((p) => p['employee_number'])).toEqual(['D01', 'D02', 'D03', 'D04', 'D05']);
    expect(
      people.map((p) => [p['date_of_birth'], p['sex'], p['socio_professional_category'], p['site']]),
    ).toEqual([
      ['1975-03-31', 'female', 'employe', 'Lyon Gerland'],
      ['2001-12-06', 'male', 'ouvrier', 'Lyon Gerland'],
      ['1961-07-14', 'male', 'technicien_agent_de_maitrise', 'Lyon Gerland'],
      ['1980-02-02', null, 'cadre', 'Lyon Gerland'],
      [null, 'female', null, 'Lyon Gerland'],
    ]);
  });

  it('announces bands and categories only, under the default limits', async () => {
    await drain();
    const byNumber = new Map(
      (await kit.candidates()).map((p) => [p['id'] as string, p['employee_number'] as string]),
    );
    const payloads = eventsOfType('CandidateEnrolled')
      .filter((event) => event.payload['programmeId'] === kit.programmeId)
      .map((event): Record<string, unknown> => ({
        number: byNumber.get(event.payload['candidateId'] as string),
        ...event.payload,
      }))
      .sort((a, b) => String(a.number).localeCompare(String(b.number)));
    expect(
      payloads.map(
        ({ number, ageBand, sex, socioProfessionalCategory, site, seniorityBand, contractEndsOn }) => ({
          number,
          ageBand,
          sex,
          socioProfessionalCategory,
          site,
          seniorityBand,
          contractEndsOn,
        }),
      ),
    ).toEqual([
      // 51 on 5 December 2026; 17.8 years from hire to the contract's end.
      {
        number: 'D01',
        ageBand: '50-54',
        sex: 'female',
        socioProfessionalCategory: 'employe',
        site: 'Lyon Gerland',
        seniorityBand: '10-20',
        contractEndsOn: '2026-06-30',
      },
      // 25 until tomorrow: still under 26.
      {
        number: 'D02',
        ageBand: '<26',
        sex: 'male',
        socioProfessionalCategory: 'ouvrier',
        site: 'Lyon Gerland',
        seniorityBand: '<2',
        contractEndsOn: null,
      },
      {
        number: 'D03',
        ageBand: '55+',
        sex: 'male',
        socioProfessionalCategory: 'technicien_agent_de_maitrise',
        site: 'Lyon Gerland',
        seniorityBand: '20+',
        contractEndsOn: '2026-12-31',
      },
      {
        number: 'D04',
        ageBand: '45-49',
        sex: null,
        socioProfessionalCategory: 'cadre',
        site: 'Lyon Gerland',
        seniorityBand: null,
        contractEndsOn: null,
      },
      {
        number: 'D05',
        ageBand: null,
        sex: 'female',
        socioProfessionalCategory: null,
        site: 'Lyon Gerland',
        seniorityBand: '5-10',
        contractEndsOn: null,
      },
    ]);
    // The date of birth and the hire date never leave intake.
    const text = JSON.stringify(payloads);
    for (const secret of [
      '1975-03-31',
      '2001-12-06',
      '1961-07-14',
      '2008-09-01',
      'dateOfBirth',
      'hireDate',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('follows the programme’s own band limits', async () => {
    const programmeId = randomUUID();
    await kit.addProgramme(programmeId, 'PSE Acme Lyon, bandes propres');
    await kit.dataSource.query(
      `UPDATE programme SET age_band_limits = '{30,50}', seniority_band_limits = '{1,3}' WHERE id = $1`,
      [programmeId],
    );
    const uploadId = await kit.upload(
      file(GOOD.map((p) => ({ ...p, number: `B${p.number}` }))),
      'b.csv',
      programmeId,
    );
    const batch = await kit.handler().execute(kit.ops, { programmeId, file: uploadId });
    expect(await kit.runner().run(batch.id)).toMatchObject({ rowsEnrolled: 5 });
    await drain();
    const bands = eventsOfType('CandidateEnrolled')
      .filter((event) => event.payload['programmeId'] === programmeId)
      .map((event) => [event.payload['ageBand'], event.payload['seniorityBand']])
      .sort((a, b) => String(a).localeCompare(String(b)));
    expect(bands).toEqual(
      [
        ['50+', '3+'],
        ['<30', '1-3'],
        ['50+', '3+'],
        ['30-49', null],
        [null, '3+'],
      ].sort((a, b) => String(a).localeCompare(String(b))),
    );
  });

  it('a correction file updates the record and announces the changed categories only', async () => {
    const corrected = GOOD.map((p) =>
      p.number === 'D01'
        ? { ...p, category: 'Agent de maîtrise' }
        : p.number === 'D04'
          ? { ...p, born: '02/02/1970' }
          : p,
    );
    const batch = await kit.importFile(file(corrected), 'correction.csv');
    expect(batch).toMatchObject({ rowsEnrolled: 0, rowsUpdated: 2, rowsUnchanged: 3 });
    await drain();
    const ids = new Map((await kit.candidates()).map((p) => [p['employee_number'], p['id']]));
    const corrections = eventsOfType('CandidateDetailsCorrected').map((event) => event.payload);
    expect(corrections).toHaveLength(2);
    const withoutTime = (payload: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(payload).filter(([key]) => key !== 'correctedAt'));
    const d01 = withoutTime(corrections.find((c) => c['candidateId'] === ids.get('D01'))!);
    const d04 = withoutTime(corrections.find((c) => c['candidateId'] === ids.get('D04'))!);
    expect(d01).toEqual({
      candidateId: ids.get('D01'),
      programmeId: kit.programmeId,
      socioProfessionalCategory: 'technicien_agent_de_maitrise',
    });
    // 56 on the day they were enrolled: the band is reckoned on the enrolment day, as at enrolment.
    expect(d04).toEqual({ candidateId: ids.get('D04'), programmeId: kit.programmeId, ageBand: '55+' });
    const people = await kit.candidates();
    expect(people.find((p) => p['employee_number'] === 'D04')!['date_of_birth']).toBe('1970-02-02');
  });
});

// What matching reads a generic former title with (decision 0039): the programme's employer NAF
// code and the file's service column, as written, at most 80 characters like the site.
describe('the service column and the employer’s NAF code', () => {
  const SERVICE_HEADERS = ['Matricule', 'Nom', 'Prénom', 'Email', 'Poste', 'Atelier'];
  const serviceFile = (rows: [string, string, string][]) =>
    csvFile(
      rows.map(([number, title, service]) => [
        number,
        'Martin',
        'Léa',
        `${number.toLowerCase()}@fromagerie.example`,
        title,
        service,
      ]),
      { delimiter: ';', encoding: 'windows-1252', headers: SERVICE_HEADERS },
    );
  const programmeId = randomUUID();
  const importInto = async (buffer: Buffer, name: string) => {
    const uploadId = await kit.upload(buffer, name, programmeId);
    const batch = await kit.handler().execute(kit.ops, { programmeId, file: uploadId });
    return kit.runner().run(batch.id);
  };
  const idOf = async (number: string) =>
    (await kit.dataSource.query(`SELECT id FROM candidate WHERE employee_number = $1`, [number]))[0].id;

  it('keeps the service, reports one too long by row and column, and announces it with the programme’s NAF code', async () => {
    await kit.addProgramme(programmeId, 'PSE Fromagerie des Alpes');
    await kit.dataSource.query(`UPDATE programme SET employer_naf_code = '10.51C' WHERE id = $1`, [
      programmeId,
    ]);
    const batch = await importInto(
      serviceFile([
        ['S01', 'Opératrice de production', 'Fabrication'],
        ['S02', 'Opérateur de production', 'x'.repeat(81)],
        ['S03', 'Cariste', ''],
      ]),
      'fromagerie.csv',
    );
    expect(batch).toMatchObject({ status: 'completed', rowsEnrolled: 2, rowsRejected: 1 });
    const errors = await kit.batches.errorPage(batch!.id, 0, 10);
    expect(errors.items.map(({ row, column }) => ({ row, column }))).toEqual([{ row: 3, column: 'Atelier' }]);
    expect(errors.items[0]!.reason).toMatch(/at most 80/);
    const stored = (await kit.dataSource.query(
      `SELECT employee_number, service FROM candidate WHERE programme_id = $1 ORDER BY employee_number`,
      [programmeId],
    )) as { employee_number: string; service: string | null }[];
    expect(stored).toEqual([
      { employee_number: 'S01', service: 'Fabrication' },
      { employee_number: 'S03', service: null },
    ]);

    await drain();
    const announced = eventsOfType('CandidateEnrolled')
      .filter((event) => event.payload['programmeId'] === programmeId)
      .map(({ payload }) => [payload['formerJobTitle'], payload['employerNafCode'], payload['service']])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(announced).toEqual([
      ['Cariste', '10.51C', null],
      ['Opératrice de production', '10.51C', 'Fabrication'],
    ]);
  });

  it('a correction of the service announces the title again with its context, so matching resolves it again', async () => {
    const batch = await importInto(
      serviceFile([
        ['S01', 'Opératrice de production', 'Affinage'],
        ['S03', 'Cariste', ''],
      ]),
      'fromagerie-correction.csv',
    );
    expect(batch).toMatchObject({ rowsEnrolled: 0, rowsUpdated: 1, rowsUnchanged: 1 });
    await drain();
    const s01 = await idOf('S01');
    const corrections = eventsOfType('CandidateDetailsCorrected')
      .map((event) => event.payload)
      .filter((payload) => payload['candidateId'] === s01);
    expect(corrections).toHaveLength(1);
    expect(corrections[0]).toEqual({
      candidateId: s01,
      programmeId,
      formerOccupationCode: null,
      formerJobTitle: 'Opératrice de production',
      employerNafCode: '10.51C',
      service: 'Affinage',
      correctedAt: expect.any(String),
    });
  });
});
