import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { assessmentDataSourceOptions } from '@passerelle/assessment/data-access';
import { importProjectInstruments, importRiasec, importRome } from '@passerelle/assessment/feature-import';
import { matchingDataSourceOptions } from '@passerelle/matching/data-access';
import { importReferenceData } from '@passerelle/matching/feature-reference';
import {
  ACCESS_LINK,
  bookSession,
  coachAssignedTo,
  createCoach,
  createOffice,
  enrol,
  HAND_WORKED_RIASEC,
  Mailbox,
  setUpProgramme,
  waitFor,
  weekdays,
  type RiasecType,
} from '@passerelle/shared/testing';
import { screenshot, seriousViolations } from '../browser/chromium';
import type { RunningPlatform } from './platform-harness';
import { choosePassword, signIn, startConsole } from './console-harness';

// The person's console in Debian's Chromium on a phone, against the whole platform: after the
// starting questionnaire they book their welcome meeting from their coach's free slots, move it,
// book and cancel a follow-up; take the RIASEC test their plan gave them, one question at a time;
// see a calm "your coach will go through them with you" until the coach's debrief (recorded through
// the API: the coach's screens are another suite's), then their results and the PDF report; read
// their plan, suggestions and job leads (with feedback), messages and privacy screens (consent,
// text reminders, a copy of their data). axe-core checks every screen, one of them at 1440 px.

const ROOT = join(__dirname, '..', '..');
const PASSWORD = 'une nouvelle page commence';
const PHONE = { width: 390, height: 844 };
const DESK = { width: 1440, height: 900 };
const { mailbox } = Mailbox.fromEnvironment();
const LYON = randomUUID();

let platform: RunningPlatform;
let browser: Browser;
let consoleUrl: string;

beforeAll(async () => {
  ({ platform, consoleUrl, browser } = await startConsole());
  // Reference data, loaded as an operator would with the import commands.
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
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** The screen's main heading, waited for; on failure, what the page shows. */
async function onScreen(page: Page, heading: string): Promise<void> {
  await page
    .getByRole('heading', { level: 1, name: heading })
    .waitFor({ timeout: 30_000 })
    .catch(async (error: unknown) => {
      await screenshot(page, 'candidate-failure-390');
      throw new Error(`${String(error)}\nat ${page.url()}:\n${await page.locator('body').innerText()}`);
    });
}

describe('the console, for a person on their phone, from booking to their results', () => {
  it('books, moves and cancels sessions, takes the RIASEC test, gets results after the debrief and the PDF, and visits every screen', async () => {
    const ops = platform.as(await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] }));
    await createOffice(ops, { id: LYON, openingHours: weekdays('08:00', '19:00'), minimumNoticeMinutes: 60 });
    const coachId = await createCoach(ops, { displayName: 'Claire Martin', officeIds: [LYON] });
    const { programmeId } = await setUpProgramme(ops, {
      sponsorName: 'Acme Industrie',
      name: 'PSE Acme Lyon 2026',
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
    const address = `ines.${randomUUID().slice(0, 8)}@acme-industrie.test`;
    const candidateId = await enrol(ops, {
      programmeId,
      firstName: 'Inês',
      lastName: 'Moreira',
      email: address,
      formerJobTitle: 'Magasinière cariste',
      formerOccupationCode: 'N1103',
      languages: ['fr'],
    });
    const coach = platform.as(
      await platform.token({ sub: 'coach-claire', role: 'coach', coach_id: coachId, office_ids: [LYON] }),
    );
    const [invitation] = await mailbox.waitForMessagesTo(address, 1);
    const link = await mailbox.find(invitation!, ACCESS_LINK);

    const context = await browser.newContext({ viewport: PHONE, locale: 'fr-FR', deviceScaleFactor: 1 });
    const page = await context.newPage();
    const screens: { screen: string; violations: unknown[] }[] = [];
    const check = async (screen: string) => {
      screens.push({ screen, violations: await seriousViolations(page) });
      await screenshot(page, `candidate-${screen}`);
    };
    const section = (name: string) =>
      page.getByRole('navigation', { name: 'Rubriques' }).getByRole('link', { name, exact: true }).click();

    // Invitation, sign-in, the starting questionnaire (as console.e2e-spec.ts).
    await choosePassword(page, link!, PASSWORD);
    await signIn(page, consoleUrl, address, PASSWORD);
    await onScreen(page, 'Bonjour Inês');
    await check('home-390');
    await page.getByRole('link', { name: 'Répondre au questionnaire de départ' }).click();
    await onScreen(page, 'Questionnaire de départ');
    await page.locator('fieldset.question').first().waitFor();
    for (const question of await page.locator('fieldset.question').all()) {
      const radio = question.locator('input[type="radio"]').first();
      const checkbox = question.locator('input[type="checkbox"]').first();
      const number = question.locator('input[type="number"]');
      const text = question.locator('input[type="text"]');
      if (await radio.count()) await radio.check();
      else if (await checkbox.count()) await checkbox.check();
      else if (await number.count()) {
        await number.fill('10');
        await number.blur();
      } else if (await text.count()) {
        await text.fill('fr, en');
        await text.blur();
      }
      await question.getByText('Réponse enregistrée').waitFor();
    }
    await page
      .getByText('Toutes les questions obligatoires ont une réponse.')
      .waitFor()
      .catch(async (error: unknown) => {
        await screenshot(page, 'candidate-failure-390');
        throw new Error(`${String(error)}\n${await page.locator('main').innerText()}`);
      });
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await onScreen(page, 'Bonjour Inês');
    expect(await coachAssignedTo(ops, candidateId)).toBe(coachId);

    // Sessions: the welcome meeting booked from the coach's free slots, the time chosen by keyboard.
    await section('Rendez-vous');
    await onScreen(page, 'Mes rendez-vous');
    const booking = page.getByRole('region', { name: 'Réserver votre entretien d’accueil' });
    await booking.getByText('Choisissez une heure').waitFor();
    await check('sessions-390');
    await booking.locator('input[name="booking-time"]').first().focus();
    await page.keyboard.press('Space');
    const firstTime = await booking.locator('input[name="booking-time"]:checked').getAttribute('value');
    await booking.getByRole('button', { name: /^Réserver le / }).click();
    await page.getByText(/^C’est réservé : Entretien d’accueil/).waitFor();
    const SESSIONS = `query S($id: ID!) { candidate(id: $id) { sessions { id kind status startsAt } } }`;
    type Seen = { candidate: { sessions: { id: string; kind: string; status: string; startsAt: string }[] } };
    const sessionsOf = async () => (await ops.ok<Seen>(SESSIONS, { id: candidateId })).candidate.sessions;
    expect((await sessionsOf()).map((s) => [s.kind, s.status, new Date(s.startsAt).toISOString()])).toEqual([
      ['WELCOME', 'BOOKED', new Date(firstTime!).toISOString()],
    ]);

    // Moved to another time of the same day.
    const coming = page.getByRole('region', { name: 'À venir' });
    await coming.getByRole('button', { name: 'Changer l’horaire' }).click();
    await coming
      .locator('label.chip', { has: page.locator('input[type="radio"][name$="-time"]') })
      .nth(2)
      .click();
    const movedTo = await coming.locator('input[name$="-time"]:checked').getAttribute('value');
    await coming.getByRole('button', { name: 'Confirmer le nouvel horaire' }).click();
    await page.getByText(/^C’est noté : votre rendez-vous est déplacé/).waitFor();
    expect((await sessionsOf()).map((s) => [s.kind, s.status, new Date(s.startsAt).toISOString()])).toEqual([
      ['WELCOME', 'BOOKED', new Date(movedTo!).toISOString()],
    ]);

    // A follow-up by phone: the time chosen is taken meanwhile (ops book it for the person), which
    // the screen says in words (SLOT_TAKEN), showing the booking among their appointments; the
    // person then cancels it with a reason.
    const followUp = page.getByRole('region', { name: 'Prendre un rendez-vous de suivi' });
    await followUp.getByText('Par téléphone').click();
    await followUp.getByText('Choisissez une heure').waitFor();
    await followUp
      .locator('label.chip', { has: page.locator('input[name="booking-time"]') })
      .last()
      .click();
    const wanted = await followUp.locator('input[name="booking-time"]:checked').getAttribute('value');
    await bookSession(ops, {
      candidateIds: [candidateId],
      kind: 'FOLLOW_UP',
      mode: 'PHONE',
      startsAt: wanted,
    });
    await followUp.getByRole('button', { name: /^Réserver le / }).click();
    await followUp
      .getByRole('alert')
      .getByText('Ce créneau vient d’être pris. Choisissez-en un autre parmi ceux qui restent.')
      .waitFor();
    await expect(
      followUp.getByRole('button', { name: 'Choisissez d’abord un horaire' }).isDisabled(),
    ).resolves.toBe(true);
    const followUpItem = coming.getByRole('listitem').filter({ hasText: 'Entretien de suivi' });
    await followUpItem.waitFor();
    await screenshot(page, 'candidate-sessions-slot-taken-390');
    await followUpItem.getByRole('button', { name: 'Annuler' }).click();
    await followUpItem.getByText('Un imprévu').click();
    await followUpItem.getByRole('button', { name: 'Confirmer l’annulation' }).click();
    await page.getByText(/^Votre rendez-vous du .* est annulé/).waitFor();
    await screenshot(page, 'candidate-sessions-after-390');
    expect(
      (await sessionsOf())
        .map((s) => [s.kind, s.status])
        .sort(([a], [b]) => (a ?? '').localeCompare(b ?? '')),
    ).toEqual([
      ['FOLLOW_UP', 'CANCELLED'],
      ['WELCOME', 'BOOKED'],
    ]);

    // A follow-up took place (booked by ops, completed by the coach) and the coach wrote its summary:
    // the person reads it under their past appointments and says they read it.
    const { availableSlots } = await ops.ok<{ availableSlots: { startsAt: string }[] }>(
      `query S($input: AvailabilityInput!) { availableSlots(input: $input) { startsAt } }`,
      {
        input: {
          coachId,
          from: new Date(Date.now() + 2 * 86_400_000).toISOString(),
          to: new Date(Date.now() + 9 * 86_400_000).toISOString(),
          kind: 'FOLLOW_UP',
          mode: 'PHONE',
        },
      },
    );
    const held = await bookSession<{ id: string }>(ops, {
      candidateIds: [candidateId],
      kind: 'FOLLOW_UP',
      mode: 'PHONE',
      startsAt: availableSlots.at(-1)!.startsAt,
    });
    await coach.ok(`mutation C($id: ID!) { completeSession(sessionId: $id) { status } }`, { id: held.id });
    await coach.ok(
      `mutation W($input: WriteSessionSummaryInput!) { writeSessionSummary(input: $input) { current { version } } }`,
      {
        input: {
          sessionId: held.id,
          candidateId,
          text: 'Où vous en êtes\n\nVotre CV est prêt, votre lettre aussi.',
          nextSteps: 'Envoyer trois candidatures d’ici notre prochain rendez-vous.',
        },
      },
    );
    await page.reload();
    await onScreen(page, 'Mes rendez-vous');
    const past = page.getByRole('region', { name: 'Passés et annulés' });
    await past.getByText('Le compte rendu de votre consultant : à lire').waitFor();
    await past.getByText('Envoyer trois candidatures d’ici notre prochain rendez-vous.').waitFor();
    await check('sessions-summary-390');
    await past.getByRole('button', { name: 'J’ai lu ce compte rendu' }).click();
    await page.getByText('Merci, votre consultant sait que vous l’avez lu.').waitFor();
    await past.getByText(/^Vous l’avez lu le /).waitFor({ state: 'attached' });

    // The plan drafted from the diagnostic and the programme's terms.
    await section('Parcours');
    await onScreen(page, 'Mon parcours');
    await page.getByRole('heading', { name: /^Accueil et diagnostic/ }).waitFor();
    await page.getByRole('heading', { name: /^Explorer les pistes/ }).waitFor();
    await check('plan-390');

    // The RIASEC test the plan gave them, a question at a time, each answer saved.
    await section('Tests');
    await onScreen(page, 'Mes tests');
    // PathwayPlanned -> the assessment service gives the person the plan's RIASEC test.
    const assessmentId = await waitFor(
      async () =>
        (
          await coach.ok<{ candidate: { assessments: { id: string; instrumentCode: string }[] } }>(
            `query A($id: ID!) { candidate(id: $id) { assessments { id instrumentCode } } }`,
            { id: candidateId },
          )
        ).candidate.assessments.find((test) => test.instrumentCode === 'riasec-markers-48')?.id,
      { what: 'the RIASEC test assigned from the plan', timeoutMs: 60_000 },
    );
    await section('Accueil');
    await section('Tests');
    const start = page.locator(`a[href="/assessments/${assessmentId}"]`);
    await expect(start.innerText()).resolves.toMatch(/^Commencer : /);
    await check('tests-390');
    await start.click();
    await onScreen(page, 'Test');
    await check('test-question-390');
    for (let number = 1; number <= 48; number++) {
      const question = page.getByRole('region', { name: `Question ${number} sur 48` });
      await question.waitFor();
      const name = await question.locator('input[type="radio"]').first().getAttribute('name');
      const [, type, index] = /^item-([RIASEC])(\d)$/.exec(name ?? '') ?? [];
      const value = HAND_WORKED_RIASEC[type as RiasecType][Number(index) - 1];
      const choice = question.locator(`input[type="radio"][value="${value}"]`);
      if (number === 1) {
        await choice.focus();
        await page.keyboard.press('Space');
      } else await choice.check();
    }
    await page.getByText('Vous avez répondu à toutes les questions.').waitFor();
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await page.getByRole('heading', { name: 'Vos réponses sont envoyées' }).waitFor();
    await expect(page.getByText(/Votre consultant parcourra les résultats avec vous/).count()).resolves.toBe(
      1,
    );
    await check('test-waiting-390');
    await page.getByRole('link', { name: 'Retour à mes tests' }).click();
    await onScreen(page, 'Mes tests');
    await page
      .getByText(/^Merci, c’est envoyé. Votre consultant parcourra les résultats avec vous/)
      .waitFor();
    await expect(page.getByRole('link', { name: /^Voir mes résultats/ }).count()).resolves.toBe(0);

    // The coach's debrief releases the results.
    await coach.ok(`mutation D($input: RecordDebriefInput!) { recordDebrief(input: $input) { status } }`, {
      input: { assessmentId, notes: 'Profil social marqué ; explorer la formation.' },
    });
    await section('Accueil');
    await section('Tests');
    await page.getByRole('link', { name: /^Voir mes résultats/ }).click();
    await onScreen(page, 'Test');
    await page.getByText('Votre profil : SIR').waitFor();
    await check('test-results-390');
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le compte rendu (PDF)' }).click(),
    ]);
    const pdf = await readFile((await report.path())!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
    await page.getByText('Le compte rendu est téléchargé.').waitFor();

    // Suggestions and a job lead, with the person's feedback.
    const offer = await ops.ok<{ publishJobOffer: { id: string } }>(
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
    await waitFor(
      async () =>
        (
          await ops.ok<{ candidate: { recommendations: unknown[]; matches: { offer: { id: string } }[] } }>(
            `query M($id: ID!) { candidate(id: $id) { recommendations { id } matches { offer { id } } } }`,
            { id: candidateId },
          )
        ).candidate.matches.some((match) => match.offer.id === offer.publishJobOffer.id),
      { what: 'the offer matched to the person', timeoutMs: 60_000 },
    );
    await section('Plus');
    await onScreen(page, 'Plus');
    await check('more-390');
    await page.getByRole('link', { name: 'Ouvrir : Pistes de métiers' }).click();
    await onScreen(page, 'Pistes de métiers');
    const lead = page.getByRole('region', { name: "Responsable d'entrepôt" });
    await lead.waitFor();
    await page
      .getByText(/projets de recrutement/)
      .first()
      .waitFor();
    await check('suggestions-390');
    await lead.getByRole('button', { name: 'Ça m’intéresse' }).click();
    await lead.getByText('Noté : votre consultant verra que cette offre vous intéresse.').waitFor();

    // Messages: the bookings told in-app; all marked read.
    await section('Plus');
    await page.getByRole('link', { name: 'Ouvrir : Messages' }).click();
    await onScreen(page, 'Messages');
    await page.getByText(/message\(s\) non lu\(s\)/).waitFor({ timeout: 30_000 });
    await check('messages-390');
    await page.getByRole('button', { name: 'Tout marquer comme lu' }).click();
    await page.getByText('Vous avez tout lu.').waitFor();
    // Job leads and follow-up reminders no longer by email: saved, and so when the screen asks
    // the server again.
    const choices = page.getByRole('region', { name: 'Vos choix de messages' });
    const leadsByEmail = choices.getByLabel('les nouvelles offres repérées pour vous');
    await leadsByEmail.uncheck();
    const followUpsByEmail = choices.getByLabel('le rappel de relancer une candidature restée sans réponse');
    await followUpsByEmail.uncheck();
    await choices.getByRole('button', { name: 'Enregistrer mes choix' }).click();
    await choices.getByText('Vos choix sont enregistrés.').waitFor();
    await section('Plus');
    await page.getByRole('link', { name: 'Ouvrir : Messages' }).click();
    await leadsByEmail.waitFor();
    await expect(leadsByEmail.isChecked()).resolves.toBe(false);
    await expect(followUpsByEmail.isChecked()).resolves.toBe(false);
    await expect(choices.getByLabel('les rappels avant un rendez-vous').isChecked()).resolves.toBe(true);

    // Applications: one recorded (what the follow-up delay means said in words), its status changed
    // with its day, the counts and the filter.
    await section('Plus');
    await page.getByRole('link', { name: 'Ouvrir : Mes candidatures' }).click();
    await onScreen(page, 'Mes candidatures');
    const record = page.getByRole('region', { name: 'Noter une candidature' });
    await record.getByRole('button', { name: 'Enregistrer la candidature' }).click();
    await expect(record.getByText('Ce champ est à remplir.').count()).resolves.toBe(2);
    await record.getByLabel('Entreprise').fill('Entrepôts Rhône Logistique');
    await record.getByLabel('Poste').fill('Préparatrice de commandes');
    await record.getByLabel('Comment vous l’avez envoyée').selectOption('COMPANY_WEBSITE');
    await record.getByLabel('Relance après (en jours)').fill('7');
    await record
      .getByText(/^Sans réponse au bout de 7 jours, nous vous rappellerons de relancer l’entreprise, le /)
      .waitFor();
    await record.getByRole('button', { name: 'Enregistrer la candidature' }).click();
    await record.getByText('Votre candidature chez Entrepôts Rhône Logistique est enregistrée.').waitFor();
    const application = page.getByRole('region', {
      name: 'Préparatrice de commandes, Entrepôts Rhône Logistique',
    });
    await application
      .getByText(/^Sans réponse au bout de 7 jours, nous vous rappellerons de relancer le /)
      .waitFor();
    await check('applications-390');
    await application.getByText('Modifier les notes ou le délai de relance').click();
    await application.getByLabel('Relance après (en jours)').fill('61');
    await application.getByText('Un nombre entier de jours, de 1 à 60.').waitFor();
    await application.getByLabel('Relance après (en jours)').fill('14');
    await application.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await application.getByText('Modifications enregistrées.').waitFor();
    await application
      .getByText(/^Sans réponse au bout de 14 jours, nous vous rappellerons de relancer le /)
      .waitFor();
    await application.getByText('Donner des nouvelles de cette candidature').click();
    await application.getByLabel('Nouveau statut').selectOption('INTERVIEW');
    await application.getByRole('button', { name: 'Enregistrer ce statut' }).click();
    await application.getByText('C’est noté.').waitFor();
    await page
      .getByRole('region', { name: 'En chiffres' })
      .getByText(/^1\s*avec entretien$/)
      .waitFor();
    await page.getByLabel('Afficher').selectOption('REFUSED');
    await page.getByText('Aucune candidature avec ce statut.').waitFor();
    const APPLICATIONS = `query A($id: ID!) { jobApplications(candidateId: $id) { id company followUpDays status history { status } } }`;
    const { jobApplications } = await coach.ok<{
      jobApplications: {
        id: string;
        company: string;
        followUpDays: number;
        status: string;
        history: { status: string }[];
      }[];
    }>(APPLICATIONS, { id: candidateId });
    expect(
      jobApplications.map(({ company, followUpDays, status, history }) => [
        company,
        followUpDays,
        status,
        history.map((h) => h.status),
      ]),
    ).toEqual([['Entrepôts Rhône Logistique', 14, 'INTERVIEW', ['SENT', 'INTERVIEW']]]);

    // The professional project: a typed target, the area and conditions; the coach's verdict read back.
    await section('Plus');
    await page.getByRole('link', { name: 'Ouvrir : Mon projet professionnel' }).click();
    await onScreen(page, 'Mon projet professionnel');
    await page.getByText('Indiquer un autre métier').click();
    await page.getByLabel('Code ROME du métier').fill('n 1103');
    await page.getByLabel('Nom du métier').fill('Magasinage et préparation de commandes');
    await page.getByRole('button', { name: 'Ajouter ce métier' }).click();
    await page.getByText('(N1103)').waitFor();
    await page.getByLabel('Ville ou secteur').fill('Lyon');
    await page.getByLabel('CDI').check();
    await page.getByLabel('Salaire brut annuel souhaité, au moins (en euros, facultatif)').fill('26000');
    await page.getByLabel('Au plus (en euros, facultatif)').fill('24000');
    await page.getByRole('button', { name: 'Enregistrer mon projet' }).click();
    await page.getByText('Ce montant est plus bas que le minimum.').waitFor();
    await page.getByLabel('Au plus (en euros, facultatif)').fill('30000');
    await page.getByRole('button', { name: 'Enregistrer mon projet' }).click();
    await page.getByText('Votre projet est enregistré. Votre consultant le verra.').waitFor();
    await coach.ok(
      `mutation R($input: ReviewProjectFeasibilityInput!) { reviewProjectFeasibility(input: $input) { id } }`,
      {
        input: {
          candidateId,
          trainingNeeded: false,
          skillsHeld: ['Conduite de chariot'],
          verdict: 'FEASIBLE',
          reasoning: 'Le métier recrute à Lyon et votre expérience y répond.',
        },
      },
    );
    await coach.ok(
      `mutation V($id: ID!) { validateProfessionalProject(candidateId: $id, version: 1) { id } }`,
      {
        id: candidateId,
      },
    );
    await page.reload();
    await onScreen(page, 'Mon projet professionnel');
    const verdict = page.getByRole('region', { name: 'L’avis de votre consultant' });
    await verdict.getByText('Réalisable', { exact: true }).waitFor();
    await verdict.getByText('Le métier recrute à Lyon et votre expérience y répond.').waitFor();
    await page.getByText(/^Version 1, validée le /).waitFor();
    await check('project-390');

    // The CV: prepared from what the platform knows, saved, a coach's comment resolved, the PDF.
    await section('Plus');
    await page.getByRole('link', { name: 'Ouvrir : Mon CV' }).click();
    await onScreen(page, 'Mon CV');
    await page.getByRole('button', { name: 'Préparer mon CV' }).click();
    await page
      .getByText('Voici un premier brouillon. Relisez-le, complétez-le, puis enregistrez-le.')
      .waitFor();
    await expect(page.getByLabel('Nom complet').inputValue()).resolves.toBe('Inês Moreira');
    await expect(page.getByLabel('Titre du CV').inputValue()).resolves.toBe('Magasinière cariste');
    await page.getByLabel('Ville', { exact: true }).fill('Vénissieux');
    await page.getByRole('button', { name: 'Ajouter une expérience' }).click();
    await page.getByLabel('Poste').fill('Cariste');
    await page.getByLabel('Employeur').fill('Acme Industrie');
    await page.getByLabel('Début').fill('2015-13');
    await page.getByRole('button', { name: 'Enregistrer mon CV' }).click();
    await page.getByRole('link', { name: /le début s’écrit année-mois/ }).waitFor();
    await page.getByLabel('Début').fill('2015-03');
    await page
      .getByLabel('Ce que vous y faisiez')
      .fill('Chargement et déchargement des camions\nInventaires');
    await page.getByRole('button', { name: 'Enregistrer mon CV' }).click();
    await page.getByRole('region', { name: 'Télécharger mon CV' }).waitFor();
    const CV = `query C($id: ID!) { cv(candidateId: $id) { current { id version headline experiences { employer lines } } } }`;
    const saved = await coach.ok<{
      cv: {
        current: {
          id: string;
          version: number;
          headline: string;
          experiences: { employer: string; lines: string[] }[];
        };
      };
    }>(CV, { id: candidateId });
    expect(saved.cv.current).toMatchObject({
      version: 1,
      headline: 'Magasinière cariste',
      experiences: [
        { employer: 'Acme Industrie', lines: ['Chargement et déchargement des camions', 'Inventaires'] },
      ],
    });
    await coach.ok(`mutation M($input: CommentCvLineInput!) { commentCvLine(input: $input) { id } }`, {
      input: {
        versionId: saved.cv.current.id,
        section: 'EXPERIENCES',
        line: 2,
        text: 'Dites combien de références.',
      },
    });
    await page.reload();
    await onScreen(page, 'Mon CV');
    const remarks = page.getByRole('region', { name: 'Remarques de votre consultant (version 1)' });
    await remarks.getByText('Expériences, ligne 3').waitFor();
    await remarks.getByText('Inventaires', { exact: true }).waitFor();
    await check('cv-390');
    await remarks.getByRole('button', { name: 'Marquer comme traitée' }).click();
    await remarks.getByText(/^Traitée le /).waitFor();
    const downloads = page.getByRole('region', { name: 'Télécharger mon CV' });
    await downloads.getByLabel('Mise en page').selectOption('MODERNE');
    const [cvFile] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('button', { name: 'Télécharger en PDF' }).click(),
    ]);
    expect(cvFile.suggestedFilename()).toBe('cv-v1-moderne.pdf');
    expect((await readFile((await cvFile.path())!)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A second version saved: the remarks on the first stay readable, picked from the versions.
    await page.getByLabel('Titre du CV').fill('Magasinière cariste, CACES 1 et 3');
    await page.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
    await page.getByRole('region', { name: 'Remarques de votre consultant (version 2)' }).waitFor();
    await page.getByLabel('Version affichée (ses remarques et ses fichiers)').selectOption({ index: 1 });
    await page
      .getByText(
        'Vous regardez la version 1, une version ancienne : elle reste telle quelle. Vos modifications ci-dessous partent toujours de la dernière version (2).',
      )
      .waitFor();
    const earlier = page.getByRole('region', { name: 'Remarques de votre consultant (version 1)' });
    await earlier.getByText('Dites combien de références.').waitFor();
    await check('cv-earlier-390');

    // Interview practice for the application: a draft, then the answer sent, the coach's review read.
    await section('Plus');
    await page.getByRole('link', { name: 'Ouvrir : M’entraîner aux entretiens' }).click();
    await onScreen(page, 'M’entraîner aux entretiens');
    await page.getByLabel('Pour quoi vous entraîner').selectOption(jobApplications[0]!.id);
    await page.getByLabel('Nombre de questions').selectOption('3');
    await page.getByRole('button', { name: 'Commencer', exact: true }).click();
    await onScreen(page, 'Entraînement à l’entretien');
    const first = page.getByRole('region', { name: 'Question 1' });
    await first.getByLabel('La situation').fill('Fermeture du site de Lyon annoncée en mars.');
    await first.getByRole('button', { name: 'Envoyer à mon consultant' }).click();
    await first.getByText(/^Pour envoyer, remplissez aussi : /).waitFor();
    await first.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await first.getByText('Brouillon enregistré.').waitFor();
    await first.getByText(/^À compléter : /).waitFor();
    await first
      .getByLabel('Ce que vous deviez faire')
      .fill('Former deux collègues au nouveau logiciel de stock.');
    await first
      .getByLabel('Ce que vous avez fait')
      .fill('J’ai préparé un guide et des séances courtes chaque matin.');
    await first.getByLabel('Le résultat').fill('Les deux collègues étaient autonomes en deux semaines.');
    await check('practice-390');
    await first.getByRole('button', { name: 'Envoyer à mon consultant' }).click();
    await first.getByText('Envoyée. Votre consultant la lira et vous donnera son avis ici.').waitFor();
    const SESSION = `query S($id: ID!) { interviewPracticeSessions(candidateId: $id) { applicationId questions { position answer { id status } } } }`;
    const [practice] = (
      await coach.ok<{
        interviewPracticeSessions: {
          applicationId: string;
          questions: { position: number; answer: { id: string; status: string } | null }[];
        }[];
      }>(SESSION, { id: candidateId })
    ).interviewPracticeSessions;
    expect(practice!.applicationId).toBe(jobApplications[0]!.id);
    const answer = practice!.questions.find((question) => question.position === 1)!.answer!;
    expect(answer.status).toBe('SUBMITTED');
    await coach.ok(
      `mutation R($input: ReviewPracticeAnswerInput!) { reviewPracticeAnswer(input: $input) { id } }`,
      {
        input: {
          answerId: answer.id,
          structure: 4,
          concreteness: 3,
          result: 3,
          clarity: 4,
          comment: 'Clair et concret.',
        },
      },
    );
    await page.reload();
    await onScreen(page, 'Entraînement à l’entretien');
    await first.getByText('Note d’ensemble : 14 sur 16').waitFor();
    await first.getByText('Clair et concret.').waitFor();

    // Privacy: consent to the notice, text reminders, a copy of their data.
    await section('Plus');
    await page.getByRole('link', { name: 'Ouvrir : Mes données' }).click();
    await onScreen(page, 'Mes données');
    await page.getByRole('button', { name: 'J’accepte la notice' }).click();
    await page.getByRole('button', { name: 'Retirer mon accord' }).waitFor();
    await page.getByLabel('Numéro de portable').fill('06 12 34');
    await page.getByText('Ce numéro n’est pas un numéro de portable.').waitFor();
    await page.getByLabel('Numéro de portable').fill('06 12 34 56 78');
    await page.getByRole('button', { name: 'Recevoir les rappels par SMS' }).click();
    await page.getByText('C’est noté : vous recevrez les rappels par SMS.').waitFor();
    await check('privacy-390');
    const [copy] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger mes données' }).click(),
    ]);
    const exported = JSON.parse(await readFile((await copy.path())!, 'utf8')) as unknown;
    expect(JSON.stringify(exported)).toContain('Moreira');
    // The copy gathers every service: each part named with what it holds, then the readable summary.
    await page.getByRole('heading', { name: 'Ce que contient votre copie' }).waitFor();
    await page.getByText(/^Tests et restitutions : \d+ élément/).waitFor();
    await page.getByText(/^Consultant, rendez-vous et ateliers : \d+ élément/).waitFor();
    const [summary] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le résumé lisible' }).click(),
    ]);
    const readable = await readFile((await summary.path())!, 'utf8');
    expect(readable).toMatch(/^<!doctype html>/);
    expect(readable).toContain('Vos données personnelles');
    const PRIVACY = `query P($id: ID!) { candidate(id: $id) { consent { current } smsReminders { granted mobile } } }`;
    expect(await ops.ok(PRIVACY, { id: candidateId })).toEqual({
      candidate: { consent: { current: true }, smsReminders: { granted: true, mobile: '+33612345678' } },
    });

    // Asking to be erased: confirmed once (or not), then the request and the day the office answers by.
    await page.getByRole('button', { name: 'Demander l’effacement de mes données' }).click();
    await page.getByRole('button', { name: 'Non, garder mes données' }).click();
    await page.getByRole('button', { name: 'Demander l’effacement de mes données' }).click();
    await check('privacy-erasure-390');
    await page.getByRole('button', { name: 'Oui, demander l’effacement' }).click();
    await page.getByText(/^Vous avez demandé l’effacement de vos données le /).waitFor();
    expect(await ops.ok(`{ erasureRequests { candidateId } }`)).toEqual({
      erasureRequests: [{ candidateId }],
    });

    // The narrowest phone: nothing wider than the screen, the five sections included.
    await page.setViewportSize({ width: 360, height: 780 });
    await section('Accueil');
    await onScreen(page, 'Bonjour Inês');
    await expect(
      page.evaluate(
        `[document.documentElement.scrollWidth, document.querySelector('nav.sections').scrollWidth]`,
      ),
    ).resolves.toEqual([360, 360]);

    // Home, then sessions, on a wide screen.
    await page.setViewportSize(DESK);
    await section('Accueil');
    await onScreen(page, 'Bonjour Inês');
    await page.getByText(/^Entretien d’accueil, /).waitFor();
    await check('home-1440');
    await section('Rendez-vous');
    await onScreen(page, 'Mes rendez-vous');
    await page.getByText('Choisissez une heure').first().waitFor();
    await check('sessions-1440');
    // The same screen in English, from the header's switch.
    await page.getByRole('button', { name: 'Read in English' }).click();
    await onScreen(page, 'My appointments');
    await page.getByRole('region', { name: 'Book a follow-up meeting' }).waitFor();

    console.info(`candidate console screens checked by axe-core: ${JSON.stringify(screens)}`);
    expect(screens).toEqual(
      [
        'home-390',
        'sessions-390',
        'sessions-summary-390',
        'plan-390',
        'tests-390',
        'test-question-390',
        'test-waiting-390',
        'test-results-390',
        'more-390',
        'suggestions-390',
        'messages-390',
        'applications-390',
        'project-390',
        'cv-390',
        'cv-earlier-390',
        'practice-390',
        'privacy-390',
        'privacy-erasure-390',
        'home-1440',
        'sessions-1440',
      ].map((screen) => ({ screen, violations: [] })),
    );
    await context.close();
  }, 600_000);
});
