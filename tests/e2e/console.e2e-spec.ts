import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { ACCESS_LINK, enrol, Mailbox, setUpProgramme } from '@passerelle/shared/testing';
import { screenshot, seriousViolations } from '../browser/chromium';
import type { RunningPlatform } from './platform-harness';
import { choosePassword, startConsole } from './console-harness';

// The web console in Debian's Chromium, against the whole platform: the gateway serves the built
// console (npm run web:build) and trusts identity's tokens; a person enrolled by ops chooses a
// password from their invitation, signs in through identity on a phone-sized screen, and sees
// their home screen. axe-core checks each screen; a screenshot of each is kept in .cache/screenshots.

const PASSWORD = 'une nouvelle page commence';
const PHONE = { width: 390, height: 844 };
const { mailbox } = Mailbox.fromEnvironment();

let platform: RunningPlatform;
let browser: Browser;
let consoleUrl: string;

beforeAll(async () => {
  ({ platform, consoleUrl, browser } = await startConsole());
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('the console, for a person on their phone', () => {
  it('signs in through identity and shows their home screen, in French, without serious accessibility faults', async () => {
    const lyon = randomUUID();
    const ops = platform.as(await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [lyon] }));
    const { programmeId } = await setUpProgramme(ops, {
      sponsorName: 'Acme Industrie',
      name: 'PSE Acme Lyon 2026',
      officeIds: [lyon],
    });
    const address = `ines.${randomUUID().slice(0, 8)}@acme-industrie.test`;
    await enrol(ops, { programmeId, firstName: 'Inês', lastName: 'Moreira', email: address });
    const [invitation] = await mailbox.waitForMessagesTo(address, 1);
    const link = await mailbox.find(invitation!, ACCESS_LINK);

    const context = await browser.newContext({ viewport: PHONE, locale: 'fr-FR', deviceScaleFactor: 1 });
    const page = await context.newPage();
    const screens: { screen: string; violations: unknown[] }[] = [];

    // The invitation: choose a password on identity's page.
    await choosePassword(page, link!, PASSWORD);

    // The console's welcome, then identity's sign-in page, then back with a code.
    await page.goto(consoleUrl);
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    screens.push({ screen: 'welcome', violations: await seriousViolations(page) });
    await screenshot(page, 'candidate-welcome-390');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/interaction\//);
    await page.fill('#email', address);
    await page.fill('#password', PASSWORD);
    await page.locator('form button[type="submit"]').first().click();

    await page
      .getByRole('heading', { name: 'Votre prochain rendez-vous' })
      .waitFor({ timeout: 30_000 })
      .catch(async (error: unknown) => {
        await screenshot(page, 'candidate-failure-390');
        throw new Error(`${String(error)}\nat ${page.url()}:\n${await page.locator('body').innerText()}`);
      });
    expect(new URL(page.url()).origin).toBe(consoleUrl);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Bonjour Inês');
    await expect(page.getByText('Répondre au questionnaire de départ').count()).resolves.toBe(1);
    screens.push({ screen: 'home', violations: await seriousViolations(page) });
    await screenshot(page, 'candidate-home-390');

    // The starting questionnaire: each answer saved as given, then sent; home then has nothing urgent.
    await page.getByRole('link', { name: 'Répondre au questionnaire de départ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Questionnaire de départ' }).waitFor();
    screens.push({ screen: 'diagnostic', violations: await seriousViolations(page) });
    await screenshot(page, 'candidate-diagnostic-390');
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
    await page.getByText('Toutes les questions obligatoires ont une réponse.').waitFor();
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bonjour Inês' }).waitFor();
    await page.getByRole('heading', { name: 'Ce que vous pouvez faire maintenant' }).waitFor();
    await expect(page.getByText('Répondre au questionnaire de départ').count()).resolves.toBe(0);
    await screenshot(page, 'candidate-home-after-diagnostic-390');

    console.info(`console screens checked by axe-core: ${JSON.stringify(screens)}`);
    expect(screens).toEqual([
      { screen: 'welcome', violations: [] },
      { screen: 'home', violations: [] },
      { screen: 'diagnostic', violations: [] },
    ]);
    await context.close();
  });
});
