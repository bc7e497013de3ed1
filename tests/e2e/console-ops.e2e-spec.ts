import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { parisDate, workingDaysBetween } from '@passerelle/shared/calendar';
import { PinnableClock } from '@passerelle/shared/clock';
import {
  coachAssignedTo,
  createCoach,
  createOffice,
  enrol,
  setUpProgramme,
  waitFor,
  weekdays,
} from '@passerelle/shared/testing';
import { AccountRepository, identityDataSourceOptions } from '@passerelle/identity/data-access';
import { newAccount } from '../../apps/identity/src/test/identity-test-kit';
import { screenshot, seriousViolations, type AxeViolation } from '../browser/chromium';
import type { RunningPlatform } from './platform-harness';
import { signIn, startConsole } from './console-harness';

// The ops console in Debian's Chromium, against the whole platform: an ops member of the Lyon
// office signs in through identity (password, then setting up the TOTP second factor from the key
// the page shows), creates the office with a room and a coach, edits both and takes the room out of
// service and back, creates and contracts a programme, amends it, imports an HR file (a progress
// bar to the end, the rows sent back with their row, column and reason, the report downloaded),
// maps the columns of a file whose headers intake does not know, gives a waiting person a coach
// from the assignment queue (by keyboard), records that person's outcome and a valid job offer,
// closes the programme, then contracts a draft and reads it in English. Desktop 1440x900; the queue, the programmes and an import's results on a 390 px
// phone; axe-core on every screen. Then, on a programme whose facts are set up through the gateway
// (the services' clock pinned three weeks back for one enrolment), ops read its service levels: a
// person left without a first meeting beyond the term, a coach above the people-per-consultant
// term, the coaches' workload, a past date and a date to come; and who downloaded the committee
// pack and the DREETS report.

const PASSWORD = 'un long chemin vers le travail';
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const LYON = randomUUID();

// The services' clock: the machine's, pinned only while a person is enrolled three weeks back.
const clock = new PinnableClock();
let platform: RunningPlatform;
let identityDatabase: DataSource;
let browser: Browser;
let consoleUrl: string;

beforeAll(async () => {
  ({ platform, consoleUrl, browser } = await startConsole(clock));
  identityDatabase = await new DataSource(
    identityDataSourceOptions(platform.databaseUrls['identity']!),
  ).initialize();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await identityDatabase?.destroy();
  await platform?.stop();
});

/** An HR export as sponsors send it: `;`, a BOM, one row per person. */
const csv = (rows: string[][]) =>
  Buffer.from('\uFEFF' + rows.map((row) => row.join(';')).join('\r\n') + '\r\n');

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

describe('the ops console', () => {
  it('runs a programme from its creation to its closing, with the HR import, on a wide screen and a phone', async () => {
    const ops = await newAccount(PASSWORD, { officeIds: [LYON], displayName: 'Camille Martin' });
    await new AccountRepository(identityDatabase).insert(ops);

    const context = await browser.newContext({ viewport: DESKTOP, locale: 'fr-FR', deviceScaleFactor: 1 });
    const page = await context.newPage();
    const screens: { screen: string; violations: AxeViolation[] }[] = [];
    const check = async (screen: string) => {
      screens.push({ screen, violations: await seriousViolations(page) });
      await screenshot(page, `ops-${screen}`);
    };

    // Signing in: the password, then the second factor set up from the key identity shows.
    await signIn(page, consoleUrl, ops.email, PASSWORD);
    const secret = await page.locator('#secret').getAttribute('data-secret');
    expect(secret).toMatch(/^[A-Z2-7]+$/);
    const totp = new TOTP({ secret: Secret.fromBase32(secret!), algorithm: 'SHA1', digits: 6, period: 30 });
    await page.fill('#code', totp.generate());
    await page.locator('form button[type="submit"]').first().click();
    await page.locator('#continue').click();
    await heading(page, 'Programmes').catch(async (error: unknown) => {
      await screenshot(page, 'ops-failure');
      throw new Error(`${String(error)}\nat ${page.url()}:\n${await page.locator('body').innerText()}`);
    });
    await page.getByText('Aucun programme pour vos agences pour l’instant.').waitFor();
    await check('programmes-empty-1440');

    // The office, with a room and a coach who speaks only German (nobody from the file fits them).
    await page.getByRole('link', { name: 'Agences' }).click();
    await heading(page, 'Agences');
    await page.getByRole('button', { name: 'Créer l’agence' }).click();
    await page.getByText('Donnez un nom à l’agence.').waitFor();
    await check('offices-1440');
    await page.getByLabel('Nom', { exact: true }).fill('Lyon Part-Dieu');
    await page.getByLabel('Adresse').fill('10 rue de la Villette, 69003 Lyon');
    await page.getByRole('button', { name: 'Créer l’agence' }).click();
    await page.getByRole('link', { name: 'Lyon Part-Dieu' }).click();
    await heading(page, 'Lyon Part-Dieu');
    await page.getByLabel('Nom de la salle').fill('Salle Rhône');
    await page.getByLabel('Places').fill('8');
    await page.getByRole('button', { name: 'Ajouter la salle' }).click();
    await page.getByText('La salle « Salle Rhône » est ajoutée.').waitFor();
    await page.getByLabel('Prénom et nom').fill('Jonas Weber');
    const coachEmail = `jonas.weber-${LYON.slice(0, 6)}@cabinet.test`;
    await page.getByLabel('Adresse e-mail professionnelle').fill(coachEmail);
    await page.getByLabel('Langues').fill('de');
    await page.getByRole('button', { name: 'Ajouter le consultant' }).click();
    await page.getByText('Jonas Weber est ajouté·e').waitFor();
    await page.getByText('0/40 personnes').waitFor();
    await page.getByText('Ouverte : lundi au vendredi 09:00–18:00').waitFor();
    await page.getByText('allemand, Retour direct à l’emploi').waitFor();
    await check('office-1440');
    // A second coach at the same address: the server's refusal, in words.
    await page.getByLabel('Prénom et nom').fill('J. Weber');
    await page.getByLabel('Adresse e-mail professionnelle').fill(coachEmail.toUpperCase());
    await page.getByRole('button', { name: 'Ajouter le consultant' }).click();
    await page.getByText('Un consultant a déjà cette adresse e-mail.').waitFor();
    // The room edited, taken out of service (nothing ahead needs it) and put back; the same on a phone.
    const rhone = page.getByRole('listitem').filter({ hasText: 'Salle Rhône' });
    await rhone.getByRole('button', { name: 'Modifier la salle Salle Rhône' }).click();
    const roomForm = page.getByRole('form', { name: 'Modifier la salle Salle Rhône' });
    await roomForm.getByLabel('Places').fill('0');
    await roomForm.getByRole('button', { name: 'Enregistrer' }).click();
    await roomForm.getByText('Un nombre entier d’au moins 1.').waitFor();
    await roomForm.getByLabel('Places').fill('10');
    await roomForm.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('10 places').waitFor();
    await rhone.getByRole('button', { name: 'Mettre hors service' }).click();
    await page.getByText('Salle Rhône est hors service.').waitFor();
    await page.setViewportSize(PHONE);
    await check('office-admin-390');
    await page.setViewportSize(DESKTOP);
    await rhone.getByRole('button', { name: 'Remettre en service' }).click();
    await page.getByText('Salle Rhône est de nouveau en service.').waitFor();
    // The consultant's caseload changed from the same page.
    await page.getByRole('button', { name: 'Modifier Jonas Weber' }).click();
    const coachForm = page.getByRole('form', { name: 'Modifier Jonas Weber' });
    await coachForm.getByLabel('Portefeuille maximum').fill('30');
    await coachForm.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('0/30 personnes').waitFor();
    await check('office-admin-1440');

    // A new programme: the form says what is missing as it is filled, then the contract's terms.
    await page.getByRole('link', { name: 'Programmes' }).click();
    await page.getByRole('link', { name: 'Créer un programme' }).click();
    await heading(page, 'Nouveau programme');
    await page.getByLabel('Effectif prévu').fill('0');
    await page.getByText('Un nombre entier d’au moins 1.').waitFor();
    await page.getByLabel('Nom de l’entreprise').fill('Acme Industrie');
    await page.getByLabel('Nom du programme').fill('PSE Acme Lyon 2026');
    await page.getByLabel('Lyon Part-Dieu').check();
    await page.getByLabel('Dispositif').selectOption('PSE');
    await page.getByLabel('Sites concernés').fill('Vénissieux, Saint-Priest');
    await page.getByLabel('Effectif prévu').fill('120');
    await page.getByLabel('Date de début').fill('2026-03-02');
    await page.getByLabel('Séances par personne').fill('20');
    await check('programme-new-1440');
    await page.getByRole('button', { name: 'Créer le programme' }).click();
    await page.getByRole('heading', { level: 1, name: 'PSE Acme Lyon 2026' }).waitFor();
    await expect(page.getByText('Contracté', { exact: true }).count()).resolves.toBe(1);

    // Amending the terms.
    await page.getByRole('button', { name: 'Modifier les conditions' }).click();
    await page.getByLabel('Effectif prévu').fill('150');
    await page.getByRole('button', { name: 'Enregistrer les conditions' }).click();
    await page.getByText('Les nouvelles conditions sont enregistrées.').waitFor();
    await expect(page.locator('.ops-facts dd', { hasText: /^150$/ }).count()).resolves.toBe(1);
    await expect(page.locator('.ops-facts dd', { hasText: /^2 mars 2026$/ }).count()).resolves.toBe(1);
    await check('programme-1440');

    // The HR file: five rows, two of them wrong.
    await page.getByRole('link', { name: 'Importer un fichier RH' }).click();
    await heading(page, 'Import du fichier RH');
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByText('Choisissez un fichier.').waitFor();
    await check('import-choose-1440');
    const tag = LYON.slice(0, 8);
    await page.setInputFiles('#import-file', {
      name: 'salariés.csv',
      mimeType: 'text/csv',
      buffer: csv([
        ['Matricule', 'Nom', 'Prénom', 'Email', 'Langues'],
        ['A-1', 'Moreira', 'Inês', `ines.${tag}@acme.test`, 'fr'],
        ['A-2', 'Girard', 'Loïc', `loic.${tag}@acme.test`, 'fr'],
        ['A-3', 'Diallo', 'Awa', 'pas-une-adresse', 'fr'],
        ['A-4', '', 'Paul', `paul.${tag}@acme.test`, 'fr'],
        ['A-5', 'Nguyen', 'Linh', `linh.${tag}@acme.test`, 'fr'],
      ]),
    });
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByText('Terminé', { exact: true }).waitFor({ timeout: 30_000 });
    const bar = page.locator('progress');
    await expect(bar.getAttribute('max')).resolves.toBe('5');
    await expect(bar.getAttribute('value')).resolves.toBe('5');
    await page.getByText('5 lignes traitées sur 5').waitFor();
    await page
      .getByText(
        'Import terminé : 3 personnes inscrites, 0 fiches complétées, 0 inchangées, 2 lignes refusées.',
      )
      .waitFor();
    await page.getByRole('heading', { name: 'Lignes refusées (2)' }).waitFor();
    const rejected = await page
      .locator('.ops-table tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
      );
    expect(rejected.map(([row, column]) => [row, column])).toEqual([
      ['4', 'Email'],
      ['5', 'Nom'],
    ]);
    for (const [, , reason] of rejected) expect(reason).not.toBe('');
    await check('import-done-1440');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le rapport (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('salariés-errors.csv');
    const report = await readFile((await download.path())!, 'utf8');
    expect(report).toContain('pas-une-adresse');
    expect(report.split(/\r?\n/).filter(Boolean)).toHaveLength(3);

    // A file whose headers intake does not know: the columns are said, and it goes through.
    await page.getByRole('button', { name: 'Importer un autre fichier' }).click();
    await page.setInputFiles('#import-file', {
      name: 'export-paie.csv',
      mimeType: 'text/csv',
      buffer: csv([
        ['Code agent', 'Patronyme', 'Petit nom', 'Adresse électronique', 'Langues'],
        ['B-1', 'Bernard', 'Élise', `elise.${tag}@acme.test`, 'fr'],
        ['B-2', 'Roux', 'Hugo', `hugo.${tag}@acme.test`, 'fr'],
      ]),
    });
    await page.getByRole('button', { name: 'Importer' }).click();
    await page
      .getByText('Le fichier n’a pas pu être lu ; rien n’a été enregistré.')
      .waitFor({ timeout: 30_000 });
    await check('import-refused-1440');
    await page.getByRole('button', { name: 'Indiquer les colonnes' }).click();
    await page.getByRole('heading', { name: 'Quelle colonne contient quoi ?' }).waitFor();
    await page.getByRole('button', { name: 'Relancer l’import' }).click();
    await expect(
      page.getByText('Choisissez la colonne qui contient cette information.').count(),
    ).resolves.toBe(4);
    await page.getByLabel('Matricule').selectOption('Code agent');
    await page.getByLabel('Nom (obligatoire)', { exact: true }).selectOption('Code agent');
    await page.getByText('La colonne « Code agent » est choisie deux fois.').first().waitFor();
    await page.getByLabel('Nom (obligatoire)', { exact: true }).selectOption('Patronyme');
    await page.getByLabel('Prénom').selectOption('Petit nom');
    await page.getByLabel('Adresse e-mail').selectOption('Adresse électronique');
    await check('import-mapping-1440');
    await page.getByRole('button', { name: 'Relancer l’import' }).click();
    await page
      .getByText(
        'Import terminé : 2 personnes inscrites, 0 fiches complétées, 0 inchangées, 0 lignes refusées.',
      )
      .waitFor({ timeout: 30_000 });

    // The five people enrolled wait for a coach: the only one speaks German. One is given to them anyway.
    await page.getByRole('link', { name: 'Sans consultant' }).click();
    await heading(page, 'Personnes sans consultant');
    const waiting = page.locator('.ops-cards > li');
    for (let attempt = 0; (await waiting.count()) < 5; attempt++) {
      if (attempt > 60) throw new Error(`the queue shows ${await waiting.count()} people, not 5`);
      await page.waitForTimeout(500);
      await page.reload();
      await heading(page, 'Personnes sans consultant');
      await page.locator('.ops-cards, main p').first().waitFor();
    }
    await page.getByRole('heading', { level: 2, name: 'Inês Moreira' }).waitFor();
    const ines = waiting.filter({ hasText: 'Inês Moreira' });
    await expect(ines.innerText()).resolves.toContain(
      'Les consultants des agences du programme ne conviennent pas',
    );
    await expect(ines.innerText()).resolves.toContain('1 consultant(s) sans langue commune avec la personne');
    await check('queue-1440');

    // By keyboard: open the form, choose the coach, give the reason, send with Enter.
    await ines.getByRole('button', { name: 'Choisir un consultant' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate('document.activeElement.id')).resolves.toMatch(/^coach-/);
    await ines
      .getByLabel('Consultant', { exact: true })
      .selectOption({ label: 'Jonas Weber (Lyon Part-Dieu, 0/30 personnes)' });
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement.id')).resolves.toMatch(/^reason-/);
    await page.keyboard.type('Parle aussi allemand, préfère un consultant disponible tout de suite');
    await page.keyboard.press('Enter');
    await page.getByText('Inês Moreira est désormais accompagné·e par Jonas Weber.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Inês Moreira' }).waitFor({ state: 'detached' });
    await expect(waiting.count()).resolves.toBe(4);

    // Her record, from her coach's caseload: her outcome (the report's rules said as it is typed) and an OVE.
    await page.getByRole('link', { name: 'Agences' }).click();
    await page.getByRole('link', { name: 'Lyon Part-Dieu' }).click();
    await page.getByRole('link', { name: 'Jonas Weber' }).click();
    await heading(page, 'Jonas Weber');
    await page.getByRole('link', { name: 'Inês Moreira' }).waitFor();
    await check('caseload-1440');
    await page.getByRole('link', { name: 'Inês Moreira' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inês Moreira' }).waitFor();
    await page.getByText('Aucune situation enregistrée pour l’instant.').waitFor();
    const today = new Date().toISOString().slice(0, 10);
    await page.getByLabel('Nouvelle situation').selectOption('FIXED_TERM_6_MONTHS_OR_MORE');
    await page.getByLabel('Date de début').fill(today);
    await page.getByLabel('Employeur').first().fill('Boulangerie Martin');
    await page.getByLabel('Durée du contrat (mois)').fill('4');
    await page.getByText('Moins de 6 mois : choisissez « CDD court ou intérim ».').waitFor();
    await page.getByLabel('Durée du contrat (mois)').fill('9');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('La situation est enregistrée.').waitFor();
    const todayInFrench = new Intl.DateTimeFormat('fr-FR', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${today}T00:00:00Z`));
    await page.getByText(`CDD de 6 mois ou plus, à partir du ${todayInFrench}`).waitFor();
    await page.getByRole('heading', { name: 'Corriger la situation' }).waitFor();
    const offer = page.getByRole('form', { name: 'Enregistrer une offre valable d’emploi' });
    await offer.getByLabel('Employeur').fill('Transports Rhône');
    await offer.getByLabel('Poste').fill('Cariste');
    await offer.getByLabel('Date de l’offre').fill(today);
    await offer.getByLabel('Lieu (ville)').fill('Vénissieux');
    await offer.getByLabel('Salaire brut annuel proposé (€)').fill('32000');
    await offer.getByLabel('Salaire brut annuel précédent (€)').fill('34000');
    await offer.getByRole('button', { name: 'Enregistrer l’offre' }).click();
    await page.getByText('L’offre est enregistrée.').waitFor();
    // The OVE register: the offer against the programme's definition, criterion by criterion.
    await page.getByRole('heading', { name: 'Cariste, Transports Rhône' }).waitFor();
    await page.getByText(/94,1 % du salaire précédent/).waitFor();
    await page.getByText('Salaire : oui').waitFor();
    await page.getByText('Durée du contrat : oui').waitFor();
    // The outcome placed her; her trial period ended: ops bring her back, saying why, then pause her.
    await page.getByText('Aujourd’hui : En emploi.').waitFor();
    await page.getByText(/→ En emploi \(solution trouvée\)/).waitFor();
    await page.getByRole('button', { name: 'Réintégrer dans le programme' }).click();
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Dites pourquoi en quelques mots.').waitFor();
    await page.getByLabel('Pourquoi').fill('Période d’essai rompue par l’employeur.');
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('C’est noté : En cours.').waitFor();
    await page.getByText('Période d’essai rompue par l’employeur.').waitFor();
    await page.getByRole('button', { name: 'Mettre en pause' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Motif').selectOption('ILLNESS');
    const back = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Retour prévu le').fill(back);
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('C’est noté : En pause.').waitFor();
    await page
      .getByText(/Retour prévu le/)
      .first()
      .waitFor();
    await check('person-1440');
    await page.setViewportSize(PHONE);
    await check('person-390');
    await page.setViewportSize(DESKTOP);

    // The people of the programme: searched without the accent, filtered, each with coach and outcome.
    await page.getByRole('link', { name: 'Programmes' }).click();
    await page.getByRole('link', { name: 'PSE Acme Lyon 2026' }).click();
    await page.getByRole('link', { name: 'Voir et rechercher les personnes du programme' }).click();
    await heading(page, 'Personnes du programme');
    await page.getByText('5 personne(s)').waitFor();
    await page.getByLabel('Rechercher').fill('ines MOREIRA');
    await page.getByText('1 personne(s)').waitFor();
    const found = page.locator('.people-table tbody tr');
    await expect(found.innerText()).resolves.toMatch(
      /MOREIRA Inês[\s\S]*A-1[\s\S]*Jonas Weber[\s\S]*CDD ou intérim de 6 mois et plus/,
    );
    await page.getByLabel('Rechercher').fill('');
    await page.getByLabel('Consultant').selectOption({ label: 'En attente d’un consultant' });
    await page.getByText('4 personne(s)').waitFor();
    await check('people-1440');
    await page.setViewportSize(PHONE);
    await check('people-390');
    await page.setViewportSize(DESKTOP);
    await found.first().getByRole('link').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const elise = /\/people\/([0-9a-f-]{36})$/.exec(page.url())![1]!;

    // Élise asks to be erased: ops see it on their first screen, and erase her after saying yes.
    const asElise = platform.as(
      await platform.token({ sub: 'elise', role: 'candidate', candidate_id: elise }),
    );
    await asElise.ok(`mutation R($id: ID!) { requestErasure(candidateId: $id) { requestedAt } }`, {
      id: elise,
    });
    await page.getByRole('link', { name: 'Programmes' }).click();
    await page.getByText('1 demande(s) d’effacement à traiter').waitFor();
    await page.getByRole('link', { name: 'Voir les demandes' }).click();
    await heading(page, 'Demandes d’effacement');
    await page.getByRole('heading', { name: 'Élise Bernard (B-1), PSE Acme Lyon 2026' }).waitFor();
    await page.getByRole('button', { name: 'Effacer les données : Élise Bernard' }).click();
    await check('erasure-requests-1440');
    await page.getByRole('button', { name: 'Oui, effacer définitivement' }).click();
    await page.getByText('Élise Bernard : toutes les données sont effacées.').waitFor();
    await page.getByText('Aucune demande en attente.').waitFor();
    expect(
      await asElise.request(`query C($id: ID!) { candidate(id: $id) { id } }`, { id: elise }),
    ).toMatchObject({
      body: { data: { candidate: null } },
    });

    // The same queue on a phone.
    await page.setViewportSize(PHONE);
    await page.getByRole('link', { name: 'Sans consultant' }).click();
    await heading(page, 'Personnes sans consultant');
    await page.getByRole('heading', { level: 2, name: 'Loïc Girard' }).waitFor();
    await check('queue-390');
    // From the queue, how many coaches the programme lacks (its only coach speaks German), on a phone.
    await page.getByRole('link', { name: 'PSE Acme Lyon 2026' }).click();
    await heading(page, 'Consultants manquants : PSE Acme Lyon 2026');
    await page.getByText(/attendent un consultant\. Il manque 1 consultant\(s\)/).waitFor();
    await page.getByRole('link', { name: 'Loïc Girard' }).waitFor();
    await check('capacity-390');
    await page.getByRole('link', { name: 'Programmes' }).click();
    await heading(page, 'Programmes');
    await check('programmes-390');
    // An earlier import's results, opened again from the programme's page.
    await page.getByRole('link', { name: 'PSE Acme Lyon 2026' }).click();
    await page.getByRole('link', { name: 'salariés.csv' }).click();
    await page.getByRole('heading', { name: 'Lignes refusées (2)' }).waitFor();
    await check('import-done-390');
    await page.setViewportSize(DESKTOP);

    // Closing the programme, after saying yes to what it means.
    await page.getByRole('link', { name: 'Retour à « PSE Acme Lyon 2026 »' }).click();
    await page.getByRole('heading', { level: 1, name: 'PSE Acme Lyon 2026' }).waitFor();
    await page.getByRole('heading', { name: 'Situations à la sortie' }).waitFor();
    await page.getByText('3 inscrites, 2 lignes refusées').waitFor();
    await page.getByText('2 inscrites, 0 lignes refusées').waitFor();
    await page.getByRole('button', { name: 'Clore ce programme…' }).click();
    await page.getByText('Clore « PSE Acme Lyon 2026 » ?').waitFor();
    await check('programme-close-1440');
    await page.getByRole('button', { name: 'Oui, clore le programme' }).click();
    await page.getByText('Le programme est clos.').waitFor();
    await expect(page.getByText('Clos', { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Importer un fichier RH' }).count()).resolves.toBe(0);

    // A programme whose contract is not signed yet: a draft, contracted later.
    await page.getByRole('link', { name: 'Programmes' }).click();
    await page.getByRole('link', { name: 'Créer un programme' }).click();
    await page.getByLabel('Entreprise commanditaire').selectOption({ label: 'Acme Industrie' });
    await page.getByLabel('Nom du programme').fill('CSP Acme Lyon 2027');
    await page.getByLabel('Lyon Part-Dieu').check();
    await page.getByLabel('Le contrat est signé : je saisis ses conditions').uncheck();
    await page.getByRole('button', { name: 'Créer le programme' }).click();
    await page.getByRole('heading', { level: 1, name: 'CSP Acme Lyon 2027' }).waitFor();
    await page.getByText('Brouillon', { exact: true }).waitFor();
    await check('programme-draft-1440');
    await page.getByRole('button', { name: 'Saisir le contrat' }).click();
    await page.getByLabel('Dispositif').selectOption('CSP');
    await page.getByLabel('Sites concernés').fill('Vénissieux');
    await page.getByLabel('Effectif prévu').fill('40');
    await page.getByLabel('Date de début').fill('2027-01-04');
    await page.getByLabel('Séances par personne').fill('12');
    await page.getByRole('button', { name: 'Enregistrer les conditions' }).click();
    await page.getByText('Le programme est contracté. Vous pouvez importer le fichier RH.').waitFor();
    await page.getByText('Contracté', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Importer un fichier RH' }).waitFor();

    // The same screen in English.
    await page.getByRole('button', { name: 'Read in English' }).click();
    await page.getByRole('heading', { level: 1, name: 'CSP Acme Lyon 2027' }).waitFor();
    await page.getByText('Contracted', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Import an HR file' }).waitFor();
    await check('programme-en-1440');

    console.info(`ops console screens checked by axe-core: ${JSON.stringify(screens)}`);
    expect(screens).toEqual(
      [
        'programmes-empty-1440',
        'offices-1440',
        'office-1440',
        'office-admin-390',
        'office-admin-1440',
        'programme-new-1440',
        'programme-1440',
        'import-choose-1440',
        'import-done-1440',
        'import-refused-1440',
        'import-mapping-1440',
        'queue-1440',
        'caseload-1440',
        'person-1440',
        'person-390',
        'people-1440',
        'people-390',
        'erasure-requests-1440',
        'queue-390',
        'capacity-390',
        'programmes-390',
        'import-done-390',
        'programme-close-1440',
        'programme-draft-1440',
        'programme-en-1440',
      ].map((screen) => ({ screen, violations: [] })),
    );
    await context.close();
  }, 300_000);

  it('shows a programme’s service levels, its coaches’ workload and who downloaded its documents, on a wide screen and a phone', async () => {
    const VENISSIEUX = randomUUID();
    const manager = await newAccount(PASSWORD, { officeIds: [VENISSIEUX], displayName: 'Nina Petit' });
    await new AccountRepository(identityDatabase).insert(manager);
    // The facts, through the gateway as ops of the office: a coach, a programme whose terms allow one
    // person per consultant, a person enrolled three weeks ago (never met since) and one today.
    const ops = platform.as(await platform.token({ sub: manager.id, role: 'ops', office_ids: [VENISSIEUX] }));
    await createOffice(ops, { id: VENISSIEUX, name: 'Vénissieux Centre', openingHours: weekdays() });
    const coachId = await createCoach(ops, {
      displayName: 'Nadia Roussel',
      officeIds: [VENISSIEUX],
      languages: ['fr'],
      specialties: ['DIRECT_REEMPLOYMENT'],
      maxCaseload: 10,
      weeklyHours: weekdays(),
    });
    const { sponsorId, programmeId } = await setUpProgramme(ops, {
      sponsorName: 'Fonderie du Rhône',
      name: 'PSE Fonderie du Rhône',
      officeIds: [VENISSIEUX],
      terms: {
        type: 'PSE',
        sites: ['Vénissieux'],
        headcount: 40,
        startDate: '2026-03-02',
        durationMonths: 12,
        sessionBudgetPerPerson: 18,
        outcomeTargets: [],
        serviceLevels: { firstMeetingWorkingDays: 8, sessionsPerMonth: 1, peoplePerConsultant: 1 },
      },
    });
    const enrolledAt = new Date(Date.now() - 21 * 86_400_000);
    clock.pin(enrolledAt);
    let sofia: string;
    try {
      sofia = await enrol(ops, { programmeId, firstName: 'Sofia', lastName: 'Lambert', languages: ['fr'] });
    } finally {
      clock.unpin();
    }
    const karim = await enrol(ops, {
      programmeId,
      firstName: 'Karim',
      lastName: 'Benali',
      languages: ['fr'],
    });
    await coachAssignedTo(ops, sofia);
    await coachAssignedTo(ops, karim);
    const late = workingDaysBetween(parisDate(enrolledAt), parisDate(new Date())) - 8;
    expect(late).toBeGreaterThan(0);
    // Reporting hears of it all through Kafka: both breaches there before the screen is opened.
    await waitFor(
      async () => {
        const answer = await ops.request<{
          serviceLevelBreaches: { breaches: { kind: string; coach: { id: string } | null }[] };
        }>(
          `query B($id: ID!) { serviceLevelBreaches(programmeId: $id) { breaches { kind coach { id } } } }`,
          { id: programmeId },
        );
        const kinds = answer.body.data?.serviceLevelBreaches.breaches.map((breach) => breach.kind) ?? [];
        return kinds.includes('FIRST_MEETING_LATE') && kinds.includes('CASELOAD_ABOVE_TERM') ? kinds : null;
      },
      { what: 'the first meeting and caseload breaches in reporting', timeoutMs: 60_000 },
    );
    // The documents downloaded through the gateway: the pack by sponsor HR, the DREETS report by ops.
    const origin = new URL(platform.gatewayUrl).origin;
    const downloads: [string, string][] = [
      [
        `${origin}/committee-packs/${programmeId}.pdf`,
        await platform.token({ sub: 'rh-fonderie', role: 'sponsor', sponsor_ids: [sponsorId] }),
      ],
      [
        `${origin}/dreets-reports/${programmeId}.xlsx`,
        await platform.token({ sub: manager.id, role: 'ops', office_ids: [VENISSIEUX] }),
      ],
    ];
    for (const [url, token] of downloads) {
      const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }

    const context = await browser.newContext({ viewport: DESKTOP, locale: 'fr-FR', deviceScaleFactor: 1 });
    const page = await context.newPage();
    const screens: { screen: string; violations: AxeViolation[] }[] = [];
    const check = async (screen: string) => {
      screens.push({ screen, violations: await seriousViolations(page) });
      await screenshot(page, `ops-${screen}`);
    };
    await signIn(page, consoleUrl, manager.email, PASSWORD);
    const secret = await page.locator('#secret').getAttribute('data-secret');
    const totp = new TOTP({ secret: Secret.fromBase32(secret!), algorithm: 'SHA1', digits: 6, period: 30 });
    await page.fill('#code', totp.generate());
    await page.locator('form button[type="submit"]').first().click();
    await page.locator('#continue').click();
    await heading(page, 'Programmes');

    // From the programme's page to its service levels, as they stand today.
    await page.getByRole('link', { name: 'PSE Fonderie du Rhône' }).click();
    await heading(page, 'PSE Fonderie du Rhône');
    await page
      .getByRole('link', { name: 'Voir les délais tenus, les retards et la charge des consultants' })
      .click();
    await heading(page, 'Niveaux de service : PSE Fonderie du Rhône');
    await page.getByText('Premier rendez-vous dans les 8 jours ouvrés qui suivent l’inscription').waitFor();
    await page.getByText('Au plus 1 personne(s) suivie(s) par consultant').waitFor();
    const firstMeetings = page.locator('table', {
      has: page.locator('caption', { hasText: 'Premier rendez-vous en retard (1)' }),
    });
    const rows = async (table: typeof firstMeetings) =>
      table
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) =>
            [...tr.querySelectorAll('th, td')].map((cell) =>
              (cell as unknown as { innerText: string }).innerText.trim(),
            ),
          ),
        );
    const [sofiaRow] = await rows(firstMeetings);
    expect(sofiaRow?.[0]).toBe('Sofia Lambert');
    expect(sofiaRow?.[2]).toBe(`${late} jour(s) ouvré(s) de retard`);
    expect(sofiaRow?.[3]).toBe('Nadia Roussel');
    const caseloads = page.locator('table', {
      has: page.locator('caption', { hasText: 'Portefeuille au-delà du repère (1)' }),
    });
    expect((await rows(caseloads)).map((row) => [row[0], row[2]])).toEqual([
      ['Nadia Roussel', '1 personne(s) de plus'],
    ]);
    await expect(page.getByRole('link', { name: 'Karim Benali' }).count()).resolves.toBe(0);
    // The workload: Nadia follows both, one above the term, said in words on a tinted row.
    const workload = page.locator('table', {
      has: page.locator('caption', { hasText: 'Par consultant, du portefeuille le plus chargé' }),
    });
    const [nadia] = await rows(workload);
    expect(nadia?.slice(0, 5)).toEqual(['Nadia Roussel', '2\n1 de plus que le repère', '0', '0', '0']);
    await expect(workload.locator('tr.workload-above').count()).resolves.toBe(1);
    await expect(workload.getByRole('link', { name: 'Nadia Roussel' }).getAttribute('href')).resolves.toBe(
      `/coaches/${coachId}`,
    );
    await page
      .getByText('1 consultant(s) suivent des personnes du programme ; 1 en suivent plus que le repère de 1')
      .waitFor();
    await check('service-levels-1440');
    await page.setViewportSize({ width: 360, height: 800 });
    await expect(page.evaluate<number>('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(
      360,
    );
    await check('service-levels-360');
    await page.setViewportSize(DESKTOP);

    // A past date (the day after Sofia's enrolment): nothing was late yet. A date to come is refused.
    const dayAfter = parisDate(new Date(enrolledAt.getTime() + 86_400_000));
    await page.getByLabel('Situation au').fill(dayAfter);
    await page.getByText('Aucun retard à cette date : tous les engagements sont tenus.').waitFor();
    const tomorrow = parisDate(new Date(Date.now() + 2 * 86_400_000));
    await page.getByLabel('Situation au').fill(tomorrow);
    await page.getByText('Choisissez aujourd’hui ou une date passée.').waitFor();
    await page.getByLabel('Situation au').fill(parisDate(new Date()));
    await page.getByRole('link', { name: 'Sofia Lambert' }).click();
    await heading(page, 'Sofia Lambert');
    await page.goBack();
    await heading(page, 'Niveaux de service : PSE Fonderie du Rhône');

    // Who downloaded what, the latest first: the manager named (identity lets ops of the office read
    // their account), sponsor HR by role (their account is not the office's to read).
    await page
      .getByRole('link', { name: 'Qui a téléchargé le dossier de la commission et le bilan DREETS' })
      .click();
    await heading(page, 'Téléchargements : PSE Fonderie du Rhône');
    const audit = await rows(
      page.locator('table', { has: page.locator('caption', { hasText: '2 téléchargement(s)' }) }),
    );
    expect(audit.map((row) => row.slice(1, 3))).toEqual([
      ['Nina Petit (Équipe des opérations)', 'Bilan pour la DREETS (XLSX)'],
      ['RH de l’entreprise (compte rh-fonde…)', 'Dossier de la commission (PDF)'],
    ]);
    expect(audit[0]?.[3]).toMatch(/^Fin au .+, suivi au .+$/);
    await check('downloads-1440');
    await page.setViewportSize({ width: 360, height: 800 });
    await expect(page.evaluate<number>('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(
      360,
    );
    await check('downloads-360');

    // The same in English.
    await page.getByRole('button', { name: 'Read in English' }).click();
    await heading(page, 'Downloads: PSE Fonderie du Rhône');
    await page.getByText('Report to the DREETS (XLSX)').waitFor();

    console.info(`ops service-level screens checked by axe-core: ${JSON.stringify(screens)}`);
    expect(screens).toEqual(
      ['service-levels-1440', 'service-levels-360', 'downloads-1440', 'downloads-360'].map((screen) => ({
        screen,
        violations: [],
      })),
    );
    await context.close();
  }, 240_000);
});
