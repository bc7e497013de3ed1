import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import * as ical from 'node-ical';
import { Client } from 'pg';
import { officeHolidays } from '@passerelle/scheduling/domain';
import {
  coachAssignedTo,
  createCoach,
  createOffice,
  createRoom,
  enrol,
  expectGraphQLError,
  setUpProgramme,
  weekdays,
} from '@passerelle/shared/testing';
import { startPlatform, type GraphQLResponse, type RunningPlatform } from './platform-harness';

// Bookings that never collide, through the gateway with real tokens: 64 simultaneous requests for
// one coach's slot, one room, one person; then SQL finds no overlapping hold at all.

const LYON = randomUUID();
const RACERS = 64;
let platform: RunningPlatform;
let ops: string;
let programmeId: string;
let sponsorId: string;
const coaches: string[] = [];
const candidates: string[] = [];
let roomId: string;
/** The slot the 64 racers fought for: 10:00 in Lyon, a week ahead. */
let racedSlot: DateTime;

/** The `days`-th working day ahead (no weekend, no French holiday) at a Lyon wall-clock time. */
function lyonDay(days: number, hour: number): DateTime {
  // The n-th working day from today: different n, different days.
  let day = DateTime.now().setZone('Europe/Paris').startOf('day');
  const closed = officeHolidays({ frenchPublicHolidays: true, extraHolidays: [] }, [day.year, day.year + 1]);
  for (let left = days; left > 0;) {
    day = day.plus({ days: 1 });
    if (day.weekday <= 5 && !closed.has(day.toFormat('yyyy-MM-dd'))) left--;
  }
  return day.set({ hour });
}

const ok = (token: string, query: string, variables: Record<string, unknown> = {}) =>
  platform.as(token).ok(query, variables);

const BOOK = `mutation B($input: BookSessionInput!) { bookSession(input: $input) { id startsAt } }`;

beforeAll(async () => {
  platform = await startPlatform();
  ops = await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] });
  const asOps = platform.as(ops);
  await createOffice(asOps, {
    id: LYON,
    name: 'Lyon Part-Dieu',
    address: '12 rue de la République, 69002 Lyon',
    timeZone: 'Europe/Paris',
    openingHours: weekdays('08:00', '20:00'),
    bufferMinutes: 10,
    minimumNoticeMinutes: 60,
  });
  roomId = await createRoom(asOps, { officeId: LYON, name: 'Rhône', capacity: 8, equipment: ['screen'] });
  for (let i = 0; i < RACERS; i++) {
    coaches.push(
      await createCoach(asOps, {
        displayName: `Coach ${i}`,
        officeIds: [LYON],
        languages: ['fr'],
        specialties: ['DIRECT_REEMPLOYMENT'],
        maxCaseload: 5,
        weeklyHours: weekdays('08:00', '19:00'),
      }),
    );
  }
  ({ sponsorId, programmeId } = await setUpProgramme(asOps, {
    sponsorName: 'Acme Industrie',
    name: 'PSE Acme Lyon',
    officeIds: [LYON],
  }));
  for (let i = 0; i < RACERS; i++) {
    candidates.push(
      await enrol(asOps, {
        programmeId,
        employeeNumber: `E-${i}`,
        firstName: 'Prénom',
        lastName: `Nom ${i}`,
        email: `person${i}@example.org`,
        languages: ['fr'],
      }),
    );
  }
  // Enrolment reaches scheduling through Kafka: each person gets a coach, fairly spread.
  await coachAssignedTo(asOps, candidates[RACERS - 1]!);
});

afterAll(async () => {
  await platform?.stop();
});

type Attempt = GraphQLResponse<{ bookSession: { id: string } }>;

function tally(attempts: Attempt[]) {
  const won = attempts.filter((a) => a.body.data?.bookSession?.id);
  const lost = attempts.filter((a) => a.body.errors?.[0]?.extensions?.code === 'SLOT_TAKEN');
  return { won, lost, statuses: [...new Set(attempts.map((a) => a.status))] };
}

/** Exactly one booking won; every other lost to it on `resource` with SLOT_TAKEN. */
function expectOneWinner(attempts: Attempt[], resource: 'coach' | 'room' | 'candidate'): void {
  const { won, lost } = tally(attempts);
  expect(won).toHaveLength(1);
  expect(lost.map((a) => (a.body.errors![0]!.extensions as { resource: string }).resource)).toEqual(
    Array(RACERS - 1).fill(resource),
  );
}

async function race(inputs: Record<string, unknown>[]): Promise<Attempt[]> {
  const asOps = platform.as(ops);
  return Promise.all(inputs.map((input) => asOps.request<{ bookSession: { id: string } }>(BOOK, { input })));
}

describe('bookings that never collide', () => {
  it('gives one coach slot to exactly one of 64 simultaneous bookings; the 63 others get SLOT_TAKEN and next slots', async () => {
    racedSlot = lyonDay(7, 10);
    const startsAt = racedSlot.toJSDate().toISOString();
    const attempts = await race(
      candidates.map((candidateId) => ({
        candidateIds: [candidateId],
        coachId: coaches[0],
        kind: 'FOLLOW_UP',
        mode: 'PHONE',
        startsAt,
      })),
    );
    const { won, lost, statuses } = tally(attempts);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(RACERS - 1);
    expect(statuses).toEqual([200]);
    for (const attempt of lost) {
      const extensions = attempt.body.errors![0]!.extensions as {
        resource: string;
        nextSlots: { startsAt: string }[];
      };
      expect(extensions.resource).toBe('coach');
      expect(extensions.nextSlots.length).toBeGreaterThan(0);
      // The next free slot starts after the session and the office's 10-minute buffer.
      expect(new Date(extensions.nextSlots[0]!.startsAt).getTime()).toBeGreaterThanOrEqual(
        new Date(startsAt).getTime() + 70 * 60_000,
      );
    }
  });

  it('gives one room to exactly one of 64 overlapping bookings by different coaches and people', async () => {
    const base = lyonDay(8, 9);
    const attempts = await race(
      candidates.map((candidateId, i) => ({
        candidateIds: [candidateId],
        coachId: coaches[i],
        kind: 'FOLLOW_UP',
        mode: 'IN_PERSON',
        roomId,
        durationMinutes: 90, // 1 minute apart: every pair overlaps
        startsAt: base.plus({ minutes: i }).toJSDate().toISOString(),
      })),
    );
    expectOneWinner(attempts, 'room');
  });

  it('gives one person exactly one of 64 overlapping sessions with different coaches', async () => {
    const base = lyonDay(9, 9);
    const attempts = await race(
      coaches.map((coachId, i) => ({
        candidateIds: [candidates[0]],
        coachId,
        kind: 'FOLLOW_UP',
        mode: 'VIDEO',
        durationMinutes: 90, // 1 minute apart: every pair overlaps
        startsAt: base.plus({ minutes: i }).toJSDate().toISOString(),
      })),
    );
    expectOneWinner(attempts, 'candidate');
  });

  it('leaves no overlapping hold of any coach, room or person in the database', async () => {
    const client = new Client({ connectionString: platform.databaseUrls['scheduling'] });
    await client.connect();
    try {
      const overlaps = await client.query(
        `SELECT count(*)::int AS n FROM booking a JOIN booking b
           ON a.resource_kind = b.resource_kind AND a.resource_id = b.resource_id AND a.id < b.id AND a.during && b.during`,
      );
      expect(overlaps.rows[0].n).toBe(0);
      const sessions = await client.query(
        `SELECT count(*)::int AS n FROM coaching_session WHERE status = 'booked'`,
      );
      expect(sessions.rows[0].n).toBe(3);
      // Each won session holds its coach and person (and room when in person): nothing lost, nothing half-written.
      const holds = await client.query(
        `SELECT resource_kind, count(*)::int AS n FROM booking GROUP BY 1 ORDER BY 1`,
      );
      expect(holds.rows).toEqual([
        { resource_kind: 'candidate', n: 3 },
        { resource_kind: 'coach', n: 3 },
        { resource_kind: 'room', n: 1 },
      ]);
      const participants = await client.query(`SELECT count(*)::int AS n FROM session_participant`);
      expect(participants.rows[0].n).toBe(3);
    } finally {
      await client.end();
    }
  });
});

describe('through the gateway, per role', () => {
  it('serves a coach’s ICS feed at /calendar/<token>.ics, read by node-ical with the right UTC times', async () => {
    const coachToken = await platform.token({
      sub: 'coach-0',
      role: 'coach',
      coach_id: coaches[0]!,
      office_ids: [LYON],
    });
    const { rotateCalendarToken } = await ok(
      coachToken,
      `mutation { rotateCalendarToken(coachId: "${coaches[0]}") { path } }`,
    );
    const origin = new URL(platform.gatewayUrl).origin;
    const response = await fetch(`${origin}${rotateCalendarToken.path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const text = await response.text();
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const events = Object.values(ical.sync.parseICS(text)).filter(
      (e): e is ical.VEvent => e?.type === 'VEVENT',
    );
    const calendar = await ok(
      coachToken,
      `query { coachCalendar(coachId: "${coaches[0]}", from: "${lyonDay(0, 0).toUTC().toISO()}", to: "${lyonDay(30, 0).toUTC().toISO()}") { id startsAt endsAt } }`,
    );
    expect(events.map((e) => e.uid).sort()).toEqual(
      calendar.coachCalendar.map((s: { id: string }) => `${s.id}@passerelle`).sort(),
    );
    for (const session of calendar.coachCalendar as { id: string; startsAt: string; endsAt: string }[]) {
      const event = events.find((e) => e.uid === `${session.id}@passerelle`)!;
      expect(event.start.toISOString()).toBe(session.startsAt);
      expect(event.end!.toISOString()).toBe(session.endsAt);
      expect((event.start as Date & { tz?: string }).tz).toBe('Etc/UTC');
    }
    // The raced session reads as 10:00 in Lyon, whatever the season.
    const raced = events.find((e) => e.start.getTime() === racedSlot.toMillis())!;
    expect(DateTime.fromJSDate(raced.start, { zone: 'Europe/Paris' }).toFormat('HH:mm')).toBe('10:00');
    expect(raced.summary).toBe('Entretien de suivi par téléphone');
    expect((await fetch(`${origin}/calendar/not-a-token.ics`)).status).toBe(404);
    expect((await fetch(`${origin}/calendar/${'x'.repeat(43)}.ics`)).status).toBe(404);
  });

  it('lets a person see their own sessions and coach, and self-book with their coach', async () => {
    const me = candidates[1]!;
    const token = await platform.token({ sub: 'person-1', role: 'candidate', candidate_id: me });
    const view = await ok(
      token,
      `query { candidate(id: "${me}") { coach { id displayName email maxCaseload } sessions { id } coachAssignment { mode } } }`,
    );
    expect(view.candidate.coach.id).toBeTruthy();
    expect(view.candidate.coach.maxCaseload).toBeNull(); // a coach's caseload is not the person's business
    expect(view.candidate.coach.email).toBeNull(); // nor their work address: identity writes to people
    expect(view.candidate.coachAssignment).toBeNull();
    const slots = await ok(
      token,
      `query S($input: AvailabilityInput!) { availableSlots(input: $input) { startsAt coachId } }`,
      {
        input: {
          coachId: view.candidate.coach.id,
          from: lyonDay(10, 0).toJSDate().toISOString(),
          to: lyonDay(10, 23).toJSDate().toISOString(),
          kind: 'FOLLOW_UP',
          mode: 'VIDEO',
        },
      },
    );
    expect(slots.availableSlots.length).toBeGreaterThan(0);
    const booked = await ok(token, BOOK, {
      input: {
        candidateIds: [me],
        kind: 'FOLLOW_UP',
        mode: 'VIDEO',
        startsAt: slots.availableSlots[0].startsAt,
      },
    });
    const after = await ok(token, `query { candidate(id: "${me}") { sessions { id status } } }`);
    expect(after.candidate.sessions).toContainEqual({ id: booked.bookSession.id, status: 'BOOKED' });
    // Another person is not found: an answer without errors, in which they are absent.
    expect(await ok(token, `query { candidate(id: "${candidates[2]}") { sessions { id } } }`)).toEqual({
      candidate: null,
    });
  });

  it('gives a sponsor aggregate counts only, none under k', async () => {
    const sponsor = await platform.token({ sub: 'hr', role: 'sponsor', sponsor_ids: [sponsorId] });
    const counts = await ok(
      sponsor,
      `query { sessionCounts(programmeId: "${programmeId}") { status count suppressed suppression } }`,
    );
    // Four people have a session: too few to show even how many sessions they booked.
    expect(counts.sessionCounts).toContainEqual({
      status: 'BOOKED',
      count: null,
      suppressed: true,
      suppression: 'SMALL_POPULATION',
    });
    const denied = await platform.as(sponsor).request(`query { session(id: "${randomUUID()}") { id } }`);
    expectGraphQLError(denied, 'FORBIDDEN');
    const stranger = await platform.token({ sub: 'hr2', role: 'sponsor', sponsor_ids: [randomUUID()] });
    expect(
      (await ok(stranger, `query { sessionCounts(programmeId: "${programmeId}") { status count } }`))
        .sessionCounts,
    ).toEqual([]);
  });
});
