import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { matchingDataSourceOptions } from '@passerelle/matching/data-access';
import { importReferenceData } from '@passerelle/matching/feature-reference';
import { expectGraphQLError, testInfrastructure, TopicReader, waitFor } from '@passerelle/shared/testing';
import type { CareerContext } from './career-context';

const PROJECT = `id candidateId current { version status targets { occupationCode label source } review { verdict trainingNeeded } validatedAt }
  validated { version } versions { version status }`;
const READ = `query P($id: ID!) { professionalProject(candidateId: $id) { ${PROJECT} } }`;
const SAVE = `mutation S($input: SaveProjectDraftInput!) { saveProjectDraft(input: $input) { ${PROJECT} } }`;
const REVIEW = `mutation R($input: ReviewProjectFeasibilityInput!) { reviewProjectFeasibility(input: $input) { ${PROJECT} } }`;
const VALIDATE = `mutation V($id: ID!, $version: Int!) { validateProfessionalProject(candidateId: $id, version: $version) { ${PROJECT} } }`;
const EXPORT = `query X($id: ID!) { exportPersonalData(candidateId: $id) { complete services { service answered sections { name records } } } }`;
const ERASE = `mutation E($id: ID!) { eraseCandidate(candidateId: $id) { candidateId } }`;

const draft = (candidateId: string) => ({
  candidateId,
  targets: [
    { occupationCode: 'n4101', label: 'Conduite de transport de marchandises', source: 'SUGGESTION' },
  ],
  area: { place: 'Vénissieux', placeCode: '69259', distance: 45, unit: 'MINUTES' },
  conditions: { contractTypes: ['PERMANENT'], hours: 'FULL_TIME', payMin: 25000 },
});
const review = (candidateId: string) => ({
  candidateId,
  localDemand: 'Beaucoup d’offres de conducteurs autour de Lyon',
  skillsHeld: ['Permis C'],
  skillsMissing: ['FIMO'],
  trainingNeeded: true,
  training: 'FIMO marchandises',
  verdict: 'FEASIBLE_WITH_TRAINING',
  reasoning: 'Le permis est là ; la FIMO ouvre le métier.',
});

const FIGURES = `zoneCode zoneLabel sourceYear targets { occupationCode projects hardToFill hardToFillShare seasonal seasonalShare }`;
const READ_FIGURES = `query F($id: ID!) { professionalProject(candidateId: $id) { current { version review { localDemandFigures { ${FIGURES} } } } } }`;
const ZONES = `query Z($search: String!) { employmentZones(search: $search, limit: 1) { code label } }`;
const MARKET = `query M($zone: String!, $codes: [String!]) { labourMarket(zoneCode: $zone, occupationCodes: $codes) {
  zone { code label } sourceYear occupations { occupationCodes projects hardToFill seasonal } } }`;
type Market = {
  labourMarket: {
    zone: { code: string; label: string };
    sourceYear: number;
    occupations: { occupationCodes: string[]; projects: number; hardToFill: number; seasonal: number }[];
  };
};

type Role = 'person' | keyof CareerContext['tokens'];
const ROLES: Role[] = ['person', 'coach', 'otherCoach', 'ops', 'opsAll', 'sponsor', 'committee'];

/**
 * The professional project through the gateway: drafted by the person, reviewed and validated by
 * their coach, announced on Kafka; every field's role matrix (person, their coach, another coach,
 * ops of the office and of all offices, sponsor HR, a committee member); the person's export and
 * erasure reach it.
 */
export function projectCases(career: CareerContext): void {
  let person: { candidateId: string; token: string };
  const tokenOf = (role: Role) => (role === 'person' ? person.token : career.tokens[role]);

  describe('the professional project', () => {
    beforeAll(async () => {
      person = await career.newPerson('Projet');
    });

    it('the person drafts, their coach reviews and validates; ProjectValidated goes out with codes only', async () => {
      const { candidateId, token } = person;
      expect((await career.as(token).request(READ, { id: candidateId })).body).toEqual({
        data: { professionalProject: null },
      });
      const kafka = new Kafka({ brokers: testInfrastructure().kafkaBrokers, logLevel: logLevel.NOTHING });
      const reader = await TopicReader.start(kafka, [
        career.platform.topics.topic('passerelle.career.project'),
      ]);
      try {
        const saved = (
          await career.as(token).ok<{ saveProjectDraft: { id: string } }>(SAVE, { input: draft(candidateId) })
        ).saveProjectDraft;
        await career.as(career.tokens.coach).ok(REVIEW, { input: review(candidateId) });
        const done = (
          await career
            .as(career.tokens.coach)
            .ok<{ validateProfessionalProject: { current: unknown } }>(VALIDATE, {
              id: candidateId,
              version: 1,
            })
        ).validateProfessionalProject;
        expect(done.current).toMatchObject({
          version: 1,
          status: 'VALIDATED',
          targets: [{ occupationCode: 'N4101', source: 'SUGGESTION' }],
          review: { verdict: 'FEASIBLE_WITH_TRAINING', trainingNeeded: true },
        });
        const [published] = await waitFor(
          async () => {
            const found = reader.matching((m) => m.message.key?.toString() === saved.id);
            return found.length > 0 && found;
          },
          { what: 'ProjectValidated on passerelle.career.project', timeoutMs: 30_000 },
        );
        const event = JSON.parse(published!.value!) as {
          type: string;
          producer: string;
          payload: Record<string, unknown>;
        };
        expect(event).toMatchObject({ type: 'ProjectValidated', producer: 'career' });
        expect(Object.keys(event.payload).sort()).toEqual([
          'candidateId',
          'programmeId',
          'projectId',
          'targetOccupationCodes',
          'trainingNeeded',
          'validatedAt',
          'verdict',
          'version',
        ]);
        expect(event.payload).toMatchObject({
          candidateId,
          programmeId: career.programmeId,
          targetOccupationCodes: ['N4101'],
          verdict: 'feasible_with_training',
          trainingNeeded: true,
        });
        expect(published!.value).not.toContain('FIMO');
      } finally {
        await reader.stop();
      }
    });

    it.each<[Role, string | null]>([
      ['person', null],
      ['coach', null],
      ['otherCoach', 'FORBIDDEN'],
      ['ops', 'FORBIDDEN'],
      ['opsAll', 'FORBIDDEN'],
      ['sponsor', 'FORBIDDEN'],
      ['committee', 'FORBIDDEN'],
    ])('professionalProject: %s (refusal: %s)', async (role, code) => {
      const answer = await career.as(tokenOf(role)).request(READ, { id: person.candidateId });
      if (code) {
        expectGraphQLError(answer, code);
        expect(JSON.stringify(answer.body)).not.toContain('N4101');
      } else {
        expect(answer.body).toMatchObject({
          data: { professionalProject: { candidateId: person.candidateId, validated: { version: 1 } } },
        });
      }
    });

    it('saveProjectDraft: the person and their coach; no one else', async () => {
      const outcomes: Record<string, unknown> = {};
      for (const role of ROLES) {
        const answer = await career
          .as(tokenOf(role))
          .request<{ saveProjectDraft: { current: { version: number } } }>(SAVE, {
            input: draft(person.candidateId),
          });
        outcomes[role] =
          answer.body.errors?.[0]?.extensions?.['code'] ?? answer.body.data?.saveProjectDraft.current.version;
      }
      // The first edit after the validation opens version 2; the coach's edit goes into it.
      expect(outcomes).toEqual({
        person: 2,
        coach: 2,
        otherCoach: 'FORBIDDEN',
        ops: 'FORBIDDEN',
        opsAll: 'FORBIDDEN',
        sponsor: 'FORBIDDEN',
        committee: 'FORBIDDEN',
      });
    });

    it('reviewProjectFeasibility and validateProfessionalProject: their coach only', async () => {
      const outcomes: Record<string, unknown> = {};
      for (const role of ROLES.filter((r) => r !== 'coach')) {
        const reviewed = await career
          .as(tokenOf(role))
          .request(REVIEW, { input: review(person.candidateId) });
        const validated = await career
          .as(tokenOf(role))
          .request(VALIDATE, { id: person.candidateId, version: 2 });
        outcomes[role] = [
          reviewed.body.errors?.[0]?.extensions?.['code'],
          validated.body.errors?.[0]?.extensions?.['code'],
        ];
      }
      expect(outcomes).toEqual(
        Object.fromEntries(
          ROLES.filter((r) => r !== 'coach').map((role) => [role, ['FORBIDDEN', 'FORBIDDEN']]),
        ),
      );
      await career.as(career.tokens.coach).ok(REVIEW, { input: review(person.candidateId) });
      const done = await career
        .as(career.tokens.coach)
        .ok<{ validateProfessionalProject: { validated: { version: number }; versions: unknown[] } }>(
          VALIDATE,
          {
            id: person.candidateId,
            version: 2,
          },
        );
      expect(done.validateProfessionalProject).toMatchObject({
        validated: { version: 2 },
        versions: [
          { version: 1, status: 'VALIDATED' },
          { version: 2, status: 'VALIDATED' },
        ],
      });
    });

    describe('the review with matching’s labour figures', () => {
      let seen: { candidateId: string; token: string };

      beforeAll(async () => {
        const matching = new DataSource(matchingDataSourceOptions(career.platform.databaseUrls['matching']!));
        await matching.initialize();
        try {
          await importReferenceData(
            matching,
            join(__dirname, '..', '..', 'fixtures', 'matching', 'reference'),
          );
        } finally {
          await matching.destroy();
        }
        seen = await career.newPerson('Chiffres');
        await career.as(seen.token).ok(SAVE, {
          input: {
            ...draft(seen.candidateId),
            targets: [
              { occupationCode: 'N1103', label: 'Magasinage et préparation de commandes', source: 'TYPED' },
              {
                occupationCode: 'N4101',
                label: 'Conduite de transport de marchandises',
                source: 'SUGGESTION',
              },
            ],
            area: { place: 'Lyon', placeCode: '69123', distance: 30, unit: 'KM' },
          },
        });
      });

      it('the coach reads the zone’s figures for the targets as the console does, and the review keeps them', async () => {
        const coach = career.as(career.tokens.coach);
        const [zone] = (await coach.ok<{ employmentZones: { code: string }[] }>(ZONES, { search: '69123' }))
          .employmentZones;
        expect(zone).toEqual({ code: '8421', label: 'Zone Lyon (échantillon)' });
        const market = (await coach.ok<Market>(MARKET, { zone: zone!.code, codes: ['N1103', 'N4101'] }))
          .labourMarket;
        expect(market.sourceYear).toBe(2025);
        // The console sums the BMO occupations behind each target (none behind N4101 in the sample).
        const targets = ['N1103', 'N4101'].flatMap((code) => {
          const rows = market.occupations.filter((row) => row.occupationCodes.includes(code));
          const sum = (key: 'projects' | 'hardToFill' | 'seasonal') =>
            rows.reduce((total, row) => total + row[key], 0);
          return rows.length
            ? [
                {
                  occupationCode: code,
                  projects: sum('projects'),
                  hardToFill: sum('hardToFill'),
                  seasonal: sum('seasonal'),
                },
              ]
            : [];
        });
        expect(targets).toEqual([{ occupationCode: 'N1103', projects: 320, hardToFill: 150, seasonal: 20 }]);
        const localDemandFigures = {
          zoneCode: market.zone.code,
          zoneLabel: market.zone.label,
          sourceYear: market.sourceYear,
          targets,
        };
        await coach.ok(REVIEW, { input: { ...review(seen.candidateId), localDemandFigures } });
        const read = await career.as(seen.token).ok<{
          professionalProject: { current: { review: { localDemandFigures: unknown } } };
        }>(READ_FIGURES, { id: seen.candidateId });
        expect(read.professionalProject.current.review.localDemandFigures).toEqual({
          zoneCode: '8421',
          zoneLabel: 'Zone Lyon (échantillon)',
          sourceYear: 2025,
          targets: [
            {
              occupationCode: 'N1103',
              projects: 320,
              hardToFill: 150,
              hardToFillShare: 150 / 320,
              seasonal: 20,
              seasonalShare: 20 / 320,
            },
          ],
        });
        // Figures for an occupation the project does not aim at are refused, naming the field.
        const wrong = await coach.request(REVIEW, {
          input: {
            ...review(seen.candidateId),
            localDemandFigures: {
              ...localDemandFigures,
              targets: [{ occupationCode: 'M1805', projects: 1, hardToFill: 0, seasonal: 0 }],
            },
          },
        });
        expectGraphQLError(wrong, 'BAD_USER_INPUT', 'localDemandFigures.targets.0.occupationCode');
      });

      it.each<[Role, string | null]>([
        ['person', null],
        ['coach', null],
        ['otherCoach', 'FORBIDDEN'],
        ['ops', 'FORBIDDEN'],
        ['opsAll', 'FORBIDDEN'],
        ['sponsor', 'FORBIDDEN'],
        ['committee', 'FORBIDDEN'],
      ])('FeasibilityReview.localDemandFigures: %s (refusal: %s)', async (role, code) => {
        const token = role === 'person' ? seen.token : career.tokens[role];
        const answer = await career.as(token).request(READ_FIGURES, { id: seen.candidateId });
        if (code) {
          expectGraphQLError(answer, code);
          expect(JSON.stringify(answer.body)).not.toContain('8421');
        } else {
          expect(answer.body).toMatchObject({
            data: {
              professionalProject: {
                current: {
                  review: { localDemandFigures: { zoneCode: '8421', targets: [{ projects: 320 }] } },
                },
              },
            },
          });
        }
      });
    });

    it('the person’s export holds the project; their erasure removes it from career', async () => {
      const archive = (
        await career.as(person.token).ok<{
          exportPersonalData: {
            complete: boolean;
            services: { service: string; answered: boolean; sections: { name: string; records: number }[] }[];
          };
        }>(EXPORT, { id: person.candidateId })
      ).exportPersonalData;
      expect(archive.complete).toBe(true);
      expect(archive.services.find((part) => part.service === 'career')).toEqual({
        service: 'career',
        answered: true,
        sections: [
          { name: 'professionalProject', records: 1 },
          { name: 'professionalProjectVersions', records: 2 },
          { name: 'jobApplications', records: 0 },
          { name: 'jobApplicationSteps', records: 0 },
          { name: 'interviewPracticeSessions', records: 0 },
          { name: 'interviewPracticeQuestions', records: 0 },
          { name: 'interviewPracticeAnswers', records: 0 },
          { name: 'cv', records: 0 },
          { name: 'cvVersions', records: 0 },
          { name: 'cvComments', records: 0 },
          { name: 'cvDownloads', records: 0 },
        ],
      });

      await career.as(career.tokens.ops).ok(ERASE, { id: person.candidateId });
      const sql = new Client({ connectionString: career.platform.databaseUrls['career'] });
      await sql.connect();
      try {
        await waitFor(
          async () => {
            const { rows } = await sql.query<{ n: number }>(
              `SELECT (SELECT count(*)::int FROM career_project WHERE candidate_id = $1)
                    + (SELECT count(*)::int FROM candidate_scope WHERE candidate_id = $1) AS n`,
              [person.candidateId],
            );
            return rows[0]!.n === 0;
          },
          { what: 'career to forget the erased person', timeoutMs: 30_000 },
        );
        const { rows } = await sql.query<{
          n: number;
        }>(`SELECT count(*)::int AS n FROM career_project_version v
          WHERE NOT EXISTS (SELECT 1 FROM career_project p WHERE p.id = v.project_id)`);
        expect(rows[0]!.n).toBe(0);
      } finally {
        await sql.end();
      }
    });
  });
}
