import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { URI, type TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import {
  ACCESS_LINK,
  coachAssignedTo,
  createCoach,
  createOffice,
  enrol,
  handWorkedRiasecAnswers,
  Mailbox,
  setUpProgramme,
  waitFor,
  weekdays,
  type GraphQLClient,
} from '@passerelle/shared/testing';
import { assessmentDataSourceOptions } from '@passerelle/assessment/data-access';
import { importProjectInstruments, importRiasec, importRome } from '@passerelle/assessment/feature-import';
import { matchingDataSourceOptions } from '@passerelle/matching/data-access';
import { importReferenceData } from '@passerelle/matching/feature-reference';
import { screenshot, seriousViolations, type AxeViolation } from '../browser/chromium';
import type { RunningPlatform } from './platform-harness';
import { signIn, startConsole } from './console-harness';

// The coach's console in Debian's Chromium, against the whole platform, every event from the
// service that owns it: ops set up a programme, an office and a coach (who is invited by email) and
// enrol two people; one answers the starting questionnaire calmly and finishes the interests
// questionnaire her plan gave her, the other reports distress. The coach chooses a password from
// the invitation, signs in through identity and sets up the second factor (the key read from the
// page, the code computed as an authenticator app would), sees the person in distress on top of
// the caseload, opens the other's file, debriefs her assessment (which releases her results),
// edits her plan (adds, re-dates and completes a step), walks their calendar by keyboard, writes
// the confidential note and the summary of her follow-up once it took place, and reads the labour
// market of a zone. On Samira's file, her career material (written from her own account first):
// the coach completes the feasibility review of her professional project and validates it, logs
// the offer she accepted in her OVE register, comments on a line of her CV and downloads its PDF, and
// reviews her interview practice answer.
// axe-core checks each screen at 1440 px, and the caseload at 390 px.

const ROOT = join(__dirname, '..', '..');
const LYON = randomUUID();
const PASSWORD = 'un accompagnement au long cours';
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const { mailbox } = Mailbox.fromEnvironment();

/** Answers that orient to direct re-employment (intake's rules); `distress` reports distress. */
const answers = (distress: 'never' | 'often') => [
  { questionId: 'income_urgency', choice: 'immediate' },
  { questionId: 'wellbeing', number: distress === 'often' ? 1 : 4 },
  { questionId: 'stress', number: distress === 'often' ? 5 : 2 },
  { questionId: 'distress_signal', choice: distress },
  { questionId: 'project_clarity', choice: 'some_ideas' },
  { questionId: 'project_kind', choice: 'same_occupation' },
  { questionId: 'open_to_training', choice: 'no' },
  { questionId: 'years_to_retirement', number: 20 },
  { questionId: 'mobility_radius_km', number: 25 },
  { questionId: 'relocation', choice: 'no' },
  { questionId: 'languages', choices: ['fr'] },
];

let platform: RunningPlatform;
let browser: Browser;
let consoleUrl: string;
let ops: GraphQLClient;
let coachId: string;
let coachAddress: string;
let samira: string;
let karim: string;
let riasecId: string;
let sessionStartsAt: string;
let sessionId: string;

async function loadReferenceData(): Promise<void> {
  const assessmentDb = new DataSource(assessmentDataSourceOptions(platform.databaseUrls['assessment']!));
  await assessmentDb.initialize();
  try {
    await importRiasec(assessmentDb, join(ROOT, '..', 'shared', 'data', 'riasec-items'));
    await importProjectInstruments(assessmentDb);
    await importRome(assessmentDb, join(ROOT, 'libs', 'assessment', 'feature-import', 'sample', 'rome'));
  } finally {
    await assessmentDb.destroy();
  }
  const matchingDb = new DataSource(matchingDataSourceOptions(platform.databaseUrls['matching']!));
  await matchingDb.initialize();
  try {
    await importReferenceData(matchingDb, join(ROOT, 'tests', 'fixtures', 'matching', 'reference'));
  } finally {
    await matchingDb.destroy();
  }
}

/** A person's consent and starting questionnaire, sent as they would from their console. */
async function diagnose(person: GraphQLClient, candidateId: string, distress: 'never' | 'often') {
  await person.ok(`mutation C($input: RecordConsentInput!) { recordConsent(input: $input) { granted } }`, {
    input: { candidateId, noticeVersion: '2026.1', granted: true },
  });
  await person.ok(
    `mutation S($id: ID!, $answers: [DiagnosticAnswerInput!]!) { saveDiagnosticAnswers(candidateId: $id, answers: $answers) { status } }`,
    { id: candidateId, answers: answers(distress) },
  );
  await person.ok(`mutation S($id: ID!) { submitDiagnostic(candidateId: $id) { status } }`, {
    id: candidateId,
  });
}

interface SeenMilestone {
  id: string;
  title: string;
  dueOn: string;
  status: string;
  addedByCoach: boolean;
}
const PLAN = `query P($id: ID!) { candidate(id: $id) { pathway { status milestones { id title dueOn status addedByCoach } } } }`;
async function planOf(client: GraphQLClient, candidateId: string) {
  const seen = await client.request<{
    candidate: { pathway: { status: string; milestones: SeenMilestone[] } | null } | null;
  }>(PLAN, { id: candidateId });
  return seen.body.data?.candidate?.pathway ?? null;
}
const ASSESSMENTS = `query A($id: ID!) { candidate(id: $id) { assessments { id instrumentCode status profile { riasec { hollandCode } } } } }`;
interface SeenAssessment {
  id: string;
  instrumentCode: string;
  status: string;
  profile: { riasec: { hollandCode: string } | null } | null;
}
async function assessmentsOf(client: GraphQLClient, candidateId: string): Promise<SeenAssessment[]> {
  const seen = await client.request<{ candidate: { assessments: SeenAssessment[] } | null }>(ASSESSMENTS, {
    id: candidateId,
  });
  return seen.body.data?.candidate?.assessments ?? [];
}

/** Samira's own career material, as her console would send it: a project, a CV, an offer she accepted, a practice answer. */
async function seedCareer(person: GraphQLClient, candidateId: string): Promise<void> {
  const today = DateTime.now().setZone('Europe/Paris').toISODate()!;
  // Career learns who she is from intake's events: her first call waits for them.
  await waitFor(
    async () =>
      !(
        await person.request(
          `mutation S($input: SaveProjectDraftInput!) { saveProjectDraft(input: $input) { id } }`,
          {
            input: {
              candidateId,
              targets: [
                { occupationCode: 'N1103', label: 'Magasinage et préparation de commandes', source: 'TYPED' },
              ],
              area: { place: 'Villeurbanne', placeCode: '69266', distance: 30, unit: 'KM' },
              conditions: { contractTypes: ['PERMANENT'], hours: 'FULL_TIME', payMin: 24000 },
            },
          },
        )
      ).body.errors,
    { what: "Samira's project saved in career", timeoutMs: 60_000 },
  );
  await person.ok(`mutation C($input: CvInput!) { createCv(input: $input) { id } }`, {
    input: {
      candidateId,
      layout: 'CLASSIQUE',
      identity: { fullName: 'Samira Benali', town: 'Lyon' },
      headline: 'Cariste confirmée, CACES 1, 3 et 5',
      experiences: [
        {
          employer: 'Verrerie du Rhône',
          jobTitle: 'Cariste en entrepôt',
          start: '2012-09',
          end: '2026-06',
          lines: ['Réception et contrôle des livraisons', 'Gestion des stocks sur le logiciel de l’entrepôt'],
        },
      ],
      skills: [{ label: 'Conduite de chariots élévateurs' }],
      languages: [{ language: 'Français', level: 'NATIVE' }],
    },
  });
  const { recordJobApplication } = await person.ok<{ recordJobApplication: { id: string } }>(
    `mutation R($input: RecordJobApplicationInput!) { recordJobApplication(input: $input) { id } }`,
    {
      input: {
        candidateId,
        company: 'Entrepôts du Rhône',
        jobTitle: 'Cariste',
        sentOn: today,
        channel: 'FRANCE_TRAVAIL',
        occupationCode: 'N1103',
      },
    },
  );
  for (const status of ['OFFER', 'ACCEPTED'])
    await person.ok(
      `mutation C($input: ChangeJobApplicationStatusInput!) { changeJobApplicationStatus(input: $input) { id } }`,
      { input: { applicationId: recordJobApplication.id, status, changedOn: today } },
    );
  const { startInterviewPractice } = await person.ok<{
    startInterviewPractice: { id: string; questions: { question: { id: string } }[] };
  }>(
    `mutation S($input: StartInterviewPracticeInput!) { startInterviewPractice(input: $input) { id questions { question { id } } } }`,
    { input: { candidateId, questionCount: 1 } },
  );
  await person.ok(`mutation S($input: PracticeAnswerInput!) { submitPracticeAnswer(input: $input) { id } }`, {
    input: {
      sessionId: startInterviewPractice.id,
      questionId: startInterviewPractice.questions[0]!.question.id,
      situation:
        'Mon entrepôt a fermé après quatorze ans : le site de Lyon a été regroupé avec celui de Lille.',
      task: 'Je devais retrouver un poste de cariste près de chez moi et valoriser mes CACES.',
      action:
        'J’ai fait le point avec ma consultante, mis mon CV à jour et visé les entrepôts de l’est lyonnais.',
      result: 'Trois candidatures envoyées en deux semaines, dont une qui a abouti à un entretien.',
    },
  });
}

beforeAll(async () => {
  ({ platform, consoleUrl, browser } = await startConsole());
  await loadReferenceData();

  ops = platform.as(await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] }));
  const { programmeId } = await setUpProgramme(ops, {
    sponsorName: 'Verrerie du Rhône',
    name: 'PSE Verrerie Lyon',
    officeIds: [LYON],
    terms: {
      type: 'PSE',
      sites: ['Lyon Gerland'],
      headcount: 120,
      startDate: DateTime.now().minus({ days: 14 }).toISODate(),
      durationMonths: 12,
      sessionBudgetPerPerson: 12,
      outcomeTargets: [{ category: 'PERMANENT_CONTRACT', sharePercent: 60 }],
    },
  });
  await createOffice(ops, { id: LYON, name: 'Lyon Part-Dieu', openingHours: weekdays('08:00', '20:00') });
  coachAddress = `amel.roussel.${randomUUID().slice(0, 8)}@cabinet.test`;
  coachId = await createCoach(ops, {
    displayName: 'Amel Roussel',
    email: coachAddress,
    officeIds: [LYON],
    languages: ['fr'],
    specialties: ['DIRECT_REEMPLOYMENT', 'RETRAINING', 'BUSINESS_CREATION', 'RETIREMENT_TRANSITION'],
    maxCaseload: 40,
    weeklyHours: weekdays('08:00', '19:00'),
  });
  samira = await enrol(ops, {
    programmeId,
    firstName: 'Samira',
    lastName: 'Benali',
    email: `samira.${randomUUID().slice(0, 8)}@example.org`,
    formerJobTitle: 'Magasinière cariste',
    formerOccupationCode: 'N1103',
    languages: ['fr'],
  });
  karim = await enrol(ops, {
    programmeId,
    firstName: 'Karim',
    lastName: 'Haddad',
    email: `karim.${randomUUID().slice(0, 8)}@example.org`,
    formerOccupationCode: 'N1103',
    languages: ['fr'],
  });
  await coachAssignedTo(ops, samira);
  await coachAssignedTo(ops, karim);
  const asSamira = platform.as(
    await platform.token({ sub: 'samira', role: 'candidate', candidate_id: samira }),
  );
  const asKarim = platform.as(await platform.token({ sub: 'karim', role: 'candidate', candidate_id: karim }));
  await diagnose(asSamira, samira, 'never');
  await diagnose(asKarim, karim, 'often');
  await seedCareer(asSamira, samira);

  // The plan gives Samira the interests questionnaire; she answers it (R 28, I 32, A 8, S 40, E 24, C 20: SIR).
  const riasec = await waitFor(
    async () => (await assessmentsOf(asSamira, samira)).find((a) => a.instrumentCode === 'riasec-markers-48'),
    { what: "Samira's interests questionnaire assigned from her plan", timeoutMs: 90_000 },
  );
  riasecId = riasec.id;
  await asSamira.ok(
    `mutation S($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { status } }`,
    { input: { assessmentId: riasecId, answers: handWorkedRiasecAnswers() } },
  );
  await asSamira.ok(`mutation U($id: ID!) { submitAssessment(assessmentId: $id) { status } }`, {
    id: riasecId,
  });

  // A follow-up by video, next week, booked by ops in the coach's free time.
  const nextMonday = DateTime.now().setZone('Europe/Paris').startOf('week').plus({ weeks: 1 });
  const { availableSlots } = await ops.ok<{ availableSlots: { startsAt: string }[] }>(
    `query S($input: AvailabilityInput!) { availableSlots(input: $input) { startsAt } }`,
    {
      input: {
        coachId,
        from: nextMonday.toUTC().toISO(),
        to: nextMonday.plus({ days: 5 }).toUTC().toISO(),
        kind: 'FOLLOW_UP',
        mode: 'VIDEO',
      },
    },
  );
  sessionStartsAt = availableSlots[0]!.startsAt;
  sessionId = (
    await ops.ok<{ bookSession: { id: string } }>(
      `mutation B($input: BookSessionInput!) { bookSession(input: $input) { id } }`,
      { input: { candidateIds: [samira], kind: 'FOLLOW_UP', mode: 'VIDEO', startsAt: sessionStartsAt } },
    )
  ).bookSession.id;
  await waitFor(async () => (await planOf(ops, samira))?.status === 'PLANNED', {
    what: "Samira's plan",
    timeoutMs: 60_000,
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** Chooses a password on the invitation page, then signs in on the console, setting up the second factor. */
async function signInAsCoach(page: Page): Promise<void> {
  const [invitation] = await mailbox.waitForMessagesTo(coachAddress, 1);
  await page.goto(await mailbox.find(invitation!, ACCESS_LINK));
  await page.fill('#password', PASSWORD);
  await page.fill('#confirmation', PASSWORD);
  await page.locator('form button[type="submit"], form input[type="submit"]').first().click();
  await page.waitForLoadState('networkidle');

  await signIn(page, consoleUrl, coachAddress, PASSWORD);
  // identity asks a coach to set up a second factor at first sign-in: the app reads the key's link.
  const link = await page.locator('#otpauth').getAttribute('href');
  const totp = URI.parse(link!) as TOTP;
  await page.fill('#code', totp.generate());
  await page.locator('form button[type="submit"]').first().click();
  await expect(page.locator('#recovery-codes li').count()).resolves.toBe(10);
  await page.locator('#continue').click();
}

describe('the coach console', () => {
  it('signs in with a second factor, sees distress first, debriefs an assessment and edits the plan', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'fr-FR', deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('response', async (response) => {
      if (!response.url().endsWith('/graphql')) return;
      const body = await response.text().catch(() => '');
      if (body.includes('"errors"'))
        console.warn(`a GraphQL refusal seen by the console: ${response.request().postData()} -> ${body}`);
    });
    const screens: { screen: string; violations: AxeViolation[] }[] = [];
    const check = async (screen: string) => {
      screens.push({ screen, violations: await seriousViolations(page) });
      await screenshot(page, `coach-${screen}`);
    };

    try {
      await journey(page, check);
    } catch (error) {
      await screenshot(page, 'coach-failure');
      throw new Error(`${String(error)}\nat ${page.url()}:\n${await page.locator('body').innerText()}`);
    }

    console.info(`coach console screens checked by axe-core: ${JSON.stringify(screens)}`);
    expect(screens).toEqual(
      [
        'caseload-1440',
        'caseload-390',
        'file-1440',
        'file-390',
        'debrief-1440',
        'debrief-390',
        'debrief-released-1440',
        'plan-1440',
        'plan-refused-1440',
        'career-forms-1440',
        'career-forms-390',
        'project-new-review-1440',
        'project-new-review-390',
        'career-1440',
        'cv-earlier-1440',
        'cv-earlier-390',
        'calendar-1440',
        'calendar-next-1440',
        'calendar-next-390',
        'notes-1440',
        'notes-390',
        'market-1440',
        'market-390',
        'file-distress-1440',
        'file-distress-en-1440',
        'file-paused-en-1440',
      ].map((screen) => ({ screen, violations: [] })),
    );
    await context.close();
    // A long journey, a screenshot and an axe run per screen: minutes when the machine is shared.
  }, 360_000);
});

/** Checks a screen on a phone's width, then goes back to the desk's. */
async function atPhoneSize(page: Page, check: () => Promise<void>): Promise<void> {
  await page.setViewportSize(PHONE);
  await check();
  await page.setViewportSize(DESKTOP);
}

/** The coach's way through the console, each screen checked by `check` once it is shown. */
async function journey(page: Page, check: (screen: string) => Promise<void>): Promise<void> {
  await signInAsCoach(page);
  await page.getByRole('heading', { level: 1, name: 'Mes personnes suivies' }).waitFor({ timeout: 30_000 });
  expect(new URL(page.url()).origin).toBe(consoleUrl);

  // The caseload: Karim's distress in the banner on top, and Karim first in the list.
  const banner = page.getByRole('alert').filter({ hasText: 'en détresse' });
  await banner.getByRole('link', { name: 'Karim Haddad' }).waitFor({ timeout: 30_000 });
  const names = page.locator('.coach-caseload .coach-person-name');
  for (const name of ['Karim Haddad', 'Samira Benali'])
    await page.locator('.coach-caseload').getByRole('link', { name }).waitFor();
  await expect(names.allInnerTexts()).resolves.toEqual(['Karim Haddad', 'Samira Benali']);
  const samiraRow = page.locator('.coach-person').filter({ hasText: 'Samira Benali' });
  await samiraRow.getByText('Retour direct à l’emploi').waitFor();
  await samiraRow.getByText(/Entretien de suivi, /).waitFor();
  await page
    .locator('.coach-person')
    .filter({ hasText: 'Karim Haddad' })
    .getByText('Détresse signalée', { exact: true })
    .waitFor();
  await check('caseload-1440');
  await atPhoneSize(page, () => check('caseload-390'));

  // Samira's file, in one page.
  await page.locator('.coach-caseload').getByRole('link', { name: 'Samira Benali' }).click();
  await page.getByRole('heading', { level: 1, name: 'Samira Benali' }).waitFor();
  for (const card of [
    'Profil',
    'Diagnostic',
    'Bilans',
    'Parcours',
    'Métiers suggérés',
    'Offres d’emploi',
    'Rendez-vous',
    'Situation à la sortie',
  ])
    await page.getByRole('heading', { level: 2, name: card }).waitFor();
  await page.getByText('Orientation : Retour direct à l’emploi.').waitFor();
  await page.getByText('Magasinière cariste').waitFor();
  // Each suggestion says its local demand (enrolled by hand, no commune: France, said so) and the
  // certifications that close its gap, linked to their public page.
  await page
    .locator('.coach-demand')
    .filter({
      hasText:
        /^En France : \d+ projets de recrutement en 2025, dont \d+ % jugés difficiles\. Sa zone d’emploi n’est pas connue\.$/,
    })
    .first()
    .waitFor();
  const certification = page
    .getByRole('link', { name: 'Fiche RNCP90002 (France Compétences, nouvel onglet)' })
    .first();
  await certification.waitFor();
  expect(await certification.getAttribute('href')).toBe(
    'https://www.francecompetences.fr/recherche/rncp/90002/',
  );
  await check('file-1440');
  await atPhoneSize(page, () => check('file-390'));

  // The debrief: the results, the notes (required, said as typed), then the results released.
  await page.getByRole('link', { name: 'Restituer : Intérêts professionnels (RIASEC)' }).click();
  await page.getByRole('heading', { level: 1, name: 'Restitution' }).waitFor();
  await page.getByRole('heading', { name: 'Code de Holland : SIR' }).waitFor();
  await check('debrief-1440');
  await atPhoneSize(page, () => check('debrief-390'));
  const notes = page.getByLabel('Vos notes de restitution');
  await notes.fill('x');
  await notes.fill('');
  await page.getByText('Écrivez quelques mots sur l’entretien.').waitFor();
  await notes.fill('Intérêt social marqué : explorer les métiers de la formation.');
  await page.getByRole('button', { name: 'Enregistrer et montrer les résultats à Samira Benali' }).click();
  await page.getByText(/Résultats visibles par Samira Benali depuis le/).waitFor();
  await check('debrief-released-1440');
  // Released to the person: she now sees her profile.
  const asSamira = platform.as(
    await platform.token({ sub: 'samira', role: 'candidate', candidate_id: samira }),
  );
  expect((await assessmentsOf(asSamira, samira)).find((a) => a.id === riasecId)).toMatchObject({
    status: 'RELEASED',
    profile: { riasec: { hollandCode: 'SIR' } },
  });

  // The plan: add a step, re-date it, complete it; each change says why.
  await page.getByRole('link', { name: 'Retour au dossier de Samira Benali' }).click();
  await page.getByRole('heading', { level: 3, name: 'Ajouter une étape' }).waitFor();
  const title = 'Mettre à jour le CV';
  const due = DateTime.now().plus({ days: 30 }).toISODate()!;
  const later = DateTime.now().plus({ days: 45 }).toISODate()!;
  await page.getByLabel('Nom de l’étape').fill(title);
  await page.getByLabel('À faire avant le').fill(due);
  await page.getByLabel('Pourquoi ce changement').fill('x');
  await page.getByLabel('Pourquoi ce changement').fill(' ');
  await page.getByText('Dites en quelques mots pourquoi le parcours change.').waitFor();
  await page.getByLabel('Pourquoi ce changement').fill('Candidatures prévues le mois prochain');
  await page.getByRole('button', { name: 'Ajouter l’étape' }).click();
  await page.getByText(`Étape ajoutée : ${title}.`).waitFor();
  const step = page.locator('.coach-milestone').filter({ hasText: title });
  await step.getByText('à faire').waitFor();

  await step.getByRole('button', { name: `Changer la date : ${title}` }).click();
  await step.getByLabel('Nouvelle date').fill(later);
  // By keyboard: the reason typed, then Enter sends the form.
  await step.getByLabel('Pourquoi ce changement').focus();
  await page.keyboard.type('Samira part en formation courte');
  await page.keyboard.press('Enter');
  await page.getByText(`Nouvelle date enregistrée : ${title}.`).waitFor();
  await check('plan-1440');

  await step.getByRole('button', { name: `Marquer comme fait : ${title}` }).click();
  await step.getByLabel('Comment cette étape a été faite').fill('CV revu ensemble en entretien');
  await step.getByRole('button', { name: 'Confirmer' }).click();
  await page.getByText(`Étape franchie : ${title}.`).waitFor();
  await step.getByText('franchie', { exact: true }).waitFor();
  const plan = (await planOf(ops, samira))!;
  expect(plan.milestones.find((m) => m.title === title)).toMatchObject({
    dueOn: later,
    status: 'REACHED',
    addedByCoach: true,
  });

  // A step removed elsewhere while the coach re-dates it: the server's refusal, in words.
  // The plan's last step still to do whose title is its own (a template may repeat one).
  const last = plan.milestones
    .filter((m) => m.status === 'PENDING' && plan.milestones.filter((o) => o.title === m.title).length === 1)
    .at(-1)!;
  const lastStep = page.locator('.coach-milestone').filter({ hasText: last.title });
  await lastStep.getByRole('button', { name: `Changer la date : ${last.title}` }).click();
  await lastStep.getByLabel('Nouvelle date').fill(later);
  await lastStep.getByLabel('Pourquoi ce changement').fill('Suivi avancé');
  const coach = platform.as(
    await platform.token({ sub: 'coach', role: 'coach', coach_id: coachId, office_ids: [LYON] }),
  );
  await coach.ok(`mutation R($input: RemoveMilestoneInput!) { removeMilestone(input: $input) { id } }`, {
    input: { candidateId: samira, milestoneId: last.id, reason: 'Retiré par un autre écran' },
  });
  await lastStep.getByRole('button', { name: 'Enregistrer la date' }).click();
  await lastStep.getByText('Cette étape n’existe plus dans le parcours. Rechargez la page.').waitFor();
  await check('plan-refused-1440');

  // Her career material, on the same file. The project: the feasibility review (a verdict needs its
  // reasons, said before anything is sent), then the version validated.
  // Every form open at once first, for axe and the screenshots: the review, the OVE, a CV line's comment, the practice review.
  const project = page.getByRole('region', { name: 'Projet professionnel' });
  const applications = page.getByRole('region', { name: 'Candidatures' });
  const cv = page.getByRole('region', { name: 'CV', exact: true });
  const practice = page.getByRole('region', { name: 'Entraînement aux entretiens' });
  await applications
    .getByRole('button', { name: 'Enregistrer dans le registre des OVE (Cariste, Entrepôts du Rhône)' })
    .click();
  const line = 'Réception et contrôle des livraisons';
  await cv.getByRole('button', { name: `Commenter la ligne « ${line} »` }).click();
  await practice.getByRole('button', { name: 'Envoyer la relecture' }).waitFor();
  await check('career-forms-1440');
  await atPhoneSize(page, () => check('career-forms-390'));
  await project
    .getByText('Magasinage et préparation de commandes (N1103)', { exact: true })
    .first()
    .waitFor();
  // Matching's labour figures for her target in her zone, shown in the review and kept with it.
  const figures = project.getByRole('table', {
    name: 'Projets de recrutement prévus dans la zone d’emploi de Zone Lyon (échantillon) (France Travail, enquête BMO 2025)',
  });
  await figures
    .getByRole('row', { name: 'Magasinage et préparation de commandes (N1103) 320 47 % 6 %' })
    .waitFor();
  await project
    .getByText('Ces chiffres seront enregistrés avec l’étude, tels que vous les voyez ici.')
    .waitFor();
  await project.getByLabel('Compétences acquises').fill('Conduite de chariots\nGestion des stocks');
  await project.getByLabel('Compétences à acquérir').fill('Logiciel de gestion d’entrepôt récent');
  await project.getByLabel('Avis de faisabilité').selectOption({ label: 'Réalisable' });
  await project.getByRole('button', { name: 'Enregistrer l’étude' }).click();
  await project.getByText('Expliquez en quelques mots les raisons de cet avis.').waitFor();
  await project
    .getByLabel('Raisons de l’avis')
    .fill('Beaucoup de projets de recrutement dans l’est lyonnais.');
  await project.getByRole('button', { name: 'Enregistrer l’étude' }).click();
  await project.getByText('Étude et avis enregistrés.').waitFor();
  await project.getByRole('button', { name: 'Valider la version 1' }).click();
  await project.getByText('Version 1 validée.').waitFor();
  await project.getByText('Voir les versions validées (1)').waitFor();
  const { professionalProject } = await coach.ok<{
    professionalProject: {
      validated: { version: number; review: { verdict: string; skillsHeld: string[] } };
    };
  }>(
    `query P($id: ID!) { professionalProject(candidateId: $id) { validated { version review { verdict skillsHeld
      localDemandFigures { zoneCode sourceYear targets { occupationCode projects hardToFill seasonal } } } } } }`,
    {
      id: samira,
    },
  );
  expect(professionalProject.validated).toEqual({
    version: 1,
    review: {
      verdict: 'FEASIBLE',
      skillsHeld: ['Conduite de chariots', 'Gestion des stocks'],
      localDemandFigures: {
        zoneCode: '8421',
        sourceYear: 2025,
        targets: [{ occupationCode: 'N1103', projects: 320, hardToFill: 150, seasonal: 20 }],
      },
    },
  });
  // The validated version shows the figures its review kept; a new review opens version 2.
  await project
    .getByRole('table', {
      name: /^Chiffres vus lors de l’étude du .* zone d’emploi de Zone Lyon \(échantillon\), enquête BMO 2025$/,
    })
    .waitFor();
  await project.getByRole('button', { name: 'Commencer une nouvelle étude' }).click();
  await project.getByRole('heading', { name: 'Nouvelle étude de faisabilité (version 2)' }).waitFor();
  await expect(project.getByLabel('Compétences acquises').inputValue()).resolves.toBe(
    'Conduite de chariots\nGestion des stocks',
  );
  await check('project-new-review-1440');
  await atPhoneSize(page, () => check('project-new-review-390'));
  await project.getByRole('button', { name: 'Annuler' }).click();
  await project.getByRole('button', { name: 'Commencer une nouvelle étude' }).click();
  await project.getByLabel('Compétences à acquérir').fill('Logiciel de gestion d’entrepôt récent\nCACES 3');
  await project.getByRole('button', { name: 'Enregistrer l’étude' }).click();
  await project
    .getByText(
      'Nouvelle étude enregistrée : la version 2 est ouverte. Vous pourrez la valider une fois son avis donné.',
    )
    .waitFor();
  await project.getByRole('heading', { name: 'Version 2, en cours' }).waitFor();
  await project.getByRole('button', { name: 'Valider la version 2' }).waitFor();

  // Her applications: the counts, and the offer she accepted logged in her OVE register from the
  // application (the pay checked as typed), her answer with it, then no longer waiting.
  await applications
    .getByText('Candidatures envoyées : 1. Entretiens obtenus : 0. Offres reçues : 1.')
    .waitFor();
  await applications.getByText('Offres à enregistrer comme OVE : 1').waitFor();
  await applications.getByLabel('Contrat proposé').selectOption({ label: 'CDI' });
  await applications.getByLabel('Salaire brut annuel proposé (€)').fill('25 000,50');
  await applications.getByRole('button', { name: 'Enregistrer l’offre et la réponse' }).click();
  await applications.getByText('Indiquez un montant en euros, sans centimes.').waitFor();
  await applications.getByLabel('Salaire brut annuel proposé (€)').fill('25 000');
  await applications.getByRole('button', { name: 'Enregistrer l’offre et la réponse' }).click();
  await applications
    .getByText('Offre « Cariste » chez Entrepôts du Rhône enregistrée dans le registre des OVE.')
    .waitFor();
  const { candidate: logged } = await coach.ok<{
    candidate: { ovesToLog: unknown[]; validJobOffers: unknown[] };
  }>(
    `query O($id: ID!) { candidate(id: $id) { ovesToLog { id } validJobOffers { employerName jobTitle occupationCode contractType offeredOn grossAnnualPay decision } } }`,
    { id: samira },
  );
  expect(logged).toEqual({
    ovesToLog: [],
    validJobOffers: [
      {
        employerName: 'Entrepôts du Rhône',
        jobTitle: 'Cariste',
        occupationCode: 'N1103',
        contractType: 'PERMANENT',
        offeredOn: DateTime.now().setZone('Europe/Paris').toISODate(),
        grossAnnualPay: 25000,
        decision: 'ACCEPTED',
      },
    ],
  });

  // Her CV: a line commented (an empty comment said first), and the PDF downloaded.
  await cv.getByRole('button', { name: 'Envoyer le commentaire' }).click();
  await cv.getByText('Écrivez votre commentaire.').waitFor();
  await cv.getByLabel('Votre commentaire').fill('Précisez le volume : combien de livraisons par jour ?');
  await cv.getByRole('button', { name: 'Envoyer le commentaire' }).click();
  await cv.getByText('Commentaire envoyé.').waitFor();
  await cv.getByText('Précisez le volume : combien de livraisons par jour ?').waitFor();
  const { cv: commented } = await coach.ok<{ cv: { current: { comments: unknown[] } } }>(
    `query C($id: ID!) { cv(candidateId: $id) { current { comments { section line quotedLine } } } }`,
    { id: samira },
  );
  expect(commented.current.comments).toEqual([{ section: 'EXPERIENCES', line: 1, quotedLine: line }]);
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    cv.getByRole('button', { name: 'Télécharger le CV (PDF)' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe('cv-v1.pdf');
  const pdfPath = await pdf.path();
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');

  // Her interview practice: the answer she sent, reviewed (every score needed first).
  await practice.getByText('Réponses à relire : 1.', { exact: false }).waitFor();
  await practice.getByRole('button', { name: 'Envoyer la relecture' }).click();
  await practice.getByText('Donnez une note de 1 à 4 pour chacun des quatre critères.').waitFor();
  const scores = practice.locator('fieldset.coach-score');
  await expect(scores.count()).resolves.toBe(4);
  for (const [index, label] of ['3, solide', '3, solide', '4, convaincant', '2, en progrès'].entries())
    await scores.nth(index).getByLabel(label).check();
  await practice.getByLabel('Votre commentaire (la personne le lira)').fill('Résultat chiffré : bravo.');
  await practice.getByRole('button', { name: 'Envoyer la relecture' }).click();
  await practice.getByText('Relecture envoyée : la personne peut la lire.').waitFor();
  await check('career-1440');
  const { interviewPracticeSessions } = await asSamira.ok<{
    interviewPracticeSessions: { questions: { answer: { status: string; review: unknown } }[] }[];
  }>(
    `query S($id: ID!) { interviewPracticeSessions(candidateId: $id) { questions { answer { status review { structure concreteness result clarity total comment } } } } }`,
    { id: samira },
  );
  expect(interviewPracticeSessions[0]!.questions[0]!.answer).toEqual({
    status: 'REVIEWED',
    review: {
      structure: 3,
      concreteness: 3,
      result: 4,
      clarity: 2,
      total: 12,
      comment: 'Résultat chiffré : bravo.',
    },
  });

  // Samira saves a second version of her CV: the coach picks the first, read-only, with its comment.
  await asSamira.ok(`mutation S($input: SaveCvVersionInput!) { saveCvVersion(input: $input) { id } }`, {
    input: {
      basedOnVersion: 1,
      cv: {
        candidateId: samira,
        layout: 'CLASSIQUE',
        identity: { fullName: 'Samira Benali', town: 'Lyon' },
        headline: 'Cariste confirmée, CACES 1, 3 et 5',
        experiences: [
          {
            employer: 'Verrerie du Rhône',
            jobTitle: 'Cariste en entrepôt',
            start: '2012-09',
            end: '2026-06',
            lines: [
              'Réception et contrôle de 40 livraisons par jour',
              'Gestion des stocks sur le logiciel de l’entrepôt',
            ],
          },
        ],
        skills: [{ label: 'Conduite de chariots élévateurs' }],
        languages: [{ language: 'Français', level: 'NATIVE' }],
      },
    },
  });
  await page.reload();
  await cv.getByText('Réception et contrôle de 40 livraisons par jour').waitFor();
  await cv.getByLabel('Version affichée').selectOption({ index: 1 });
  await cv
    .getByText(
      'Vous regardez la version 1, une version ancienne : elle reste telle quelle, avec les commentaires qu’elle a reçus. Pour commenter, revenez à la dernière version (2).',
    )
    .waitFor();
  await cv.getByText('Précisez le volume : combien de livraisons par jour ?').waitFor();
  await expect(cv.getByRole('button', { name: /^Commenter la ligne/ }).count()).resolves.toBe(0);
  await check('cv-earlier-1440');
  await atPhoneSize(page, () => check('cv-earlier-390'));
  await cv.getByLabel('Version affichée').selectOption({ index: 0 });
  await cv
    .getByRole('button', { name: 'Commenter la ligne « Réception et contrôle de 40 livraisons par jour »' })
    .waitFor();

  // The week: next week by keyboard, with Samira's follow-up in Paris time (which took place).
  await ops.ok(`mutation C($id: ID!) { completeSession(sessionId: $id) { status } }`, { id: sessionId });
  await page.getByRole('link', { name: 'Agenda' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mon agenda' }).waitFor();
  await check('calendar-1440');
  await page.getByRole('link', { name: 'Semaine suivante →' }).focus();
  await page.keyboard.press('Enter');
  const parisTime = DateTime.fromISO(sessionStartsAt).setZone('Europe/Paris').toFormat('HH:mm');
  const session = page.locator('.coach-session').filter({ hasText: 'Entretien de suivi' });
  await session.getByRole('link', { name: 'Samira Benali' }).waitFor();
  await session.getByText(new RegExp(`^${parisTime} – `)).waitFor();
  await check('calendar-next-1440');
  await atPhoneSize(page, () => check('calendar-next-390'));

  // From the week, the coach writes their confidential note and the summary of the follow-up for
  // Samira, each started from the follow-up's headings.
  await session.getByRole('link', { name: 'Notes et compte rendu' }).click();
  await page.getByRole('heading', { level: 1, name: 'Notes et compte rendu' }).waitFor();
  await page.getByText('Vous seul(e) la lisez').waitFor();
  await page.getByRole('button', { name: 'Écrire ma note' }).click();
  const note = page.getByLabel('Note', { exact: true });
  await expect(note.inputValue()).resolves.toContain('Avancées depuis le dernier rendez-vous');
  await note.fill('Avancées depuis le dernier rendez-vous\n\nCV repris ; hésite sur la mobilité.');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText('C’est enregistré.').waitFor();
  await page.getByText('CV repris ; hésite sur la mobilité.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Écrire le compte rendu' }).click();
  await expect(page.getByLabel('Ce que nous avons vu').inputValue()).resolves.toContain('Où vous en êtes');
  await page.getByLabel('Prochaines étapes').fill(' ');
  await page.getByRole('button', { name: 'Envoyer à la personne' }).click();
  await page.getByText('Indiquez au moins une prochaine étape.').waitFor();
  await page
    .getByLabel('Prochaines étapes')
    .fill('Envoyer trois candidatures avant le prochain rendez-vous.');
  await page.getByRole('button', { name: 'Envoyer à la personne' }).click();
  await page.getByText('C’est envoyé : la personne peut lire le compte rendu.').waitFor();
  await page.getByText('Pas encore confirmé par la personne.').waitFor();
  await check('notes-1440');
  await atPhoneSize(page, () => check('notes-390'));
  // The labour market near where people live: a town searched, its zone's occupations as bars.
  await page.getByRole('link', { name: 'Marché du travail' }).click();
  await page.getByRole('heading', { level: 1, name: 'Le marché du travail près de chez eux' }).waitFor();
  await page.getByLabel('Commune ou zone d’emploi').fill('Villeurbanne');
  await page.getByRole('button', { name: 'Chercher' }).click();
  await page.getByRole('link', { name: /^Zone d’emploi de Zone Lyon/ }).click();
  const market = page.getByRole('table', { name: /Les métiers qui recrutent le plus dans la zone/ });
  await market.getByRole('row', { name: /Magasiniers 320/ }).waitFor();
  await page.getByText('Source : France Travail, enquête BMO 2025 ; Insee, Zones d’emploi 2020.').waitFor();
  await check('market-1440');
  await atPhoneSize(page, () => check('market-390'));

  // From the distress banner to Karim's file: why he was flagged, and his track changed by the coach.
  await page
    .getByRole('alert')
    .filter({ hasText: 'en détresse' })
    .getByRole('link', { name: 'Karim Haddad' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Karim Haddad' }).waitFor();
  await page
    .getByText('Détresse signalée : dit se sentir dépassé(e) au point de ne plus faire face')
    .waitFor();
  await page.getByText('Changer d’orientation').focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Nouvelle orientation').selectOption({ label: 'Reconversion' });
  await page.getByLabel('Pourquoi', { exact: true }).fill('Souhaite se former au métier d’aide-soignant');
  await page.getByRole('button', { name: 'Changer l’orientation' }).click();
  await page.getByText('Orientation changée. Le parcours suivra.').waitFor();
  await page.getByText('Orientation : Reconversion.').waitFor();
  await page.getByText('(choisie par le consultant)').waitFor();
  await check('file-distress-1440');

  // The same file in English, the distress banner still on top.
  await page.getByRole('button', { name: 'Read in English' }).click();
  await page.getByText('Track: Retraining.').waitFor();
  await page.getByRole('alert').filter({ hasText: 'Contact first: 1 person(s) in distress' }).waitFor();
  await check('file-distress-en-1440');

  // Karim falls ill: his coach pauses the support until he is back (what it does said first), then
  // notes his return.
  await page.getByRole('button', { name: 'Pause the support' }).click();
  await page.getByText('While paused, upcoming appointments are cancelled').waitFor();
  await page.getByRole('button', { name: 'Confirm the pause' }).click();
  await page.getByText('Choose a reason.').waitFor();
  await page.getByLabel('Reason').selectOption('ILLNESS');
  await page.getByLabel('Expected back on').fill(DateTime.now().plus({ days: 21 }).toISODate()!);
  await page.getByRole('button', { name: 'Confirm the pause' }).click();
  await page.getByText('The support is paused.').waitFor();
  await page.getByText('Today: coaching paused.').waitFor();
  await check('file-paused-en-1440');
  await page.getByRole('button', { name: 'Record the person’s return' }).click();
  await page.getByText('Done: the support resumes.').waitFor();
}
