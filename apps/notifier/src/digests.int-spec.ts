import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DigestRunner } from '@passerelle/notifier/feature-messages';
import { waitFor } from '@passerelle/shared/testing';
import { startNotifier, type NotifierUnderTest } from './test/notifier-test-kit';

// What the notifier sends on its own schedule (job leads and at-risk digests, the assignment-queue
// alert) and what it sends a coach at once (distress), on real PostgreSQL, Kafka and Mailpit.

const LYON = randomUUID();
const PROGRAMME = randomUUID();
const SPONSOR = randomUUID();
const HOUR = 3_600_000;

let notifier: NotifierUnderTest;
let runner: DigestRunner;

beforeAll(async () => {
  notifier = await startNotifier('notifier_digests', { NOTIFIER_QUEUE_ALERT_DAYS: '3' });
  runner = notifier.app.get(DigestRunner);
}, 60_000);

afterAll(async () => {
  await notifier?.stop();
});

afterEach(() => notifier.clock.unpin());

async function enrol(candidateId: string, enrolledAt: Date): Promise<void> {
  await notifier.publish('CandidateEnrolled.v1', candidateId, {
    candidateId,
    programmeId: PROGRAMME,
    sponsorId: SPONSOR,
    officeIds: [LYON],
    enrolledAt: enrolledAt.toISOString(),
    formerOccupationCode: null,
    languages: ['fr'],
  });
}

async function assign(candidateId: string, coachId: string): Promise<void> {
  await notifier.publish('CoachAssigned.v1', candidateId, {
    candidateId,
    programmeId: PROGRAMME,
    coachId,
    officeId: LYON,
    previousCoachId: null,
    mode: 'automatic',
    assignedAt: new Date().toISOString(),
  });
}

const projected = (table: string, candidateId: string) =>
  waitFor(
    async () =>
      Number(
        (
          await notifier.dataSource.query(`SELECT count(*) AS n FROM ${table} WHERE candidate_id = $1`, [
            candidateId,
          ])
        )[0].n,
      ) > 0,
    { what: `${table} of ${candidateId}` },
  );

describe('job leads', () => {
  it('go as one digest at most once a day, each offer once', async () => {
    const nadia = notifier.identity.addRecipient({ role: 'candidate', candidateId: randomUUID() });
    const candidateId = nadia.candidateId!;
    const [o1, o2, o3] = [randomUUID(), randomUUID(), randomUUID()];
    const matched = (offers: { offerId: string; rank: number; score: number }[]) =>
      notifier.publish('OffersMatched.v1', candidateId, {
        candidateId,
        computedAt: new Date().toISOString(),
        offers,
      });
    await matched([
      { offerId: o1, rank: 1, score: 0.9 },
      { offerId: o2, rank: 2, score: 0.8 },
    ]);
    await matched([
      { offerId: o2, rank: 1, score: 0.85 },
      { offerId: o1, rank: 2, score: 0.8 },
    ]);
    await waitFor(
      async () =>
        (await notifier.dataSource.query(`SELECT rank FROM job_lead WHERE offer_id = $1`, [o2]))[0]?.rank ===
        1,
      { what: 'both matchings applied' },
    );

    const today = new Date();
    notifier.clock.pin(today);
    expect(await runner.runOnce(today)).toBe(1);
    const [first] = await notifier.mailbox.waitForMessagesTo(nadia.email, 1);
    expect(first?.Subject).toBe('2 nouvelles offres pour vous');

    // A new offer the same day waits; so does one already announced.
    await matched([
      { offerId: o3, rank: 1, score: 0.95 },
      { offerId: o1, rank: 2, score: 0.8 },
    ]);
    await waitFor(
      async () =>
        (await notifier.dataSource.query(`SELECT 1 FROM job_lead WHERE offer_id = $1`, [o3])).length === 1,
      { what: 'the third offer kept' },
    );
    const later = new Date(today.getTime() + 23 * HOUR);
    notifier.clock.pin(later);
    expect(await runner.runOnce(later)).toBe(0);

    const nextDay = new Date(today.getTime() + 24 * HOUR);
    notifier.clock.pin(nextDay);
    expect(await runner.runOnce(nextDay)).toBe(1);
    const [, second] = await notifier.mailbox.waitForMessagesTo(nadia.email, 2);
    expect(second?.Subject).toBe('Une nouvelle offre pour vous');
  });
});

describe("coaches' messages", () => {
  it('a distress flag reaches the coach at once; before any coach, the ops of the office', async () => {
    const coachId = randomUUID();
    const coach = notifier.identity.addRecipient({
      role: 'coach',
      coachId,
      officeIds: [LYON],
      language: 'en',
    });
    const ops = notifier.identity.addRecipient({ role: 'ops', officeIds: [LYON] });
    const followed = randomUUID();
    const waiting = randomUUID();
    await enrol(followed, new Date());
    await enrol(waiting, new Date());
    await assign(followed, coachId);
    await projected('candidate_coach', followed);
    await projected('candidate_scope', waiting);
    const diagnosed = (candidateId: string, distressFlag: boolean) =>
      notifier.publish('CandidateDiagnosed.v1', candidateId, {
        candidateId,
        programmeId: PROGRAMME,
        diagnosticId: randomUUID(),
        questionnaireVersion: '2026-11',
        track: 'retraining',
        source: 'rules',
        reasonCodes: [],
        distressFlag,
        mobilityRadiusKm: null,
        languages: ['fr'],
        diagnosedAt: new Date().toISOString(),
      });
    await diagnosed(followed, false);
    await diagnosed(followed, true);
    await diagnosed(waiting, true);

    const [toCoach] = await notifier.mailbox.waitForMessagesTo(coach.email, 1);
    expect(toCoach?.Subject).toBe('Someone needs prompt contact');
    expect((await notifier.mailbox.message(toCoach!.ID)).Text).toContain(
      `https://console.passerelle.test/candidates/${followed}`,
    );
    const [toOps] = await notifier.mailbox.waitForMessagesTo(ops.email, 1);
    expect(toOps?.Subject).toBe('Une personne a besoin d’un contact rapide');
    expect((await notifier.mailbox.message(toOps!.ID)).Text).toContain(waiting);
    expect(await notifier.mailbox.messagesTo(coach.email)).toHaveLength(1);
  });

  it('people at risk reach the coach as a daily digest, most urgent first', async () => {
    const coachId = randomUUID();
    const coach = notifier.identity.addRecipient({ role: 'coach', coachId, officeIds: [LYON] });
    const [calm, urgent] = [randomUUID(), randomUUID()];
    for (const candidateId of [calm, urgent]) {
      await enrol(candidateId, new Date());
      await assign(candidateId, coachId);
      await projected('candidate_coach', candidateId);
    }
    const atRisk = (candidateId: string, urgency: 'immediate' | 'normal') =>
      notifier.publish('CandidateAtRisk.v1', candidateId, {
        candidateId,
        pathwayId: randomUUID(),
        reasons: ['inactivity'],
        urgency,
        detectedAt: new Date().toISOString(),
      });
    await atRisk(calm, 'normal');
    await atRisk(urgent, 'immediate');
    await projected('at_risk_item', urgent);
    await projected('at_risk_item', calm);

    const now = new Date();
    notifier.clock.pin(now);
    expect(await runner.runOnce(now)).toBeGreaterThanOrEqual(1);
    const [digest] = await notifier.mailbox.waitForMessagesTo(coach.email, 1);
    expect(digest?.Subject).toBe('2 personnes à suivre de près');
    const text = (await notifier.mailbox.message(digest!.ID)).Text;
    expect(text.indexOf(urgent)).toBeLessThan(text.indexOf(calm));
    expect(text).toContain(`à contacter tout de suite: https://console.passerelle.test/candidates/${urgent}`);
  });
});

describe('the assignment queue', () => {
  it('tells ops of the office, once, about people waiting for a coach beyond the threshold', async () => {
    const office = randomUUID();
    const ops = notifier.identity.addRecipient({ role: 'ops', officeIds: [office], language: 'en' });
    const [late, recent, followed] = [randomUUID(), randomUUID(), randomUUID()];
    const enrolIn = (candidateId: string, enrolledAt: Date) =>
      notifier.publish('CandidateEnrolled.v1', candidateId, {
        candidateId,
        programmeId: PROGRAMME,
        sponsorId: SPONSOR,
        officeIds: [office],
        enrolledAt: enrolledAt.toISOString(),
        formerOccupationCode: null,
        languages: ['fr'],
      });
    const now = new Date();
    await enrolIn(late, new Date(now.getTime() - 5 * 24 * HOUR));
    await enrolIn(recent, new Date(now.getTime() - 24 * HOUR));
    await enrolIn(followed, new Date(now.getTime() - 6 * 24 * HOUR));
    await notifier.publish('CoachAssigned.v1', followed, {
      candidateId: followed,
      programmeId: PROGRAMME,
      coachId: randomUUID(),
      officeId: office,
      previousCoachId: null,
      mode: 'automatic',
      assignedAt: now.toISOString(),
    });
    for (const candidateId of [late, recent]) await projected('candidate_scope', candidateId);
    await projected('candidate_coach', followed);

    notifier.clock.pin(now);
    await runner.runOnce(now);
    const [alert] = await notifier.mailbox.waitForMessagesTo(ops.email, 1);
    expect(alert?.Subject).toBe('1 person waiting for a coach');
    expect((await notifier.mailbox.message(alert!.ID)).Text).toContain(
      '1 person has waited for a coach for more than 3 days (the longest for 5 days).',
    );
    await runner.runOnce(new Date(now.getTime() + HOUR));
    expect(
      (
        await notifier.dataSource.query(
          `SELECT count(*) AS n FROM outgoing_message WHERE recipient_account_id = $1`,
          [ops.accountId],
        )
      )[0].n,
    ).toBe('1');
  });
});
