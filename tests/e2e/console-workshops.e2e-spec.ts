import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import {
  ACCESS_LINK,
  bookSession,
  coachAssignedTo,
  createCoach,
  createOffice,
  createRoom,
  enrol,
  Mailbox,
  setUpProgramme,
  weekdays,
} from '@passerelle/shared/testing';
import { screenshot, seriousViolations } from '../browser/chromium';
import type { RunningPlatform } from './platform-harness';
import { choosePassword, signIn, startConsole } from './console-harness';

// The person's workshops screen (/workshops) in Chromium on a phone and at 1440 px, against the whole
// platform: the workshops open to them, soonest first, with title, topic, language, place and
// description, places left or full with a waiting list; they sign up by keyboard, then cancel their
// place after confirming; they join a full workshop's waiting list, leave it, join it again, and
// get the seat a colleague frees. axe-core checks each state.

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
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

async function onScreen(page: Page, heading: string): Promise<void> {
  await page
    .getByRole('heading', { level: 1, name: heading })
    .waitFor({ timeout: 30_000 })
    .catch(async (error: unknown) => {
      await screenshot(page, 'workshops-failure-390');
      throw new Error(`${String(error)}\nat ${page.url()}:\n${await page.locator('body').innerText()}`);
    });
}

describe('the person’s workshops screen', () => {
  it('lists the workshops open to them, signs them up by keyboard, and cancels their place after confirming', async () => {
    const ops = platform.as(await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] }));
    await createOffice(ops, { id: LYON, openingHours: weekdays('08:00', '19:00'), minimumNoticeMinutes: 60 });
    const roomId = await createRoom(ops, { officeId: LYON, name: 'Rhône', capacity: 8 });
    const coachId = await createCoach(ops, { displayName: 'Claire Martin', officeIds: [LYON] });
    const { programmeId } = await setUpProgramme(ops, {
      sponsorName: 'Acme Industrie',
      name: 'PSE Acme Lyon',
      officeIds: [LYON],
    });
    const person = (firstName: string) => ({
      programmeId,
      firstName,
      lastName: 'Moreira',
      email: `${firstName.toLowerCase()}.${randomUUID().slice(0, 8)}@acme-industrie.test`,
      languages: ['fr'],
    });
    const ines = person('Ines');
    const candidateId = await enrol(ops, ines);
    const colleague = await enrol(ops, person('Paul'));
    for (const id of [candidateId, colleague]) await coachAssignedTo(ops, id);
    const coach = platform.as(
      await platform.token({ sub: 'coach-claire', role: 'coach', coach_id: coachId, office_ids: [LYON] }),
    );
    const inDays = (days: number, hour: number) => {
      const day = new Date(Math.ceil(Date.now() / 86_400_000) * 86_400_000 + days * 86_400_000);
      while ([0, 6].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1);
      day.setUTCHours(hour, 0, 0, 0);
      return day.toISOString();
    };
    const book = (input: Record<string, unknown>) =>
      bookSession<{ id: string }>(coach, { candidateIds: [colleague], kind: 'GROUP_WORKSHOP', ...input });
    await book({ mode: 'VIDEO', seatLimit: 6, startsAt: inDays(9, 8) });
    const full = await book({ mode: 'IN_PERSON', roomId, seatLimit: 1, startsAt: inDays(12, 13) });
    const CREATE = `mutation C($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`;
    const soonest = (
      await ops.ok<{ createWorkshop: { id: string } }>(CREATE, {
        input: {
          coachId,
          title: 'Réussir ses entretiens',
          topic: 'INTERVIEWS',
          description: 'Se présenter en deux minutes, répondre aux questions qui fâchent.',
          language: 'fr',
          place: 'OFFICE',
          roomId,
          seatLimit: 8,
          startsAt: inDays(5, 9),
          programmeIds: [programmeId],
        },
      })
    ).createWorkshop;

    const [invitation] = await mailbox.waitForMessagesTo(ines.email, 1);
    const link = await mailbox.find(invitation!, ACCESS_LINK);
    const context = await browser.newContext({ viewport: PHONE, locale: 'fr-FR', deviceScaleFactor: 1 });
    const page = await context.newPage();
    const screens: { screen: string; violations: unknown[] }[] = [];
    const check = async (screen: string) => {
      screens.push({ screen, violations: await seriousViolations(page) });
      await screenshot(page, `candidate-workshops-${screen}`);
    };
    await choosePassword(page, link!, PASSWORD);
    await signIn(page, consoleUrl, ines.email, PASSWORD);
    await onScreen(page, 'Bonjour Ines');

    await page.goto(`${consoleUrl}/workshops`);
    await onScreen(page, 'Ateliers collectifs');
    const items = page.locator('li.item');
    await items.first().waitFor();
    expect(await items.count()).toBe(3);
    const texts = await items.allInnerTexts();
    expect(texts[0]).toContain('Réussir ses entretiens');
    expect(texts[0]).toContain('Entretiens d’embauche · En français');
    expect(texts[0]).toContain('Se présenter en deux minutes, répondre aux questions qui fâchent.');
    expect(texts[0]).toContain('Au bureau, salle Rhône');
    expect(texts[0]).toContain('8 place(s) restante(s) sur 8');
    expect(texts[1]).toContain('À distance (le lien vous est donné une fois inscrit)');
    expect(texts[2]).toContain('Complet — liste d’attente');
    await check('list-390');

    // Signing up by keyboard.
    const first = items.first();
    await first.getByRole('button', { name: 'M’inscrire' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^C’est noté : vous êtes inscrit\(e\) à l’atelier du /).waitFor();
    await first.getByText('Vous êtes inscrit(e)').waitFor();
    const OPEN = `query O($id: ID!) { openWorkshops(candidateId: $id) { joined session { id } } }`;
    const open = await ops.ok<{ openWorkshops: { joined: boolean; session: { id: string } }[] }>(OPEN, {
      id: candidateId,
    });
    expect(open.openWorkshops[0]).toEqual({ joined: true, session: { id: soonest.id } });
    await check('joined-390');

    // Cancelling the place: a confirmation first, "keep" changes nothing.
    await first.getByRole('button', { name: 'Me désinscrire' }).click();
    await first.getByText(/^Vous désinscrire de l’atelier du /).waitFor();
    await check('confirm-390');
    await first.getByRole('button', { name: 'Non, je reste inscrit(e)' }).click();
    await first.getByRole('button', { name: 'Me désinscrire' }).click();
    await first.getByRole('button', { name: 'Oui, me désinscrire' }).click();
    await page.getByText(/^C’est noté : vous n’êtes plus inscrit\(e\) à l’atelier du /).waitFor();
    await first.getByText('8 place(s) restante(s) sur 8').waitFor();
    const after = await ops.ok<{ openWorkshops: { joined: boolean }[] }>(OPEN, { id: candidateId });
    expect(after.openWorkshops.map((w) => w.joined)).toEqual([false, false, false]);

    // The full workshop: its waiting list, left, joined again, then the seat a colleague frees.
    const last = items.nth(2);
    await last.getByRole('button', { name: 'M’inscrire sur la liste d’attente' }).click();
    await page.getByText(/vous êtes n° 1 sur la liste d’attente\. Si une place se libère/).waitFor();
    await last.getByText('Complet — vous êtes n° 1 sur la liste d’attente').waitFor();
    await check('waiting-390');
    await last.getByRole('button', { name: 'Quitter la liste d’attente' }).click();
    await page.getByText(/^C’est noté : vous n’êtes plus sur la liste d’attente de l’atelier du /).waitFor();
    await last.getByRole('button', { name: 'M’inscrire sur la liste d’attente' }).click();
    await last.getByText('Complet — vous êtes n° 1 sur la liste d’attente').waitFor();
    const LEAVE = `mutation L($sessionId: ID!, $candidateId: ID!) { leaveWorkshop(sessionId: $sessionId, candidateId: $candidateId) { id } }`;
    await ops.ok(LEAVE, { sessionId: full.id, candidateId: colleague });
    await page.reload();
    await items.first().waitFor();
    await last.getByText('Vous êtes inscrit(e)').waitFor();
    await last.getByRole('button', { name: 'Me désinscrire' }).waitFor();

    await page.setViewportSize(DESK);
    await check('list-1440');
    console.log(
      `workshops screens checked by axe-core:\n${screens.map((s) => `  ${s.screen}: ${JSON.stringify(s.violations)}`).join('\n')}`,
    );
    expect(screens.filter((s) => s.violations.length)).toEqual([]);
    await context.close();
  });
});
