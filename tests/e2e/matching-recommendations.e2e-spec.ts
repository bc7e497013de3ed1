import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { enrol, expectGraphQLError, setUpProgramme, waitFor } from '@passerelle/shared/testing';
import { matchingDataSourceOptions } from '@passerelle/matching/data-access';
import { importReferenceData } from '@passerelle/matching/feature-reference';
import { bearer, graphql, startPlatform, type RunningPlatform } from './platform-harness';

/**
 * Matching through the gateway with real tokens: a person enrolled in intake gets explained
 * occupation recommendations and offer matches from the matching service (on the project's own
 * sample reference data), and each role sees what it should.
 */
const LYON = randomUUID();
const PARIS = randomUUID();
let platform: RunningPlatform;
let opsToken: string;

beforeAll(async () => {
  platform = await startPlatform();
  opsToken = await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] });
  const dataSource = new DataSource(matchingDataSourceOptions(platform.databaseUrls['matching']!));
  await dataSource.initialize();
  try {
    await importReferenceData(dataSource, join(__dirname, '../fixtures/matching/reference'));
  } finally {
    await dataSource.destroy();
  }
});

afterAll(async () => {
  await platform?.stop();
});

const CANDIDATE = `query($id: ID!) { candidate(id: $id) { id
  recommendations { occupationCode label rank proximity explanation explanationEn levelStep missingSkills { label } }
  matches { rank explanation offer { id title } } } }`;
type Seen = {
  candidate: {
    recommendations: {
      occupationCode: string;
      proximity: string;
      explanation: string;
      explanationEn: string;
      levelStep: number | null;
    }[];
    matches: { explanation: string; offer: { id: string } }[];
  } | null;
};

async function enrolSamira(): Promise<{ candidateId: string; sponsorId: string }> {
  const ops = platform.as(opsToken);
  const { sponsorId, programmeId } = await setUpProgramme(ops, {
    sponsorName: 'Logistique Rhône',
    name: 'PSE entrepôt Vénissieux',
    officeIds: [LYON],
  });
  const candidateId = await enrol(ops, {
    programmeId,
    employeeNumber: 'W-204',
    firstName: 'Samira',
    lastName: 'Haddad',
    email: 'samira.haddad@example.org',
    formerJobTitle: 'Magasinière cariste',
    formerOccupationCode: 'N1103',
    languages: ['fr'],
  });
  return { candidateId, sponsorId };
}

describe('matching through the gateway', () => {
  it('recommends explained occupations and offers to the person and their ops only, never to a sponsor', async () => {
    const { candidateId, sponsorId } = await enrolSamira();
    const self = await platform.token({ sub: 'samira', role: 'candidate', candidate_id: candidateId });
    const seenBy = async (token: string) =>
      (await graphql<Seen>(platform.gatewayUrl, CANDIDATE, { id: candidateId }, bearer(token))).body;

    const mine = await waitFor(
      async () => {
        const body = await seenBy(self);
        return (body.data?.candidate?.recommendations.length ?? 0) > 0 ? body.data!.candidate! : null;
      },
      { what: 'recommendations through the gateway', timeoutMs: 30_000 },
    );
    expect(mine.recommendations[0]).toMatchObject({ occupationCode: 'N1103', proximity: 'SAME' });
    // Why, in plain French and English, with the step in qualification (CAP -> bac + 3).
    const manager = mine.recommendations.find((r) => r.occupationCode === 'N1301')!;
    expect(manager.explanation).toContain("C'est une évolution courante après « Magasinier / Magasinière ».");
    expect(manager.explanationEn).toContain('It is a common next step after "Magasinier / Magasinière".');
    expect(manager.levelStep).toBe(3);
    expect(manager.explanation).toContain(
      'Il demande en général un bac + 3 (licence) : une formation est à prévoir.',
    );

    const offer = await platform
      .as(opsToken)
      .ok<{ publishJobOffer: { id: string } }>(
        `mutation ($input: PublishJobOfferInput!) { publishJobOffer(input: $input) { id } }`,
        {
          input: {
            occupationCode: 'N1301',
            title: "Responsable d'entrepôt",
            communeCode: '69266',
            contractType: 'PERMANENT',
            skillCodes: ['800001', '800005'],
            publishedOn: new Date().toISOString().slice(0, 10),
          },
        },
      );
    const offerId = offer.publishJobOffer.id;
    const withOffer = await waitFor(
      async () => {
        const body = await seenBy(self);
        return body.data?.candidate?.matches.some((m) => m.offer.id === offerId) ? body.data.candidate : null;
      },
      { what: 'the offer matched', timeoutMs: 30_000 },
    );
    expect(withOffer.matches[0]!.explanation).toContain("« Responsable d'entrepôt » (CDI, département 69)");

    // The coach's caseload comes from scheduling's CoachAssigned (covered in apps/matching's
    // integration test): intake, which owns Candidate, does not resolve it for coaches yet.
    const opsParis = await platform.token({ sub: 'ops-paris', role: 'ops', office_ids: [PARIS] });
    const stranger = await platform.token({ sub: 'x', role: 'candidate', candidate_id: randomUUID() });
    const sponsor = await platform.token({ sub: 'hr', role: 'sponsor', sponsor_ids: [sponsorId] });
    // Role rows for the explanation fields (explanation, explanationEn, levelStep): the person and
    // their office's ops see them; another office, another person: nothing; a sponsor: refused.
    const opsView = (await seenBy(opsToken)).data?.candidate?.recommendations ?? [];
    expect(opsView.length).toBeGreaterThan(0);
    expect(opsView.find((r) => r.occupationCode === 'N1301')).toMatchObject({
      explanationEn: manager.explanationEn,
      levelStep: 3,
    });
    // Another office's ops and another person: not found (no error, no person); a sponsor: refused.
    expect(await platform.as(opsParis).ok(CANDIDATE, { id: candidateId })).toEqual({ candidate: null });
    expect(await platform.as(stranger).ok(CANDIDATE, { id: candidateId })).toEqual({ candidate: null });
    const sponsorView = await seenBy(sponsor);
    expectGraphQLError(sponsorView, 'FORBIDDEN');
    expect(JSON.stringify(sponsorView.data ?? null)).not.toContain('N1103');

    const demand = await graphql<{ labourDemand: { projects: number } }>(
      platform.gatewayUrl,
      `
        {
          labourDemand(occupationCode: "N1103", departmentCode: "69") {
            projects
          }
        }
      `,
      {},
      bearer(sponsor),
    );
    expect(demand.body.data?.labourDemand.projects).toBe(320);

    // Each suggestion's local demand (no commune for a person enrolled by hand: France, flagged) and
    // the certifications that close its gap, to the person and their ops.
    const EXTRAS = `query($id: ID!) { candidate(id: $id) { recommendations { occupationCode
      localDemand { area zoneUnknown projects } certifications { certification { number url } linkedBy reason } } } }`;
    type Extras = {
      candidate: {
        recommendations: {
          occupationCode: string;
          localDemand: { area: string; zoneUnknown: boolean; projects: number };
          certifications: { certification: { number: string; url: string }; linkedBy: string }[];
        }[];
      } | null;
    };
    for (const token of [self, opsToken]) {
      const seen = (await graphql<Extras>(platform.gatewayUrl, EXTRAS, { id: candidateId }, bearer(token)))
        .body;
      const manager = seen.data!.candidate!.recommendations.find((r) => r.occupationCode === 'N1301')!;
      expect(manager.localDemand).toMatchObject({ area: 'FRANCE', zoneUnknown: true });
      expect(manager.certifications[0]).toMatchObject({
        certification: { number: 'RNCP90001', url: 'https://www.francecompetences.fr/recherche/rncp/90001/' },
        linkedBy: 'OCCUPATION',
      });
    }
    const extrasForSponsor = (
      await graphql<Extras>(platform.gatewayUrl, EXTRAS, { id: candidateId }, bearer(sponsor))
    ).body;
    expectGraphQLError(extrasForSponsor, 'FORBIDDEN');
    expect(JSON.stringify(extrasForSponsor.data ?? null)).not.toContain('RNCP90001');

    // Role x field: certificationsFor (person, coach, ops; not sponsors), the labour-market view and
    // the zone search (coach, ops; not the person, not sponsors).
    const coach = await platform.token({
      sub: 'coach-lyon',
      role: 'coach',
      coach_id: randomUUID(),
      office_ids: [LYON],
    });
    const CERTIFICATIONS = `{ certificationsFor(romeCode: "N1301") { number } }`;
    const MARKET = `{ labourMarket(zoneCode: "8421", occupationCodes: ["N1103"]) { zone { label } occupations { familyCode projects } } }`;
    const ZONES = `{ employmentZones(search: "Lyon") { code } }`;
    const matrix: [string, string, string, boolean][] = [
      ['certificationsFor', CERTIFICATIONS, self, true],
      ['certificationsFor', CERTIFICATIONS, coach, true],
      ['certificationsFor', CERTIFICATIONS, opsToken, true],
      ['certificationsFor', CERTIFICATIONS, sponsor, false],
      ['labourMarket', MARKET, self, false],
      ['labourMarket', MARKET, coach, true],
      ['labourMarket', MARKET, opsToken, true],
      ['labourMarket', MARKET, sponsor, false],
      ['employmentZones', ZONES, self, false],
      ['employmentZones', ZONES, coach, true],
      ['employmentZones', ZONES, opsToken, true],
      ['employmentZones', ZONES, sponsor, false],
    ];
    for (const [field, query, token, allowed] of matrix) {
      const body = (await graphql<Record<string, unknown>>(platform.gatewayUrl, query, {}, bearer(token)))
        .body;
      if (allowed) expect([field, body.errors]).toEqual([field, undefined]);
      else expectGraphQLError(body, 'FORBIDDEN');
    }
    const market = await platform
      .as(coach)
      .ok<{ labourMarket: { zone: { label: string }; occupations: unknown[] } }>(MARKET);
    expect(market.labourMarket).toEqual({
      zone: { label: 'Zone Lyon (échantillon)' },
      occupations: [{ familyCode: 'J1X40', projects: 320 }],
    });

    // The offer belongs to the office of the ops who entered it (Lyon): Paris may not withdraw it.
    const WITHDRAW = `mutation ($id: ID!) { withdrawJobOffer(id: $id) }`;
    expectGraphQLError(await platform.as(opsParis).request(WITHDRAW, { id: offerId }), 'FORBIDDEN');
    const withdrawn = await graphql(platform.gatewayUrl, WITHDRAW, { id: offerId }, bearer(opsToken));
    expect(withdrawn.body).toEqual({ data: { withdrawJobOffer: true } });
  });
});
