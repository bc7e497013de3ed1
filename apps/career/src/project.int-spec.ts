import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import type { AnyData } from '@passerelle/shared/testing';
import { coachOf, personOf, refusalOf, startCareer, type CareerUnderTest } from './test/career-test-kit';

// The professional project on career alone (real PostgreSQL and Kafka): the person drafts, the
// coach reviews and validates, each validated version is kept and announced through the outbox;
// who may do what; the person's export and erasure.

const LYON = randomUUID();
const PROGRAMME = randomUUID();
const COACH = randomUUID();
const coach = coachOf(COACH, LYON);
const otherCoach = coachOf(randomUUID(), LYON);
const ops: Identity = { subject: 'ops-lyon', role: 'ops', officeIds: [LYON], allOffices: false };
const sponsor: Identity = { subject: 'hr', role: 'sponsor', sponsorIds: [randomUUID()] };

const VERSION = `version status targets { occupationCode label source } area { place placeCode distance unit }
  conditions { contractTypes hours payMin payMax notes }
  review { localDemand localDemandFigures { zoneCode zoneLabel sourceYear targets { occupationCode projects hardToFill hardToFillShare seasonal seasonalShare } }
    skillsHeld skillsMissing trainingNeeded training constraints verdict reasoning reviewedVersion reviewedByCoachId reviewedAt }
  updatedAt validatedAt validatedByCoachId`;
const PROJECT = `id candidateId current { ${VERSION} } validated { version status } versions { version status }`;
const READ = `query R($id: ID!) { professionalProject(candidateId: $id) { ${PROJECT} } }`;
const SAVE = `mutation S($input: SaveProjectDraftInput!) { saveProjectDraft(input: $input) { ${PROJECT} } }`;
const REVIEW = `mutation V($input: ReviewProjectFeasibilityInput!) { reviewProjectFeasibility(input: $input) { ${PROJECT} } }`;
const VALIDATE = `mutation A($id: ID!, $version: Int!) { validateProfessionalProject(candidateId: $id, version: $version) { ${PROJECT} } }`;

let career: CareerUnderTest;

beforeAll(async () => {
  career = await startCareer('career_project');
});

afterAll(async () => {
  await career?.stop();
});

const draftInput = (candidateId: string, over: Record<string, unknown> = {}) => ({
  candidateId,
  targets: [
    {
      occupationCode: ' n 4101 ',
      label: 'Conduite de transport de marchandises sur longue distance',
      source: 'SUGGESTION',
    },
    { occupationCode: 'N1103', label: 'Magasinage et préparation de commandes', source: 'TYPED' },
  ],
  area: { place: 'Lyon', placeCode: '69123', distance: 40, unit: 'KM' },
  conditions: {
    contractTypes: ['PERMANENT', 'FIXED_TERM'],
    hours: 'FULL_TIME',
    payMin: 24000,
    payMax: 28000,
  },
  ...over,
});

const reviewInput = (candidateId: string, over: Record<string, unknown> = {}) => ({
  candidateId,
  localDemand: 'Forte demande de conducteurs dans la zone de Lyon',
  skillsHeld: ['Conduite de poids lourds', 'Chargement'],
  skillsMissing: ['FIMO marchandises'],
  trainingNeeded: true,
  training: 'FIMO marchandises (140 heures)',
  constraints: 'Pas de découchés le week-end',
  verdict: 'FEASIBLE_WITH_TRAINING',
  reasoning: 'Le permis C est acquis ; la FIMO ouvre le métier.',
  ...over,
});

/** What the console sends from matching's labourMarket for Lyon's zone (BMO 2025). */
const FIGURES = {
  zoneCode: '8421',
  zoneLabel: 'Lyon',
  sourceYear: 2025,
  targets: [
    { occupationCode: 'n 4101', projects: 180, hardToFill: 140, seasonal: 10 },
    { occupationCode: 'N1103', projects: 0, hardToFill: 0, seasonal: 0 },
  ],
};

describe('the person drafts, the coach reviews and validates', () => {
  let person: string;

  beforeAll(async () => {
    person = await career.seedPerson(PROGRAMME, COACH, LYON);
  });

  it('has no project until the person starts one', async () => {
    expect(await career.ok(personOf(person), READ, { id: person })).toEqual({ professionalProject: null });
  });

  it('saves the draft the person writes, ROME codes normalised, as version 1', async () => {
    const saved = (await career.ok(personOf(person), SAVE, { input: draftInput(person) })).saveProjectDraft;
    expect(saved).toMatchObject({
      candidateId: person,
      current: {
        version: 1,
        status: 'DRAFT',
        targets: [
          { occupationCode: 'N4101', source: 'SUGGESTION' },
          { occupationCode: 'N1103', label: 'Magasinage et préparation de commandes', source: 'TYPED' },
        ],
        area: { place: 'Lyon', placeCode: '69123', distance: 40, unit: 'KM' },
        conditions: {
          contractTypes: ['PERMANENT', 'FIXED_TERM'],
          hours: 'FULL_TIME',
          payMin: 24000,
          payMax: 28000,
          notes: null,
        },
        review: null,
        validatedAt: null,
      },
      validated: null,
      versions: [{ version: 1, status: 'DRAFT' }],
    });
    expect((await career.ok(coach, READ, { id: person })).professionalProject).toEqual(saved);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    [
      'a code that is not a ROME code',
      { targets: [{ occupationCode: 'plombier', label: 'Plombier', source: 'TYPED' }] },
      ['targets.0.occupationCode'],
    ],
    [
      'a target twice',
      {
        targets: [
          { occupationCode: 'N4101', label: 'A', source: 'TYPED' },
          { occupationCode: 'n4101', label: 'A', source: 'TYPED' },
        ],
      },
      ['targets.1.occupationCode'],
    ],
    [
      'pay upside down',
      { conditions: { contractTypes: [], hours: 'EITHER', payMin: 30000, payMax: 20000 } },
      ['conditions.payMax'],
    ],
    ['too far', { area: { place: 'Lyon', distance: 400, unit: 'KM' } }, ['area.distance']],
    [
      'a blank label',
      { targets: [{ occupationCode: 'N4101', label: ' ', source: 'TYPED' }] },
      ['targets.0.label'],
    ],
  ])('refuses %s, naming the field', async (_label, over, fields) => {
    const body = await career.gql(personOf(person), SAVE, { input: draftInput(person, over) });
    expect(refusalOf(body)).toEqual({ code: 'BAD_USER_INPUT', fields });
  });

  it('refuses a validation before the review, and a review that does not hold', async () => {
    expect(refusalOf(await career.gql(coach, VALIDATE, { id: person, version: 1 })).code).toBe(
      'PROJECT_NOT_REVIEWED',
    );
    const withoutTraining = await career.gql(coach, REVIEW, {
      input: reviewInput(person, { trainingNeeded: false, training: null }),
    });
    expect(refusalOf(withoutTraining)).toEqual({ code: 'BAD_USER_INPUT', fields: ['trainingNeeded'] });
    const noReasoning = await career.gql(coach, REVIEW, { input: reviewInput(person, { reasoning: '  ' }) });
    expect(refusalOf(noReasoning)).toEqual({ code: 'BAD_USER_INPUT', fields: ['reasoning'] });
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    [
      'figures for an occupation the project does not aim at',
      { targets: [{ occupationCode: 'M1805', projects: 10, hardToFill: 2, seasonal: 0 }] },
      ['localDemandFigures.targets.0.occupationCode'],
    ],
    [
      'a code that is not a ROME code',
      { targets: [{ occupationCode: 'magasinier', projects: 10, hardToFill: 2, seasonal: 0 }] },
      ['localDemandFigures.targets.0.occupationCode'],
    ],
    [
      'more projects hard to fill than projects',
      { targets: [{ occupationCode: 'N1103', projects: 10, hardToFill: 12, seasonal: 0 }] },
      ['localDemandFigures.targets.0.hardToFill'],
    ],
    ['a zone code that is not one', { zoneCode: 'Lyon' }, ['localDemandFigures.zoneCode']],
    ['a survey year to come', { sourceYear: 2031 }, ['localDemandFigures.sourceYear']],
  ])('refuses labour figures with %s, naming the field', async (_label, over, fields) => {
    const body = await career.gql(coach, REVIEW, {
      input: reviewInput(person, { localDemandFigures: { ...FIGURES, ...over } }),
    });
    expect(refusalOf(body)).toEqual({ code: 'BAD_USER_INPUT', fields });
  });

  it('the review and the validation are the coach’s', async () => {
    expect(refusalOf(await career.gql(personOf(person), REVIEW, { input: reviewInput(person) })).code).toBe(
      'FORBIDDEN',
    );
    expect(refusalOf(await career.gql(personOf(person), VALIDATE, { id: person, version: 1 })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('validates the reviewed version on the service’s date, and announces it with codes only', async () => {
    const reviewed = (await career.ok(coach, REVIEW, { input: reviewInput(person) }))
      .reviewProjectFeasibility;
    expect(reviewed.current).toMatchObject({
      version: 1,
      status: 'DRAFT',
      review: {
        skillsMissing: ['FIMO marchandises'],
        trainingNeeded: true,
        verdict: 'FEASIBLE_WITH_TRAINING',
        reviewedVersion: 1,
        reviewedByCoachId: COACH,
      },
    });
    expect(refusalOf(await career.gql(coach, VALIDATE, { id: person, version: 2 }))).toEqual({
      code: 'PROJECT_VERSION_CHANGED',
      fields: 'version',
    });
    career.clock.pin(new Date('2026-12-02T10:00:00.000Z'));
    try {
      const done = (await career.ok(coach, VALIDATE, { id: person, version: 1 })).validateProfessionalProject;
      expect(done).toMatchObject({
        current: {
          version: 1,
          status: 'VALIDATED',
          validatedAt: '2026-12-02T10:00:00.000Z',
          validatedByCoachId: COACH,
        },
        validated: { version: 1, status: 'VALIDATED' },
      });
      expect(await career.outboxOf('ProjectValidated.v1', done.id)).toEqual([
        {
          projectId: done.id,
          candidateId: person,
          programmeId: PROGRAMME,
          version: 1,
          targetOccupationCodes: ['N4101', 'N1103'],
          verdict: 'feasible_with_training',
          trainingNeeded: true,
          validatedAt: '2026-12-02T10:00:00.000Z',
        },
      ]);
    } finally {
      career.clock.unpin();
    }
    expect(refusalOf(await career.gql(coach, VALIDATE, { id: person, version: 1 })).code).toBe(
      'PROJECT_ALREADY_VALIDATED',
    );
  });

  it('an edit after validation starts version 2; the validated one is kept as it was', async () => {
    const edited = (
      await career.ok(personOf(person), SAVE, {
        input: draftInput(person, {
          targets: [{ occupationCode: 'N4101', label: 'Conduite longue distance', source: 'SUGGESTION' }],
        }),
      })
    ).saveProjectDraft;
    expect(edited).toMatchObject({
      current: {
        version: 2,
        status: 'DRAFT',
        targets: [{ occupationCode: 'N4101' }],
        review: { verdict: 'FEASIBLE_WITH_TRAINING' },
      },
      validated: { version: 1, status: 'VALIDATED' },
      versions: [
        { version: 1, status: 'VALIDATED' },
        { version: 2, status: 'DRAFT' },
      ],
    });
    const [kept] = await career.dataSource.query(
      `SELECT jsonb_array_length(targets) AS targets FROM career_project_version WHERE project_id = $1 AND version = 1`,
      [edited.id],
    );
    expect(kept).toEqual({ targets: 2 });
    await expect(
      career.dataSource.query(
        `UPDATE career_project_version SET targets = '[]' WHERE project_id = $1 AND version = 1`,
        [edited.id],
      ),
    ).rejects.toThrow(/kept as it was/);
  });

  it('a later validation is announced as a change from the previous version, once reviewed again', async () => {
    expect(refusalOf(await career.gql(coach, VALIDATE, { id: person, version: 2 })).code).toBe(
      'PROJECT_NOT_REVIEWED',
    );
    await career.ok(coach, REVIEW, {
      input: reviewInput(person, {
        trainingNeeded: false,
        training: null,
        verdict: 'FEASIBLE',
        reasoning: 'La FIMO est obtenue.',
      }),
    });
    const done = (await career.ok(coach, VALIDATE, { id: person, version: 2 })).validateProfessionalProject;
    expect(done.validated).toEqual({ version: 2, status: 'VALIDATED' });
    expect(await career.outboxOf('ProjectChanged.v1', done.id)).toEqual([
      expect.objectContaining({
        version: 2,
        previousVersion: 1,
        targetOccupationCodes: ['N4101'],
        verdict: 'feasible',
        trainingNeeded: false,
      }),
    ]);
  });
});

describe('the labour figures the coach saw', () => {
  let person: string;

  beforeAll(async () => {
    person = await career.seedPerson(PROGRAMME, COACH, LYON);
    await career.ok(personOf(person), SAVE, { input: draftInput(person) });
  });

  it('are kept with the review, codes normalised and shares computed', async () => {
    const reviewed = (
      await career.ok(coach, REVIEW, { input: reviewInput(person, { localDemandFigures: FIGURES }) })
    ).reviewProjectFeasibility;
    expect(reviewed.current.review.localDemandFigures).toEqual({
      zoneCode: '8421',
      zoneLabel: 'Lyon',
      sourceYear: 2025,
      targets: [
        {
          occupationCode: 'N4101',
          projects: 180,
          hardToFill: 140,
          hardToFillShare: 140 / 180,
          seasonal: 10,
          seasonalShare: 10 / 180,
        },
        {
          occupationCode: 'N1103',
          projects: 0,
          hardToFill: 0,
          hardToFillShare: 0,
          seasonal: 0,
          seasonalShare: 0,
        },
      ],
    });
    expect(
      (await career.ok(personOf(person), READ, { id: person })).professionalProject.current.review,
    ).toMatchObject({ localDemandFigures: { zoneCode: '8421', sourceYear: 2025 } });
  });

  it('a new review after a validation opens the next version with its own figures; the validated one keeps what was seen', async () => {
    const done = (await career.ok(coach, VALIDATE, { id: person, version: 1 })).validateProfessionalProject;
    expect(JSON.stringify(await career.outboxOf('ProjectValidated.v1', done.id))).not.toContain('8421');
    const again = (
      await career.ok(coach, REVIEW, {
        input: reviewInput(person, {
          localDemandFigures: { ...FIGURES, sourceYear: 2026, targets: [FIGURES.targets[0]] },
        }),
      })
    ).reviewProjectFeasibility;
    expect(again).toMatchObject({
      current: {
        version: 2,
        status: 'DRAFT',
        review: {
          reviewedVersion: 2,
          localDemandFigures: { sourceYear: 2026, targets: [{ occupationCode: 'N4101' }] },
        },
      },
      validated: { version: 1 },
    });
    const history = `query H($id: ID!) { professionalProject(candidateId: $id) { versions { version status
      review { localDemandFigures { sourceYear targets { occupationCode } } } } } }`;
    expect((await career.ok(coach, history, { id: person })).professionalProject.versions).toEqual([
      {
        version: 1,
        status: 'VALIDATED',
        review: {
          localDemandFigures: {
            sourceYear: 2025,
            targets: [{ occupationCode: 'N4101' }, { occupationCode: 'N1103' }],
          },
        },
      },
      {
        version: 2,
        status: 'DRAFT',
        review: { localDemandFigures: { sourceYear: 2026, targets: [{ occupationCode: 'N4101' }] } },
      },
    ]);
  });

  it('a review without figures keeps none (the coach saw none)', async () => {
    const saved = (await career.ok(coach, REVIEW, { input: reviewInput(person) })).reviewProjectFeasibility;
    expect(saved.current).toMatchObject({ version: 2, review: { localDemandFigures: null } });
  });
});

describe('two first saves at once', () => {
  it('end with one project, the second save in the same draft', async () => {
    const person = await career.seedPerson(PROGRAMME, COACH, LYON);
    const [mine, theirs] = await Promise.all([
      career.ok(personOf(person), SAVE, { input: draftInput(person) }),
      career.ok(coach, SAVE, { input: draftInput(person, { area: null }) }),
    ]);
    expect(mine.saveProjectDraft.id).toBe(theirs.saveProjectDraft.id);
    const [counts] = await career.dataSource.query(
      `SELECT (SELECT count(*)::int FROM career_project WHERE candidate_id = $1) AS projects,
              (SELECT count(*)::int FROM career_project_version WHERE project_id = $2) AS versions`,
      [person, mine.saveProjectDraft.id],
    );
    expect(counts).toEqual({ projects: 1, versions: 1 });
  });
});

describe('who may reach a project', () => {
  let person: string;

  beforeAll(async () => {
    person = await career.seedPerson(PROGRAMME, COACH, LYON);
    await career.ok(personOf(person), SAVE, { input: draftInput(person) });
  });

  it.each<[string, Identity]>([
    ['another person', personOf(randomUUID())],
    ['another coach', otherCoach],
    ['ops of the person’s office', ops],
    ['sponsor HR', sponsor],
  ])('refuses %s, reading or writing', async (_label, caller) => {
    const read = await career.gql(caller, READ, { id: person });
    expect(refusalOf(read).code).toBe('FORBIDDEN');
    expect(read.data?.professionalProject ?? null).toBeNull();
    const save = await career.gql(caller, SAVE, { input: draftInput(person) });
    expect(refusalOf(save).code).toBe('FORBIDDEN');
  });

  it('refuses a person career has not heard of, as it refuses a stranger', async () => {
    const stranger = randomUUID();
    expect(refusalOf(await career.gql(personOf(stranger), READ, { id: stranger })).code).toBe('FORBIDDEN');
  });
});

describe('the person’s export and erasure', () => {
  let person: string;
  let projectId: string;

  beforeAll(async () => {
    person = await career.seedPerson(PROGRAMME, COACH, LYON);
    projectId = (await career.ok(personOf(person), SAVE, { input: draftInput(person) })).saveProjectDraft.id;
    await career.ok(coach, REVIEW, { input: reviewInput(person) });
    await career.ok(coach, VALIDATE, { id: person, version: 1 });
    await career.ok(personOf(person), SAVE, { input: draftInput(person, { area: null }) });
  });

  const exportOf = (candidateId: string, caller?: string) =>
    career.internal(
      `/internal/candidates/${candidateId}/personal-data?requestedBy=p-${candidateId}&requestedByRole=candidate`,
      caller,
    );

  it('gives intake the project and every version, and nothing to anyone else', async () => {
    const answer = await exportOf(person);
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as AnyData;
    expect(body).toMatchObject({ service: 'career', candidateId: person });
    const sections = Object.fromEntries(
      (body.sections as { name: string; records: AnyData[] }[]).map((s) => [s.name, s.records]),
    );
    expect(sections['professionalProject']).toEqual([
      expect.objectContaining({ id: projectId, candidateId: person }),
    ]);
    expect(sections['professionalProjectVersions'].map((v: AnyData) => [v.version, v.status])).toEqual([
      [1, 'validated'],
      [2, 'draft'],
    ]);
    expect(sections['professionalProjectVersions'][0].review.reasoning).toBe(
      'Le permis C est acquis ; la FIMO ouvre le métier.',
    );
    expect((await exportOf(person, 'identity')).status).toBe(403);
    const bad = await career.internal(
      `/internal/candidates/not-an-id/personal-data?requestedBy=x&requestedByRole=candidate`,
    );
    expect(bad.status).toBe(400);
    const stranger = await exportOf(randomUUID());
    expect(((await stranger.json()) as AnyData).sections).toEqual([
      { name: 'professionalProject', records: [] },
      { name: 'professionalProjectVersions', records: [] },
      { name: 'jobApplications', records: [] },
      { name: 'jobApplicationSteps', records: [] },
      { name: 'interviewPracticeSessions', records: [] },
      { name: 'interviewPracticeQuestions', records: [] },
      { name: 'interviewPracticeAnswers', records: [] },
      { name: 'cv', records: [] },
      { name: 'cvVersions', records: [] },
      { name: 'cvComments', records: [] },
      { name: 'cvDownloads', records: [] },
    ]);
  });

  it('forgets the person when intake erases them, and a redelivered erasure finds nothing', async () => {
    const erased = { candidateId: person, erasedAt: new Date().toISOString() };
    await career.publish('CandidateErased.v1', person, erased);
    await career.publish('CandidateErased.v1', person, erased);
    const [left] = await career.dataSource.query(
      `SELECT (SELECT count(*)::int FROM career_project WHERE candidate_id = $1) AS projects,
              (SELECT count(*)::int FROM career_project_version WHERE project_id = $2) AS versions,
              (SELECT count(*)::int FROM candidate_scope WHERE candidate_id = $1) AS scopes`,
      [person, projectId],
    );
    expect(left).toEqual({ projects: 0, versions: 0, scopes: 0 });
    expect(refusalOf(await career.gql(personOf(person), READ, { id: person })).code).toBe('FORBIDDEN');
  });
});
