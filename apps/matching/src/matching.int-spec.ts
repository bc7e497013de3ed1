import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Kafka, Partitioners, type Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import {
  EVENT_CATALOGUE,
  type AnyEvent,
  type EventKey,
  type EventPayload,
} from '@passerelle/shared/contracts';
import { createEvent, eventHeaders } from '@passerelle/shared/messaging';
import { startService } from '@passerelle/shared/runtime';
import {
  createRunTopics,
  createTestDatabase,
  expectGraphQLError,
  freePort,
  subgraphAs,
  testInfrastructure,
  TopicReader,
  waitFor,
  type RunTopics,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { CandidateProfileRepository, matchingDataSourceOptions } from '@passerelle/matching/data-access';
import { ExpireJobOffersHandler } from '@passerelle/matching/feature-offers';
import { RematchOffersHandler } from '@passerelle/matching/feature-recommendations';
import { importReferenceData } from '@passerelle/matching/feature-reference';
import { matchingApp } from './matching.app';

/**
 * The matching service end to end on real PostgreSQL and Kafka, with the project's own sample
 * reference data: events in, explained recommendations and offer matches out, each role's view.
 */
const SAMPLE = join(__dirname, '../../../tests/fixtures/matching/reference');
const SECRET = 'matching-int-spec-identity-secret-0123456789abcdef';
const LYON = randomUUID();
const PARIS = randomUUID();
const PROGRAMME = randomUUID();
const SPONSOR = randomUUID();
const COACH = randomUUID();
const nadia = randomUUID();
const paul = randomUUID();

const { kafkaBrokers } = testInfrastructure();
const kafka = new Kafka({ clientId: 'matching-int-spec', brokers: kafkaBrokers, logLevel: 1 });
let database: TestDatabase;
let dataSource: DataSource;
let app: INestApplication;
let url: string;
let producer: Producer;
let reader: TopicReader;
/** The file's own topics (KAFKA_TOPIC_PREFIX): no other file's events reach the service. */
let topics: RunTopics;

const identities: Record<string, Identity> = {
  nadia: { subject: 'nadia', role: 'candidate', candidateId: nadia },
  paul: { subject: 'paul', role: 'candidate', candidateId: paul },
  coach: { subject: 'coach', role: 'coach', coachId: COACH, officeIds: [LYON] },
  otherCoach: { subject: 'coach-2', role: 'coach', coachId: randomUUID(), officeIds: [LYON] },
  opsLyon: { subject: 'ops-lyon', role: 'ops', officeIds: [LYON], allOffices: false },
  opsParis: { subject: 'ops-paris', role: 'ops', officeIds: [PARIS], allOffices: false },
  sponsor: { subject: 'hr', role: 'sponsor', sponsorIds: [SPONSOR] },
};

/** The service as the gateway calls it on behalf of one of the identities (the test kit's client). */
const gql = async <T = Record<string, unknown>>(
  as: keyof typeof identities,
  query: string,
  variables: Record<string, unknown> = {},
) => (await subgraphAs(url, identities[as]!, SECRET).request<T>(query, variables)).body;

async function publish<K extends EventKey>(
  key: K,
  aggregateId: string,
  payload: EventPayload<K>,
): Promise<void> {
  const event = createEvent(key, aggregateId, payload);
  await producer.send({
    topic: topics.topic(EVENT_CATALOGUE[key].topic),
    acks: -1,
    messages: [
      { key: aggregateId, value: JSON.stringify(event), headers: eventHeaders(event as AnyEvent, null) },
    ],
  });
}

const RECOMMENDATIONS = `query($id: ID!) { _entities(representations: [{ __typename: "Candidate", id: $id }]) {
  ... on Candidate { recommendations { occupationCode label rank proximity explanation explanationEn levelStep missingSkills { label } }
                     matches { offer { id title } rank explanation } hiddenMarket { occupationCode projects } } } }`;
type Entities = {
  _entities: {
    recommendations: {
      occupationCode: string;
      rank: number;
      proximity: string;
      explanation: string;
      explanationEn: string;
      levelStep: number | null;
      missingSkills: { label: string }[];
    }[];
    matches: { offer: { id: string; title: string }; rank: number; explanation: string }[];
    hiddenMarket: { occupationCode: string; projects: number }[];
  }[];
};
const view = async (as: keyof typeof identities, id: string) =>
  await gql<Entities>(as, RECOMMENDATIONS, { id });

beforeAll(async () => {
  database = await createTestDatabase('matching_service');
  dataSource = new DataSource(matchingDataSourceOptions(database.url));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await importReferenceData(dataSource, SAMPLE);
  const groupPrefix = `test-matching-${database.name.replace(/_/g, '-')}`;
  topics = await createRunTopics(kafkaBrokers);
  reader = await TopicReader.start(kafka, [topics.topic(EVENT_CATALOGUE['OccupationsRecommended.v1'].topic)]);
  producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const port = await freePort();
  app = await startService(matchingApp, {
    PORT: String(port),
    DATABASE_URL: database.url,
    KAFKA_BROKERS: kafkaBrokers.join(','),
    INTERNAL_IDENTITY_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_INTERVAL_MS: '50',
    KAFKA_GROUP_PREFIX: groupPrefix,
    KAFKA_TOPIC_PREFIX: topics.prefix,
    KAFKA_FETCH_MAX_WAIT_MS: '500',
  });
  url = `http://127.0.0.1:${port}/graphql`;

  const enrolled = (
    candidateId: string,
    officeId: string,
    formerOccupationCode: string,
    homeDepartmentCode: string | null = null,
    employmentZoneCode: string | null = null,
  ) =>
    publish('CandidateEnrolled.v1', candidateId, {
      candidateId,
      programmeId: PROGRAMME,
      sponsorId: SPONSOR,
      officeIds: [officeId],
      enrolledAt: new Date().toISOString(),
      formerOccupationCode,
      languages: ['fr'],
      homeDepartmentCode,
      employmentZoneCode,
    });
  await enrolled(nadia, LYON, 'N1103', '69', '8421');
  await enrolled(paul, PARIS, 'M1805');
  await publish('CoachAssigned.v1', nadia, {
    candidateId: nadia,
    programmeId: PROGRAMME,
    coachId: COACH,
    officeId: LYON,
    previousCoachId: null,
    mode: 'automatic',
    assignedAt: new Date().toISOString(),
  });
});

afterAll(async () => {
  await app?.close();
  await producer?.disconnect();
  await reader?.stop();
  await dataSource?.destroy();
  await database?.drop();
  await topics?.delete();
});

const recommendationsOf = (as: keyof typeof identities, id: string) =>
  waitFor(
    async () => {
      const answer = await view(as, id);
      const recommendations = answer.data?._entities[0]?.recommendations ?? [];
      return recommendations.length > 0 ? answer.data!._entities[0]! : null;
    },
    { what: `recommendations of ${id}`, timeoutMs: 30_000 },
  );

describe('matching service', () => {
  it('recommends occupations on enrolment, explained, and announces them', async () => {
    const mine = await recommendationsOf('nadia', nadia);
    expect(mine.recommendations[0]).toMatchObject({ occupationCode: 'N1103', rank: 1, proximity: 'SAME' });
    const manager = mine.recommendations.find((r) => r.occupationCode === 'N1301')!;
    expect(manager.proximity).toBe('CLOSE');
    expect(manager.explanation).toContain("C'est une évolution courante après « Magasinier / Magasinière ».");
    expect(manager.explanationEn).toContain('It is a common next step after "Magasinier / Magasinière".');
    // CAP (level 3) to bac + 3 (level 6): flagged and explained; no code in the sentences.
    expect(manager.levelStep).toBe(3);
    expect(manager.explanationEn).toContain(
      "It usually asks for a bachelor's degree: plan for some training.",
    );
    for (const r of mine.recommendations)
      expect(`${r.explanation} ${r.explanationEn}`).not.toMatch(/[A-N]\d{4}|ROME/);
    expect(manager.missingSkills.map((s) => s.label)).toEqual(expect.arrayContaining(['Suivre un budget']));
    // The off-track rule: the food shop's sales job asks no diploma and shares no specific skill with
    // a skilled warehouse worker (CAP), whose interests are not known yet: not offered.
    expect(mine.recommendations.map((r) => r.occupationCode)).not.toContain('D1106');

    const announced = await waitFor(
      async () => reader.matching((m) => m.message.key?.toString() === nadia).at(-1) ?? null,
      { what: 'OccupationsRecommended for the person', timeoutMs: 30_000 },
    );
    const event = JSON.parse(announced.value!) as {
      type: string;
      payload: { recommendations: { occupationCode: string }[] };
    };
    expect(event.type).toBe('OccupationsRecommended');
    expect(event.payload.recommendations[0]!.occupationCode).toBe('N1103');

    // She lives in the Rhône (intake said so at enrolment): that is where she searches, until she says otherwise.
    const [profile] = (await dataSource.query(
      `SELECT search_departments FROM candidate_profile WHERE candidate_id = $1`,
      [nadia],
    )) as { search_departments: string[] }[];
    expect(profile!.search_departments).toEqual(['69']);
  });

  it('shows a person their own, a coach their caseload, ops their offices, and a sponsor nothing', async () => {
    await recommendationsOf('nadia', nadia);
    await recommendationsOf('coach', nadia);
    await recommendationsOf('opsLyon', nadia);
    for (const outsider of ['paul', 'otherCoach', 'opsParis'] as const) {
      const answer = await view(outsider, nadia);
      expect([outsider, answer.data?._entities[0]]).toEqual([
        outsider,
        { recommendations: [], matches: [], hiddenMarket: [] },
      ]);
    }
    const sponsor = await view('sponsor', nadia);
    expectGraphQLError(sponsor, 'FORBIDDEN', 'not open to the sponsor role');
    expect(JSON.stringify(sponsor.data ?? null)).not.toContain('N1103');
  });

  it('re-ranks with the assessment: self-rated skills at once, interests once the results are released', async () => {
    await recommendationsOf('nadia', nadia);
    const assessmentId = randomUUID();
    await publish('AssessmentCompleted.v1', nadia, {
      assessmentId,
      candidateId: nadia,
      instrumentCode: 'riasec-markers',
      instrumentVersion: '1',
      milestoneId: null,
      completedAt: new Date().toISOString(),
      riasec: { scores: { R: 20, I: 12, A: 30, S: 38, E: 25, C: 15 }, hollandCode: 'SAE' },
      skills: [{ skillCode: '800017', rating: 5 }],
      targetOccupationCodes: [],
    });
    // The self-rated skill counts at once; the interests wait for the debrief.
    const waiting = await waitFor(
      async () => {
        const [row] = (await dataSource.query(
          `SELECT holland_code, pending_holland_code, rated_skills FROM candidate_profile WHERE candidate_id = $1`,
          [nadia],
        )) as { holland_code: string | null; pending_holland_code: string | null; rated_skills: unknown[] }[];
        return row?.pending_holland_code ? row : null;
      },
      { what: 'the Holland code waiting for the release', timeoutMs: 30_000 },
    );
    expect(waiting).toEqual({
      holland_code: null,
      pending_holland_code: 'SAE',
      rated_skills: [{ skillCode: '800017', rating: 5 }],
    });
    const before = (await view('nadia', nadia)).data?._entities[0]?.recommendations ?? [];
    expect(before.filter((r) => r.explanation.includes('ce qui vous intéresse'))).toEqual([]);

    await publish('ResultsReleased.v1', nadia, {
      assessmentId,
      candidateId: nadia,
      coachId: randomUUID(),
      milestoneId: null,
      releasedAt: new Date().toISOString(),
    });
    const trainer = await waitFor(
      async () => {
        const r = (await view('nadia', nadia)).data?._entities[0]?.recommendations.find(
          (x) => x.occupationCode === 'K2111',
        );
        return r?.explanation.includes(
          'Il rejoint bien ce qui vous intéresse : aider et accompagner les autres',
        )
          ? r
          : null;
      },
      { what: 'the trainer occupation re-ranked with interests', timeoutMs: 30_000 },
    );
    expect(trainer.explanation).toContain('Animer une formation');
  });

  it('takes offers from ops and from Kafka, matches them by occupation and area, and honours feedback', async () => {
    await recommendationsOf('nadia', nadia);
    const offer = `mutation($input: PublishJobOfferInput!) { publishJobOffer(input: $input) { id departmentCode } }`;
    const input = {
      occupationCode: 'N1301',
      title: "Responsable d'entrepôt",
      communeCode: '69123',
      contractType: 'PERMANENT',
      skillCodes: ['800001', '800006'],
      publishedOn: new Date().toISOString().slice(0, 10),
    };
    expectGraphQLError(await gql('sponsor', offer, { input }), 'FORBIDDEN', 'not open to the sponsor role');
    expectGraphQLError(await gql('coach', offer, { input }), 'FORBIDDEN', 'not open to the coach role');
    const bad = await gql('opsLyon', offer, { input: { ...input, communeCode: '99999' } });
    expectGraphQLError(bad, 'UNKNOWN_COMMUNE');
    const published = await gql<{ publishJobOffer: { id: string; departmentCode: string } }>(
      'opsLyon',
      offer,
      { input },
    );
    expect(published.errors).toBeUndefined();
    const lyonOffer = published.data!.publishJobOffer.id;
    expect(published.data!.publishJobOffer.departmentCode).toBe('69');

    const matched = await waitFor(
      async () => {
        const m = (await view('coach', nadia)).data?._entities[0]?.matches ?? [];
        return m.some((x) => x.offer.id === lyonOffer) ? m : null;
      },
      { what: 'the new offer in the person matches', timeoutMs: 30_000 },
    );
    expect(matched.find((x) => x.offer.id === lyonOffer)!.explanation).toContain(
      'Responsable logistique, un métier proche',
    );

    // The person searches around Lyon only: an offer in Paris (from a feed) does not reach her.
    expect(
      (await gql('nadia', `mutation { setJobSearchArea(candidateId: "${nadia}", departmentCodes: ["69"]) }`))
        .errors,
    ).toBeUndefined();
    expectGraphQLError(
      await gql('paul', `mutation { setJobSearchArea(candidateId: "${nadia}", departmentCodes: ["75"]) }`),
      'FORBIDDEN',
    );
    const parisOffer = randomUUID();
    const feedOffer = randomUUID();
    const base = {
      occupationCode: 'N1103',
      contractType: 'temporary' as const,
      skillCodes: ['800001'],
      publishedOn: input.publishedOn,
      expiresOn: null,
      publishedAt: new Date().toISOString(),
    };
    await publish('JobOfferPublished.v1', parisOffer, {
      ...base,
      offerId: parisOffer,
      title: 'Magasinier Paris',
      communeCode: '75056',
    });
    await publish('JobOfferPublished.v1', feedOffer, {
      ...base,
      offerId: feedOffer,
      title: 'Magasinier Villeurbanne',
      communeCode: '69266',
    });
    const afterFeed = await waitFor(
      async () => {
        const m = (await view('nadia', nadia)).data?._entities[0]?.matches ?? [];
        return m.some((x) => x.offer.id === feedOffer) ? m : null;
      },
      { what: 'the feed offer in Villeurbanne', timeoutMs: 30_000 },
    );
    expect(afterFeed.map((x) => x.offer.id)).not.toContain(parisOffer);

    const hidden = (await view('nadia', nadia)).data!._entities[0]!.hiddenMarket;
    expect(hidden.map((h) => h.occupationCode)).toContain('N4105');

    const notRelevant = await gql(
      'coach',
      `mutation { giveOfferFeedback(candidateId: "${nadia}", offerId: "${feedOffer}", verdict: NOT_RELEVANT) }`,
    );
    expect(notRelevant.errors).toBeUndefined();
    const afterFeedback = (await view('nadia', nadia)).data!._entities[0]!.matches.map((x) => x.offer.id);
    expect(afterFeedback).not.toContain(feedOffer);
    expect(afterFeedback).toContain(lyonOffer);
    expectGraphQLError(
      await gql(
        'opsLyon',
        `mutation { giveOfferFeedback(candidateId: "${nadia}", offerId: "${lyonOffer}", verdict: INTERESTED) }`,
      ),
      'FORBIDDEN',
      'not open to the ops role',
    );

    expect(
      (await gql('opsLyon', `mutation { withdrawJobOffer(id: "${lyonOffer}") }`)).errors,
    ).toBeUndefined();
    expect((await view('nadia', nadia)).data!._entities[0]!.matches.map((x) => x.offer.id)).not.toContain(
      lyonOffer,
    );
  });

  it('drops an offer from the lists that hold it once it expires', async () => {
    await recommendationsOf('nadia', nadia);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const published = await gql<{ publishJobOffer: { id: string } }>(
      'opsLyon',
      `mutation($input: PublishJobOfferInput!) { publishJobOffer(input: $input) { id } }`,
      {
        input: {
          occupationCode: 'N1103',
          title: 'Magasinier saisonnier',
          communeCode: '69123',
          contractType: 'FIXED_TERM',
          skillCodes: ['800001', '800002'],
          publishedOn: new Date().toISOString().slice(0, 10),
          expiresOn: tomorrow,
        },
      },
    );
    const id = published.data!.publishJobOffer.id;
    expect((await view('nadia', nadia)).data!._entities[0]!.matches.map((m) => m.offer.id)).toContain(id);
    const sweep = await app.get(ExpireJobOffersHandler).execute(new Date(Date.now() + 3 * 86_400_000));
    expect(sweep.expired).toBeGreaterThanOrEqual(1);
    expect(sweep.affected).toBeGreaterThanOrEqual(1);
    expect((await view('nadia', nadia)).data!._entities[0]!.matches.map((m) => m.offer.id)).not.toContain(id);
  });

  it('stops a person’s leads while paused, keeps their recommendations, and matches them again when back', async () => {
    const offer = await gql<{ publishJobOffer: { id: string } }>(
      'opsLyon',
      `mutation($input: PublishJobOfferInput!) { publishJobOffer(input: $input) { id } }`,
      {
        input: {
          occupationCode: 'N1103',
          title: 'Préparateur de commandes',
          communeCode: '69123',
          contractType: 'PERMANENT',
          skillCodes: ['800001'],
          publishedOn: new Date().toISOString().slice(0, 10),
        },
      },
    );
    const offerId = offer.data!.publishJobOffer.id;
    const matchesOf = async () =>
      (await view('coach', nadia)).data?._entities[0]?.matches.map((m) => m.offer.id) ?? [];
    await waitFor(async () => ((await matchesOf()).includes(offerId) ? true : null), {
      what: 'the offer among the person’s leads',
      timeoutMs: 30_000,
    });
    const changed = (from: 'active' | 'paused', to: 'active' | 'paused', changedAt: Date) =>
      publish('CandidateStatusChanged.v1', nadia, {
        candidateId: nadia,
        programmeId: PROGRAMME,
        from,
        to,
        reason: to === 'paused' ? 'parental_leave' : 'returned',
        expectedReturnOn: to === 'paused' ? '2027-06-01' : null,
        changedAt: changedAt.toISOString(),
      });

    await changed('active', 'paused', new Date());
    await waitFor(async () => ((await matchesOf()).length === 0 ? true : null), {
      what: 'no leads while paused',
      timeoutMs: 30_000,
    });
    expect((await view('coach', nadia)).data!._entities[0]!.recommendations.length).toBeGreaterThan(0);

    await changed('paused', 'active', new Date(Date.now() + 1000));
    await waitFor(async () => ((await matchesOf()).includes(offerId) ? true : null), {
      what: 'the leads back with the person',
      timeoutMs: 30_000,
    });
  });

  it('ranks a person again when a correction file changes their former occupation', async () => {
    const before = await recommendationsOf('paul', paul);
    const first = before.recommendations[0]!.occupationCode;
    await publish('CandidateDetailsCorrected.v1', paul, {
      candidateId: paul,
      programmeId: PROGRAMME,
      formerOccupationCode: 'N1103',
      correctedAt: new Date().toISOString(),
    });
    const after = await waitFor(
      async () => {
        const recommendations = (await view('paul', paul)).data?._entities[0]?.recommendations ?? [];
        return recommendations[0] && recommendations[0].occupationCode !== first ? recommendations : null;
      },
      { what: 'suggestions ranked from the corrected occupation', timeoutMs: 30_000 },
    );
    expect(after.map((r) => r.occupationCode)).toContain('N1103');
  });

  it("shows each suggestion's demand in the person's employment zone (else flagged) and the certifications that close its gap", async () => {
    const LOCAL = `query($id: ID!) { _entities(representations: [{ __typename: "Candidate", id: $id }]) {
      ... on Candidate { recommendations { occupationCode
        localDemand { area areaCodes areaLabel zoneUnknown estimated projects hardToFill hardToFillShare seasonal }
        certifications { certification { number kind url occupationCodes topics { label } skillBlocks { code label } }
                         linkedBy coveredSkills { label } reason } } } } }`;
    type Local = {
      _entities: {
        recommendations: {
          occupationCode: string;
          localDemand: Record<string, unknown> & { projects: number };
          certifications: {
            certification: { number: string; url: string; skillBlocks: { code: string }[] };
            linkedBy: string;
            coveredSkills: { label: string }[];
            reason: string;
          }[];
        }[];
      }[];
    };
    await recommendationsOf('nadia', nadia);
    const mine = (await gql<Local>('coach', LOCAL, { id: nadia })).data!._entities[0]!.recommendations;
    const manager = mine.find((r) => r.occupationCode === 'N1301')!;
    // The sample's Lyon basin is named after a town of zone 8421: the zone has all of it.
    const department = await gql<{ labourDemand: { projects: number; hardToFill: number } }>(
      'coach',
      `{ labourDemand(occupationCode: "N1301", departmentCode: "69") { projects hardToFill } }`,
    );
    expect(manager.localDemand).toMatchObject({
      area: 'EMPLOYMENT_ZONE',
      areaCodes: ['8421'],
      areaLabel: 'Zone Lyon (échantillon)',
      zoneUnknown: false,
      estimated: true,
      ...department.data!.labourDemand,
    });
    expect(manager.localDemand.projects).toBeGreaterThan(0);
    // Best first: the certification whose blocks cover the gap (planning, budget, suppliers); the
    // superseded one never; one naming another occupation too comes after.
    expect(manager.certifications.map((c) => c.certification.number)).toEqual(['RNCP90001', 'RNCP90002']);
    expect(manager.certifications[0]).toMatchObject({
      certification: { url: 'https://www.francecompetences.fr/recherche/rncp/90001/' },
      linkedBy: 'OCCUPATION',
      reason:
        'Couvre 3 des 3 compétences à acquérir. Mène à ce métier. Propre à ce métier. Se prépare par blocs (3).',
    });
    expect(manager.certifications[0]!.coveredSkills.map((s) => s.label)).toEqual(
      expect.arrayContaining(['Suivre un budget', 'Négocier avec des fournisseurs']),
    );
    // A block without a title in the export is left out.
    expect(manager.certifications[1]!.certification.skillBlocks.map((b) => b.code)).toEqual([
      'RNCP90002BC01',
    ]);

    // Paul: no zone, no department: France, flagged; then a correction file gives his commune.
    const before = (await gql<Local>('paul', LOCAL, { id: paul })).data!._entities[0]!.recommendations;
    expect(before[0]!.localDemand).toMatchObject({
      area: 'FRANCE',
      areaCodes: [],
      zoneUnknown: true,
      estimated: false,
    });
    await publish('CandidateDetailsCorrected.v1', paul, {
      candidateId: paul,
      programmeId: PROGRAMME,
      homeDepartmentCode: '75',
      employmentZoneCode: '1101',
      correctedAt: new Date().toISOString(),
    });
    const moved = await waitFor(
      async () => {
        const r = (await gql<Local>('paul', LOCAL, { id: paul })).data?._entities[0]?.recommendations[0];
        return r?.localDemand['area'] === 'EMPLOYMENT_ZONE' ? r : null;
      },
      { what: "paul's demand in his new zone", timeoutMs: 30_000 },
    );
    expect(moved.localDemand).toMatchObject({ areaCodes: ['1101'], areaLabel: 'Zone Paris (échantillon)' });
    // A zone the reference does not know: his department, flagged.
    await publish('CandidateDetailsCorrected.v1', paul, {
      candidateId: paul,
      programmeId: PROGRAMME,
      employmentZoneCode: '9999',
      correctedAt: new Date().toISOString(),
    });
    const flagged = await waitFor(
      async () => {
        const r = (await gql<Local>('paul', LOCAL, { id: paul })).data?._entities[0]?.recommendations[0];
        return r?.localDemand['area'] === 'DEPARTMENT' ? r : null;
      },
      { what: "paul's demand back to his department", timeoutMs: 30_000 },
    );
    expect(flagged.localDemand).toMatchObject({ areaCodes: ['75'], zoneUnknown: true, estimated: false });
  });

  it('answers certifications for an occupation, and the labour market of a zone to coaches and ops', async () => {
    const certifications = await gql<{
      certificationsFor: { number: string; kind: string; topics: { label: string }[] }[];
    }>('nadia', `{ certificationsFor(romeCode: "N1301") { number kind topics { label } } }`);
    expect(certifications.data!.certificationsFor).toEqual([
      { number: 'RNCP90001', kind: 'RNCP', topics: [{ label: 'Logistique' }] },
      { number: 'RNCP90002', kind: 'RNCP', topics: [{ label: 'Magasinage' }] },
    ]);
    expect(
      (
        await gql<{ certificationsFor: { number: string }[] }>(
          'opsLyon',
          `{ certificationsFor(romeCode: "N4105") { number } }`,
        )
      ).data!.certificationsFor,
    ).toEqual([{ number: 'RS9001' }]);
    expectGraphQLError(
      await gql('coach', `{ certificationsFor(romeCode: "logistique") { number } }`),
      'BAD_USER_INPUT',
      'romeCode',
    );
    expectGraphQLError(
      await gql('coach', `{ certificationsFor(romeCode: "A9999") { number } }`),
      'UNKNOWN_OCCUPATION',
    );
    expectGraphQLError(
      await gql('sponsor', `{ certificationsFor(romeCode: "N1301") { number } }`),
      'FORBIDDEN',
      'not open to the sponsor role',
    );

    const MARKET = `query($zone: String!, $codes: [String!]) { labourMarket(zoneCode: $zone, occupationCodes: $codes) {
      zone { code label departmentCodes } namedShare projects
      occupations { familyCode label occupationCodes projects hardToFill hardToFillShare seasonal seasonalShare maskedRows } } }`;
    type Market = {
      labourMarket: {
        zone: { code: string };
        namedShare: number;
        projects: number;
        occupations: { familyCode: string; projects: number; occupationCodes: string[] }[];
      };
    };
    const market = (await gql<Market>('coach', MARKET, { zone: '8421' })).data!.labourMarket;
    expect(market.zone).toEqual({ code: '8421', label: 'Zone Lyon (échantillon)', departmentCodes: ['69'] });
    expect(market.namedShare).toBe(1);
    const projects = market.occupations.map((o) => o.projects);
    expect(projects).toEqual([...projects].sort((a, b) => b - a));
    expect(market.projects).toBe(projects.reduce((sum, n) => sum + n, 0));
    const warehouse = (await gql<Market>('opsLyon', MARKET, { zone: '8421', codes: ['N1103'] })).data!
      .labourMarket;
    expect(warehouse.occupations).toEqual([
      {
        familyCode: 'J1X40',
        label: 'Magasiniers',
        occupationCodes: ['N1103'],
        projects: 320,
        hardToFill: 150,
        hardToFillShare: 0.469,
        seasonal: 20,
        seasonalShare: 0.063,
        maskedRows: 0,
      },
    ]);
    expectGraphQLError(await gql('coach', MARKET, { zone: '9999' }), 'UNKNOWN_ZONE', 'zoneCode');
    expectGraphQLError(
      await gql('coach', MARKET, { zone: '8421', codes: ['magasinier'] }),
      'BAD_USER_INPUT',
      'occupationCodes',
    );
    for (const refused of ['nadia', 'sponsor'] as const) {
      expectGraphQLError(await gql(refused, MARKET, { zone: '8421' }), 'FORBIDDEN');
    }
    const zones = await gql<{ employmentZones: { code: string }[] }>(
      'coach',
      `{ employmentZones(search: "Villeur") { code } }`,
    );
    expect(zones.data!.employmentZones).toEqual([{ code: '8421' }]);
    expectGraphQLError(
      await gql('coach', `{ employmentZones(search: "V") { code } }`),
      'BAD_USER_INPUT',
      'search',
    );
    expectGraphQLError(await gql('sponsor', `{ employmentZones(search: "Lyon") { code } }`), 'FORBIDDEN');
  });

  it('answers labour demand to every role and normalises job titles', async () => {
    const demand = await gql<{
      labourDemand: {
        projects: number;
        hardToFill: number;
        families: { familyCode: string; mapping: string; maskedRows: number }[];
      };
    }>(
      'sponsor',
      `{ labourDemand(occupationCode: "N1103", departmentCode: "69") { projects hardToFill families { familyCode mapping maskedRows } } }`,
    );
    expect(demand.data!.labourDemand).toEqual({
      projects: 320,
      hardToFill: 150,
      families: [{ familyCode: 'J1X40', mapping: 'CROSSWALK', maskedRows: 0 }],
    });
    const national = await gql<{ labourDemand: { projects: number } }>(
      'coach',
      `{ labourDemand(occupationCode: "N1103") { projects } }`,
    );
    expect(national.data!.labourDemand.projects).toBe(730);
    const unknown = await gql('coach', `{ labourDemand(occupationCode: "Z9999") { projects } }`);
    expectGraphQLError(unknown, 'UNKNOWN_OCCUPATION');

    const titles = await gql<{ normaliseJobTitle: { occupationCode: string; confidence: number }[] }>(
      'coach',
      `{ normaliseJobTitle(title: "Resp. logistique") { occupationCode confidence } }`,
    );
    expect(titles.data!.normaliseJobTitle[0]).toEqual({ occupationCode: 'N1301', confidence: 1 });
    expectGraphQLError(
      await gql('sponsor', `{ normaliseJobTitle(title: "cariste") { occupationCode } }`),
      'FORBIDDEN',
      'not open to the sponsor role',
    );
  });

  it('forgets a person on CandidateErased', async () => {
    await recommendationsOf('paul', paul);
    await publish('CandidateErased.v1', paul, { candidateId: paul, erasedAt: new Date().toISOString() });
    await waitFor(
      async () => {
        const rows = (await dataSource.query(
          `SELECT (SELECT count(*) FROM candidate_profile WHERE candidate_id = $1)::int
                + (SELECT count(*) FROM occupation_recommendation WHERE candidate_id = $1)::int
                + (SELECT count(*) FROM offer_match WHERE candidate_id = $1)::int AS n`,
          [paul],
        )) as { n: number }[];
        return rows[0]!.n === 0 ? true : null;
      },
      { what: 'the erased person gone from matching', timeoutMs: 30_000 },
    );
    expect((await view('opsParis', paul)).data!._entities[0]!.recommendations).toEqual([]);
  });

  it('never writes matches back for a person erased while their offers were being re-ranked', async () => {
    const matchesOf = async (candidateId: string) =>
      (
        (await dataSource.query(`SELECT count(*)::int AS n FROM offer_match WHERE candidate_id = $1`, [
          candidateId,
        ])) as { n: number }[]
      )[0]!.n;
    await recommendationsOf('nadia', nadia);
    const published = await gql(
      'opsLyon',
      `mutation($input: PublishJobOfferInput!) { publishJobOffer(input: $input) { id } }`,
      {
        input: {
          occupationCode: 'N1103',
          title: 'Magasinier',
          communeCode: '69123',
          contractType: 'PERMANENT',
          skillCodes: ['800001'],
          publishedOn: new Date().toISOString().slice(0, 10),
        },
      },
    );
    expect(published.errors).toBeUndefined();
    expect(await matchesOf(nadia)).toBeGreaterThan(0);
    await dataSource.query(`DELETE FROM offer_match WHERE candidate_id = $1`, [nadia]); // forces a rewrite
    const erasure = dataSource.createQueryRunner();
    await erasure.connect();
    await erasure.startTransaction();
    try {
      await app.get(CandidateProfileRepository).erase(erasure.manager, nadia);
      // The re-ranking starts while the erasure is not yet committed; it must wait for it.
      const reranking = dataSource.transaction((manager) =>
        app.get(RematchOffersHandler).execute(manager, { candidateId: nadia, now: new Date() }),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      await erasure.commitTransaction();
      expect(await reranking).toBe(false);
    } finally {
      await erasure.release();
    }
    expect(await matchesOf(nadia)).toBe(0);
  });
});
