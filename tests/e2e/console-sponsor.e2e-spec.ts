import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import {
  ACCESS_LINK,
  createProgramme,
  enrol,
  Mailbox,
  setUpProgramme,
  waitFor,
} from '@passerelle/shared/testing';
import { screenshot, seriousViolations, type AxeViolation } from '../browser/chromium';
import type { RunningPlatform } from './platform-harness';
import { choosePassword, signIn, startConsole } from './console-harness';

// Sponsor HR in Debian's Chromium, against the whole platform: ops open a sponsor-HR account for
// the sponsor of a two-person programme; its holder chooses a password from the invitation, signs
// in through identity and reads the commission's dashboard and the services' activity, where every
// count under k is written "Masqué" with its reason and no number under the threshold appears, and
// downloads the committee pack and the report to the DREETS. Another sponsor's programme, asked for by
// its address, shows the error state: the gateway refuses it, the console hides nothing itself.
// Then a member of the sponsor's commission de suivi (staff representatives) signs in and reads the
// committee's dashboard (reporting) of the same programmes, on a date too.

const PASSWORD = 'tableau de bord du plan';
const { mailbox } = Mailbox.fromEnvironment();

let platform: RunningPlatform;
let browser: Browser;
let consoleUrl: string;
// The first test's sponsor and programmes, which the committee member's test reads again.
let acme: { sponsorId: string; programmeId: string; largerId: string; otherId: string } | undefined;

beforeAll(async () => {
  ({ platform, consoleUrl, browser } = await startConsole());
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('the console, for sponsor HR', () => {
  it('shows the dashboard of their programme with every small count hidden and its reason, and nothing of another sponsor', async () => {
    const lyon = randomUUID();
    const ops = platform.as(await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [lyon] }));
    const terms = {
      type: 'PSE',
      sites: ['Lyon Gerland'],
      headcount: 2,
      startDate: '2026-03-02',
      durationMonths: 12,
      sessionBudgetPerPerson: 18,
      outcomeTargets: [{ category: 'PERMANENT_CONTRACT', sharePercent: 60 }],
    };
    const { sponsorId, programmeId } = await setUpProgramme(ops, {
      sponsorName: 'Acme Industrie',
      name: 'PSE Acme Lyon 2026',
      officeIds: [lyon],
      terms,
    });
    const other = await setUpProgramme(ops, {
      sponsorName: 'Brioche Dorée SA',
      name: 'PSE Brioche 2026',
      officeIds: [lyon],
    });
    await enrol(ops, { programmeId, firstName: 'Inês', lastName: 'Moreira' });
    await enrol(ops, { programmeId, firstName: 'Jérôme', lastName: 'Lefèvre' });
    // A second programme of the same sponsor, of six people: enough for its counts to be shown.
    const larger = await createProgramme(ops, {
      sponsorId,
      name: 'PSE Acme Vénissieux 2026',
      officeIds: [lyon],
      terms: { ...terms, headcount: 6, sites: ['Vénissieux'] },
    });
    for (const firstName of ['Anaïs', 'Bruno', 'Chloé', 'Driss', 'Élodie', 'Fabrice'])
      await enrol(ops, { programmeId: larger.id, firstName, lastName: 'Martin' });
    acme = { sponsorId, programmeId, largerId: larger.id, otherId: other.programmeId };
    await waitFor(async () => {
      const { programmePathwayProgress } = await ops.ok<{
        programmePathwayProgress: { total: number } | null;
      }>(`query P($id: ID!) { programmePathwayProgress(programmeId: $id) { total } }`, { id: larger.id });
      return programmePathwayProgress?.total === 6;
    });
    // Reporting learns of both programmes and their people through Kafka.
    await waitFor(
      async () => {
        const { small, larger: six } = await ops
          .ok<{
            small: { statuses: { people: { count: number | null } }[] };
            larger: { adhering: { count: number | null } };
          }>(
            `query D($small: ID!, $larger: ID!) {
            small: committeeDashboard(programmeId: $small) { statuses { people { count } } }
            larger: committeeDashboard(programmeId: $larger) { adhering { count } }
          }`,
            { small: programmeId, larger: larger.id },
          )
          .catch(() => ({ small: null, larger: { adhering: { count: null } } }));
        return small !== null && six.adhering.count === 6;
      },
      { what: 'both programmes in reporting', timeoutMs: 60_000 },
    );

    // Only ops of every office open a sponsor's account.
    const national = platform.as(
      await platform.token({ sub: 'ops-national', role: 'ops', all_offices: true }),
    );
    const address = `drh.${randomUUID().slice(0, 8)}@acme-industrie.test`;
    await national.ok(
      `mutation Open($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
      { input: { email: address, displayName: 'Claire Dubois', role: 'SPONSOR', sponsorIds: [sponsorId] } },
    );
    const [invitation] = await mailbox.waitForMessagesTo(address, 1);
    const link = await mailbox.find(invitation!, ACCESS_LINK);

    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'fr-FR',
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    const screens: { screen: string; violations: AxeViolation[] }[] = [];

    // Signed out, a dashboard's address shows the welcome and nothing else.
    await page.goto(`${consoleUrl}/programmes/${programmeId}`);
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    await expect(page.getByText('PSE Acme Lyon 2026').count()).resolves.toBe(0);

    await choosePassword(page, link!, PASSWORD);
    await signIn(page, consoleUrl, address, PASSWORD);

    // Their programmes: only their sponsor's.
    await page.getByRole('heading', { level: 2, name: 'PSE Acme Lyon 2026' }).waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { level: 2, name: 'PSE Acme Vénissieux 2026' }).waitFor();
    await expect(page.getByText('PSE Brioche 2026').count()).resolves.toBe(0);
    screens.push({ screen: 'programmes', violations: await seriousViolations(page) });
    await screenshot(page, 'sponsor-programmes-1440');

    // The dashboard, reached with the keyboard: the commission's (what committee members see too),
    // then the services' activity. Two people, so every count is hidden with its reason.
    await page.locator(`a[href="/programmes/${programmeId}"]`).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { level: 2, name: 'Issues par catégorie' })
      .waitFor({ timeout: 30_000 })
      .catch(async (error: unknown) => {
        throw new Error(`${String(error)}\nat ${page.url()}:\n${await page.locator('body').innerText()}`);
      });
    await page.getByRole('heading', { level: 2, name: 'Activité de l’accompagnement' }).waitFor();
    const outcomes = page.getByRole('table', { name: 'Personnes par issue, comparées à l’objectif du plan' });
    await expect(outcomes.getByRole('row', { name: /^CDI/ }).innerText()).resolves.toMatch(
      /Masqué\s+60 % \(1 pers\.\)/,
    );
    await expect(
      page.getByText('Masqué : moins de 5 personnes en tout, aucun chiffre n’est montré.').count(),
    ).resolves.toBeGreaterThan(0);
    // No figure under the threshold in any table: each count cell is "Masqué", at least k, or the
    // zero of a table with nobody in it (decision 0012: an empty table identifies nobody).
    const cells = await page
      .locator('table.counts:not(.matrix-table) tbody td:nth-child(2), table.matrix-table tbody td')
      .allInnerTexts();
    expect(cells.length).toBeGreaterThan(20);
    for (const cell of cells) expect(['Masqué', '0'].includes(cell.trim()) || Number(cell) >= 5).toBe(true);
    expect(cells.filter((cell) => cell.trim() === 'Masqué').length).toBeGreaterThan(8);
    screens.push({ screen: 'dashboard', violations: await seriousViolations(page) });
    await screenshot(page, 'sponsor-dashboard-1440');

    // The committee pack of the day and the report to the DREETS, downloaded through the gateway
    // with the session's token.
    const pack = page.getByRole('region', { name: 'Dossier de la commission' });
    const [packPdf] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      pack.getByRole('button', { name: 'Télécharger le PDF' }).click(),
    ]);
    const pdf = await readFile((await packPdf.path())!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(packPdf.suggestedFilename()).toMatch(/^commission-de-suivi-.*\.pdf$/);
    await pack.getByText('Le fichier est enregistré dans vos téléchargements.').waitFor();
    const dreets = page.getByRole('region', { name: 'Bilan pour la DREETS' });
    const [dreetsXlsx] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      dreets.getByRole('button', { name: 'Télécharger le classeur (XLSX)' }).click(),
    ]);
    const xlsx = await readFile((await dreetsXlsx.path())!);
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip, as every .xlsx
    expect(dreetsXlsx.suggestedFilename()).toMatch(/^bilan-dreets-.*\.xlsx$/);

    // Six people: the counts are shown, as numbers and bars.
    await page.goto(`${consoleUrl}/programmes/${larger.id}`);
    const adhering = page
      .getByRole('table', { name: 'Personnes ayant adhéré, en tout et selon leur situation' })
      .getByRole('row', { name: /^Personnes ayant adhéré/ })
      .locator('td');
    await waitFor(async () => /^\s*6\s*$/.test(await adhering.innerText({ timeout: 30_000 })), {
      what: 'the six people in the commission’s dashboard',
      timeoutMs: 60_000,
    });
    const phases = page.getByRole('table', { name: 'Personnes par étape du parcours' });
    await expect(phases.locator('td', { hasText: /^6$/ }).count()).resolves.toBe(1);
    screens.push({ screen: 'dashboard-shown', violations: await seriousViolations(page) });
    await screenshot(page, 'sponsor-dashboard-shown-1440');

    // On a phone, the first dashboard in one column.
    await page.goto(`${consoleUrl}/programmes/${programmeId}`);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole('heading', { level: 2, name: 'Avancement des parcours' }).waitFor();
    await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
    screens.push({ screen: 'dashboard-360', violations: await seriousViolations(page) });
    await screenshot(page, 'sponsor-dashboard-360');

    // Another sponsor's programme by its address: the gateway refuses it, the screen says so calmly.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${consoleUrl}/programmes/${other.programmeId}`);
    await page.getByRole('alert').getByText('Ce programme n’existe pas ou ne vous est pas ouvert.').waitFor({
      timeout: 30_000,
    });
    await expect(page.getByText('PSE Brioche 2026').count()).resolves.toBe(0);
    await expect(page.getByRole('table').count()).resolves.toBe(0);
    screens.push({ screen: 'refused', violations: await seriousViolations(page) });

    console.info(`console screens checked by axe-core (sponsor HR): ${JSON.stringify(screens)}`);
    expect(screens).toEqual([
      { screen: 'programmes', violations: [] },
      { screen: 'dashboard', violations: [] },
      { screen: 'dashboard-shown', violations: [] },
      { screen: 'dashboard-360', violations: [] },
      { screen: 'refused', violations: [] },
    ]);
    await context.close();
  });

  it("shows a committee member the commission's dashboard of their sponsor's programmes, small counts hidden with why", async () => {
    if (!acme) throw new Error('the sponsor test sets up the programmes');
    const { sponsorId, programmeId, largerId, otherId } = acme;
    const national = platform.as(
      await platform.token({ sub: 'ops-national', role: 'ops', all_offices: true }),
    );
    // Reporting learns of the six people through Kafka.
    await waitFor(
      async () => {
        const { committeeDashboard } = await national.ok<{
          committeeDashboard: { adhering: { count: number | null } };
        }>(`query D($id: ID!) { committeeDashboard(programmeId: $id) { adhering { count } } }`, {
          id: largerId,
        });
        return committeeDashboard.adhering.count === 6;
      },
      { what: 'the six people in reporting', timeoutMs: 60_000 },
    );
    const address = `cse.${randomUUID().slice(0, 8)}@acme-industrie.test`;
    await national.ok(
      `mutation Open($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
      { input: { email: address, displayName: 'Karim Benali', role: 'COMMITTEE', sponsorIds: [sponsorId] } },
    );
    const [invitation] = await mailbox.waitForMessagesTo(address, 1);
    const link = await mailbox.find(invitation!, ACCESS_LINK);

    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'fr-FR',
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    const screens: { screen: string; violations: AxeViolation[] }[] = [];
    await choosePassword(page, link!, PASSWORD);
    await signIn(page, consoleUrl, address, PASSWORD);

    // Their sponsor's programmes, no other's.
    await page.getByRole('heading', { level: 1, name: 'Commission de suivi' }).waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { level: 2, name: 'PSE Acme Lyon 2026' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'PSE Acme Vénissieux 2026' }).waitFor();
    await expect(page.getByText('PSE Brioche 2026').count()).resolves.toBe(0);
    screens.push({ screen: 'committee-programmes', violations: await seriousViolations(page) });
    await screenshot(page, 'committee-programmes-1440');

    // Two people: every count hidden, each table saying why; no figure under the threshold.
    await page.locator(`a[href="/programmes/${programmeId}"]`).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { level: 2, name: 'Issues par catégorie' })
      .waitFor({ timeout: 30_000 })
      .catch(async (error: unknown) => {
        throw new Error(`${String(error)}\nat ${page.url()}:\n${await page.locator('body').innerText()}`);
      });
    const outcomes = page.getByRole('table', { name: 'Personnes par issue, comparées à l’objectif du plan' });
    await expect(outcomes.getByRole('row', { name: /^CDI/ }).innerText()).resolves.toMatch(
      /Masqué\s+60 % \(1 pers\.\)/,
    );
    await expect(
      page.getByText('Masqué : moins de 5 personnes en tout, aucun chiffre n’est montré.').count(),
    ).resolves.toBeGreaterThan(3);
    const cells = await page
      .locator('table.counts:not(.matrix-table) tbody td:nth-child(2), table.matrix-table tbody td')
      .allInnerTexts();
    expect(cells.length).toBeGreaterThan(20);
    for (const cell of cells) expect(['Masqué', '0'].includes(cell.trim()) || Number(cell) >= 5).toBe(true);
    screens.push({ screen: 'committee-dashboard', violations: await seriousViolations(page) });
    await screenshot(page, 'committee-dashboard-1440');

    // Six people: shown, as the sponsor would see them.
    await page.goto(`${consoleUrl}/programmes/${largerId}`);
    const adhering = page
      .getByRole('table', { name: 'Personnes ayant adhéré, en tout et selon leur situation' })
      .getByRole('row', { name: /^Personnes ayant adhéré/ })
      .locator('td');
    await adhering.waitFor({ timeout: 30_000 });
    await expect(adhering.innerText()).resolves.toMatch(/^\s*6\s*$/);
    screens.push({ screen: 'committee-dashboard-shown', violations: await seriousViolations(page) });
    await screenshot(page, 'committee-dashboard-shown-1440');

    // The figures as they stood at the end of a past day (Paris), and a future day refused in words.
    const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
      new Date(Date.now() - 86_400_000),
    );
    await page.getByLabel('Chiffres au').fill(yesterday);
    await page.getByText(/Chiffres arrêtés au .*23:59/).waitFor({ timeout: 30_000 });
    await page.getByLabel('Chiffres au').fill('2099-01-01');
    await page.getByText('Choisissez une date passée ou aujourd’hui.').waitFor();
    await page.getByLabel('Chiffres au').fill('');
    await adhering.waitFor();
    await expect(adhering.innerText()).resolves.toMatch(/^\s*6\s*$/);

    // On a phone: one column, the wide tables scroll inside their own region.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { level: 2, name: 'Répartitions' }).waitFor();
    await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(390);
    screens.push({ screen: 'committee-dashboard-390', violations: await seriousViolations(page) });
    await screenshot(page, 'committee-dashboard-390');

    // Another sponsor's programme by its address: refused, in words.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${consoleUrl}/programmes/${otherId}`);
    await page.getByRole('alert').getByText('Ce programme n’existe pas ou ne vous est pas ouvert.').waitFor({
      timeout: 30_000,
    });
    await expect(page.getByRole('table').count()).resolves.toBe(0);
    screens.push({ screen: 'committee-refused', violations: await seriousViolations(page) });

    console.info(`console screens checked by axe-core (committee member): ${JSON.stringify(screens)}`);
    expect(screens).toEqual([
      { screen: 'committee-programmes', violations: [] },
      { screen: 'committee-dashboard', violations: [] },
      { screen: 'committee-dashboard-shown', violations: [] },
      { screen: 'committee-dashboard-390', violations: [] },
      { screen: 'committee-refused', violations: [] },
    ]);
    await context.close();
  });
});
