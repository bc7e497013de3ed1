import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { FixedClock } from '@passerelle/shared/clock';
import { HEADERS, deadLetterTopicOf, type AnyEvent, type EventPayload } from '@passerelle/shared/contracts';
import { OutboxWriter, createEvent } from '@passerelle/shared/messaging';
import { consumerOfOneBatch, deadLettersOf, testKafka } from '@passerelle/shared/messaging/testing';
import { runWithContext } from '@passerelle/shared/observability';
import {
  createTestDatabase,
  TopicReader,
  waitForGroupToCatchUp,
  type TestDatabase,
} from '@passerelle/shared/testing';
import {
  CandidateProfileRepository,
  FormerOccupationConfirmationRepository,
  ProgrammeTitleContextRepository,
  ReferenceCatalogueCache,
  ReferenceRepository,
  matchingDataSourceOptions,
} from '@passerelle/matching/data-access';
import { generateOffers, seededRandom } from '@passerelle/matching/domain';
import {
  ApplyCandidateDetailsHandler,
  RecomputeRecommendationsForMany,
  ApplyCandidateDetailsOneByOne,
  RecomputeRecommendationsHandler,
  RematchOffersHandler,
  ResolveFormerOccupationHandler,
  type CandidateDetailsEvent,
} from '@passerelle/matching/feature-recommendations';
import { importReferenceData } from '@passerelle/matching/feature-reference';
import { addProductionOccupations } from './test/production-occupations';

// Intake's enrolments and corrections per Kafka batch (ApplyCandidateDetailsHandler, what the
// service runs) give the tables and the events the per-person use cases give one event at a time
// (ApplyCandidateDetailsOneByOne), on real PostgreSQL with the sample reference: 200 people, in
// batches of 1, 7 and 200; then through the inbox on real Kafka, a duplicate applied once and a
// poison event dead-lettered with its reason while the rest of its batch applies.

const SAMPLE = join(__dirname, '../../../tests/fixtures/matching/reference');
const NOW = '2026-12-05T10:00:00.000Z';
const clock = new FixedClock(NOW);
const databases: TestDatabase[] = [];
const dataSources: DataSource[] = [];

afterAll(async () => {
  for (const dataSource of dataSources) if (dataSource.isInitialized) await dataSource.destroy();
  for (const database of databases) await database.drop();
});

/** The service's objects on one database, as Nest wires them. */
function matching(dataSource: DataSource) {
  const cache = new ReferenceCatalogueCache(new ReferenceRepository(dataSource));
  const profiles = new CandidateProfileRepository();
  const confirmations = new FormerOccupationConfirmationRepository();
  const outbox = new OutboxWriter();
  const programmes = new ProgrammeTitleContextRepository();
  const rematch = new RematchOffersHandler(profiles, cache, outbox);
  const recompute = new RecomputeRecommendationsHandler(profiles, cache, outbox, rematch);
  const resolve = new ResolveFormerOccupationHandler(profiles, confirmations, cache, outbox);
  return {
    oneByOne: new ApplyCandidateDetailsOneByOne(profiles, recompute, resolve, programmes),
    batch: new ApplyCandidateDetailsHandler(
      profiles,
      confirmations,
      cache,
      outbox,
      programmes,
      new RecomputeRecommendationsForMany(profiles),
    ),
  };
}

/** A fresh matching database with the sample reference, the same live offers, and a few people already there. */
async function freshMatching(label: string, people: Setup): Promise<DataSource> {
  const database = await createTestDatabase(label);
  databases.push(database);
  const dataSource = new DataSource(matchingDataSourceOptions(database.url));
  await dataSource.initialize();
  dataSources.push(dataSource);
  await dataSource.runMigrations();
  await importReferenceData(dataSource, SAMPLE);
  await addProductionOccupations(dataSource);
  const snapshot = await new ReferenceCatalogueCache(new ReferenceRepository(dataSource)).get();
  const communes = (await dataSource.query(
    `SELECT code, department_code AS "departmentCode", region_code AS "regionCode" FROM commune ORDER BY code`,
  )) as { code: string; departmentCode: string; regionCode: string }[];
  const offers = generateOffers({
    count: 300,
    seed: 3,
    occupations: snapshot.catalogue.occupations,
    titlesByOccupation: new Map(),
    communes,
    today: NOW.slice(0, 10),
  });
  await dataSource.query(
    `INSERT INTO job_offer (id, occupation_code, title, commune_code, department_code, contract_type, skill_codes,
                            published_on, expires_on, received_at)
     SELECT o.id, o."occupationCode", o.title, o."communeCode", o."departmentCode", o."contractType",
            ARRAY(SELECT jsonb_array_elements_text(o."skillCodes")), o."publishedOn"::date, o."expiresOn"::date, $2
       FROM jsonb_to_recordset($1::jsonb) AS o(id uuid, "occupationCode" text, title text, "communeCode" text,
            "departmentCode" text, "contractType" text, "skillCodes" jsonb, "publishedOn" text, "expiresOn" text)`,
    [JSON.stringify(offers), NOW],
  );
  // Paused with leads listed (the enrolment withdraws them, once), and one with rated skills, a
  // Holland code, a search area of their own and offers marked not relevant.
  await dataSource.query(
    `INSERT INTO candidate_profile (candidate_id, rated_skills, search_departments, updated_at, leads_held,
                                    holland_code, track)
     VALUES ($1, '[]', '{}', $3, true, null, null),
            ($2, '[{"skillCode":"S-001","rating":4}]', '{38,69,75}', $3, false, 'RIA', 'retraining')`,
    [people.held, people.rated, NOW],
  );
  await dataSource.query(
    `INSERT INTO offer_match (candidate_id, offer_id, rank, score, explanation, computed_at) VALUES ($1, $2, 1, 0.5, 'x', $3)`,
    [people.held, offers[0]!.id, NOW],
  );
  await dataSource.query(
    `INSERT INTO offer_feedback (candidate_id, offer_id, verdict, given_by, given_at)
     SELECT $1, id, 'not_relevant', 'coach', $2 FROM job_offer ORDER BY id LIMIT 40`,
    [people.rated, NOW],
  );
  return dataSource;
}

interface Setup {
  held: string;
  rated: string;
}

const TITLES = [
  'Magasinier',
  'MAGASINIERE',
  'Cariste H/F',
  'Resp. logistique',
  "Responsable d'entrepôt",
  'Chauffeur livreur',
  'Developpeur informatique',
  'Technicien réseau',
  'Technicien',
  'Formatrice',
  'Vendeuse en alimentation',
  'Opératrice de production',
  'OPERATEUR DE PRODUCTION',
  'Astronaute',
  null,
];

/** 200 people's enrolments, then corrections (some in the same batch as their enrolment), in intake's order. */
function intakeEvents(setup: Setup): CandidateDetailsEvent[] {
  const random = seededRandom(11);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const programmeId = randomUUID();
  const sponsorId = randomUUID();
  const events: CandidateDetailsEvent[] = [];
  const enrol = (candidateId: string, payload: Partial<EventPayload<'CandidateEnrolled.v1'>> = {}) =>
    events.push(
      createEvent('CandidateEnrolled.v1', candidateId, {
        candidateId,
        programmeId,
        sponsorId,
        officeIds: [randomUUID()],
        enrolledAt: NOW,
        formerOccupationCode: null,
        languages: ['fr'],
        ...payload,
      }) as CandidateDetailsEvent,
    );
  const correct = (candidateId: string, payload: Partial<EventPayload<'CandidateDetailsCorrected.v1'>>) =>
    events.push(
      createEvent('CandidateDetailsCorrected.v1', candidateId, {
        candidateId,
        programmeId,
        correctedAt: NOW,
        ...payload,
      }) as CandidateDetailsEvent,
    );
  const people: string[] = [];
  for (let i = 0; i < 196; i++) {
    const candidateId = randomUUID();
    people.push(candidateId);
    const home = pick([
      { homeDepartmentCode: '69', employmentZoneCode: '8421' },
      { homeDepartmentCode: '69', employmentZoneCode: null },
      { homeDepartmentCode: '75', employmentZoneCode: '1101' },
      { homeDepartmentCode: '38', employmentZoneCode: null },
      {},
    ]);
    enrol(candidateId, {
      ...home,
      formerOccupationCode: random() < 0.1 ? pick(['N1103', 'M1805', 'H2105']) : null,
      formerJobTitle: pick(TITLES),
      employerNafCode: pick(['10.51C', '29.32Z', null]),
      service: pick(['Production', 'PRODUCTION', 'Logistique', null]),
    });
    // A tenth corrected right after their enrolment (the same batch for batches of 7 and 200).
    if (random() < 0.1) correct(candidateId, { formerJobTitle: pick(TITLES), employerNafCode: '10.51C' });
  }
  enrol(setup.held, { formerJobTitle: 'Magasinier', homeDepartmentCode: '69' });
  // Searching in three departments they chose: their demand is the three departments' summed.
  enrol(setup.rated, { formerOccupationCode: 'N1103', homeDepartmentCode: '69' });
  // Corrections later in the file: a title, a code given, a move, a person enrolled twice, a
  // correction of nothing matching keeps, and one for a person matching never heard of.
  for (const candidateId of people.slice(0, 30)) {
    const kind = Math.floor(random() * 4);
    if (kind === 0) correct(candidateId, { formerJobTitle: pick(TITLES) });
    else if (kind === 1) correct(candidateId, { formerOccupationCode: 'N1301' });
    else if (kind === 2)
      correct(candidateId, { homeDepartmentCode: '75', employmentZoneCode: '1101', service: 'Logistique' });
    else correct(candidateId, { languages: ['fr', 'en'] });
  }
  enrol(people[40]!, { formerJobTitle: 'Cariste', homeDepartmentCode: '38' });
  correct(randomUUID(), { languages: ['en'] });
  const stranger = randomUUID();
  correct(stranger, { homeDepartmentCode: '69' });
  enrol(stranger, { formerJobTitle: 'Formateur logistique' });
  return events;
}

/** A row without a column that differs by nature (a random id, the machine's time). */
const without = (column: string) => (row: Record<string, unknown>) => {
  const copy = { ...row };
  delete copy[column];
  return copy;
};

/** Everything matching keeps and announces, comparable across databases (ids and clocks left out). */
async function state(dataSource: DataSource) {
  const outbox = (await dataSource.query(
    `SELECT message_key, event_type, envelope FROM outbox_message ORDER BY position`,
  )) as { message_key: string; event_type: string; envelope: AnyEvent }[];
  const announced: Record<string, unknown[]> = {};
  for (const row of outbox)
    (announced[row.message_key] ??= []).push({
      type: row.event_type,
      payload: row.envelope.payload,
      causationId: row.envelope.causationId,
      correlationId: row.envelope.correlationId,
      occurredAt: row.envelope.occurredAt.length,
    });
  return {
    profiles: await dataSource
      .query(`SELECT * FROM candidate_profile ORDER BY candidate_id`)
      .then((rows: Record<string, unknown>[]) => rows.map(without('updated_at'))),
    recommendations: await dataSource
      .query(`SELECT * FROM occupation_recommendation ORDER BY candidate_id, rank`)
      .then((rows: Record<string, unknown>[]) => rows.map(without('id'))),
    offerMatches: await dataSource.query(`SELECT * FROM offer_match ORDER BY candidate_id, rank`),
    confirmations: await dataSource.query(
      `SELECT * FROM former_occupation_confirmation ORDER BY candidate_id`,
    ),
    announced,
    outboxRows: outbox.length,
  };
}

/** Applied as the inbox applies them: each event, or each batch, in its transaction and its first event's context. */
async function apply(
  dataSource: DataSource,
  events: readonly CandidateDetailsEvent[],
  batchSize: number | null,
) {
  const { oneByOne, batch } = matching(dataSource);
  const inContext = <T>(event: CandidateDetailsEvent, work: () => Promise<T>) =>
    runWithContext(
      { correlationId: event.correlationId, causationId: event.eventId, traceparent: null },
      work,
    );
  if (batchSize === null) {
    for (const event of events)
      await dataSource.transaction((manager) =>
        inContext(event, () =>
          event.type === 'CandidateEnrolled'
            ? oneByOne.enrolled(manager, event, clock.now())
            : oneByOne.corrected(manager, event, clock.now()),
        ),
      );
    return;
  }
  for (let i = 0; i < events.length; i += batchSize) {
    const slice = events.slice(i, i + batchSize);
    await dataSource.transaction((manager) =>
      inContext(slice[0]!, () => batch.execute(manager, { events: slice, now: clock.now() })),
    );
  }
}

describe('enrolments and corrections per Kafka batch', () => {
  it('give the tables and events one event at a time gives, in batches of 1, 7 and 200 (and all at once)', async () => {
    const setup: Setup = { held: randomUUID(), rated: randomUUID() };
    const events = intakeEvents(setup);
    const reference = await freshMatching('matching_details_one_by_one', setup);
    await apply(reference, events, null);
    const expected = await state(reference);
    // The case is what it claims: automatic codes, coaches' tasks, leads withdrawn and kept.
    const types = Object.values(expected.announced).flat() as {
      type: string;
      payload: { offers?: unknown[] };
    }[];
    expect(types.filter((e) => e.type === 'FormerOccupationResolved.v1').length).toBeGreaterThan(20);
    expect(types.filter((e) => e.type === 'OccupationsRecommended.v1').length).toBeGreaterThan(150);
    expect(
      types.filter((e) => e.type === 'OffersMatched.v1' && e.payload.offers!.length > 0).length,
    ).toBeGreaterThan(20);
    expect(expected.announced[setup.held]).toContainEqual(
      expect.objectContaining({ type: 'OffersMatched.v1', payload: expect.objectContaining({ offers: [] }) }),
    );
    expect(expected.confirmations.length).toBeGreaterThan(10);
    expect(expected.offerMatches.length).toBeGreaterThan(100);

    for (const size of [1, 7, 200, events.length]) {
      const batched = await freshMatching(`matching_details_batch_${size}`, setup);
      await apply(batched, events, size);
      expect({ size, ...(await state(batched)) }).toEqual({ size, ...expected });
    }
  }, 240_000);

  it('through the inbox: a duplicate applies once, a poison event is dead-lettered with its reason and the rest of its batch applies', async () => {
    const kafka = testKafka();
    const dataSource = await freshMatching('matching_details_inbox', {
      held: randomUUID(),
      rated: randomUUID(),
    });
    const deadLetters = await TopicReader.start(kafka, [deadLetterTopicOf('matching')]);
    const programmeId = randomUUID();
    const people = Array.from({ length: 20 }, () => randomUUID());
    const enrolled = (candidateId: string, service: string) =>
      createEvent('CandidateEnrolled.v1', candidateId, {
        candidateId,
        programmeId,
        sponsorId: randomUUID(),
        officeIds: [],
        enrolledAt: NOW,
        formerOccupationCode: null,
        languages: ['fr'],
        homeDepartmentCode: '69',
        formerJobTitle: 'Magasinier',
        service,
      }) as AnyEvent;
    const events = people.map((candidateId) => enrolled(candidateId, 'Logistique'));
    // A NUL in the service column (a broken HR export): PostgreSQL refuses it in text and jsonb.
    const poisonId = randomUUID();
    const poison = enrolled(poisonId, 'Logis\u0000tique');
    const sent = [...events.slice(0, 10), events[3]!, poison, ...events.slice(10), events[12]!];
    const { batch } = matching(dataSource);
    const handler = {
      applyBatch: (batchEvents: readonly AnyEvent[], manager: Parameters<typeof batch.execute>[0]) =>
        batch.execute(manager, { events: batchEvents as CandidateDetailsEvent[], now: clock.now() }),
    };
    // One partition, so one batch; each person's own key, as intake sends them: a dead letter parks
    // its key (decision 0042), and only the poison event's person is to wait.
    const { topic, consumer, group } = await consumerOfOneBatch({
      kafka,
      service: 'matching',
      dataSource,
      handlers: new Map([
        ['CandidateEnrolled.v1', handler],
        ['CandidateDetailsCorrected.v1', handler],
      ]),
      events: sent,
    });
    await consumer.start();
    try {
      await waitForGroupToCatchUp(kafka, group, topic, 60_000);
      const dead = await deadLettersOf(deadLetters, topic);
      expect(dead.map((m) => JSON.parse(m.value!).eventId)).toEqual([poison.eventId]);
      expect(dead[0]!.header(HEADERS.deadLetterReason)).toMatch(/handler failed: .*(Unicode|0x00)/);
      const profiles = (await dataSource.query(
        `SELECT candidate_id FROM candidate_profile WHERE candidate_id = ANY($1::uuid[]) ORDER BY candidate_id`,
        [[...people, poisonId]],
      )) as { candidate_id: string }[];
      expect(profiles.map((row) => row.candidate_id)).toEqual([...people].sort());
      const recommended = (await dataSource.query(
        `SELECT message_key, count(*)::int AS n FROM outbox_message WHERE event_type = 'OccupationsRecommended.v1'
          GROUP BY message_key ORDER BY message_key`,
      )) as { message_key: string; n: number }[];
      expect(recommended).toEqual([...people].sort().map((id) => ({ message_key: id, n: 1 })));
      const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM inbox_message`);
      expect(n).toBe(people.length);
    } finally {
      await consumer.stop();
      await deadLetters.stop();
    }
  }, 120_000);
});
