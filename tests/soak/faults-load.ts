// Issue 16, item 3: three faults of load rather than breakage, each a step of the run like those of
// faults.ts, each failing (throwing) when what it checks does not hold:
//   slow-handler   scheduling's enrolment handlers held longer than the consumer's session timeout
//   booking-race   64 sign-ins race for one coach slot, 64 people for a workshop's last seats
//   graphql-abuse  abusive queries at the gateway at a steady rate while the people flow
// The pure parts (reading /metrics, judging a race, an abusive answer, a throughput) are exported
// for tests/soak/faults-load.spec.ts.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DateTime } from 'luxon';
import { Client } from 'pg';
import { officeHolidays } from '@passerelle/scheduling/domain';
import { HEADERS } from '@passerelle/shared/contracts';
import { gatewayAs, type GraphQLAnswer } from '@passerelle/shared/testing';
import type { Fault } from './args';
import { currentProgress, type FaultContext, type FaultStep, type Progress } from './faults';
import { SERVICES, everyServiceAnswers, type Service, type SoakPlatform } from './platform';
import { PROJECTIONS } from './projections';

const CANDIDATE_TOPIC = 'passerelle.intake.candidate';
const SCHEDULING = 'scheduling coach or queue entry with reason';
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------
// Pure parts

/** The sum of a Prometheus metric's samples whose labels include `labels` (0 when none). */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name) || (line[name.length] !== '{' && line[name.length] !== ' ')) continue;
    const open = line.indexOf('{');
    const close = line.lastIndexOf('}');
    const own: Record<string, string> = {};
    if (open === name.length && close > open) {
      for (const match of line.slice(open + 1, close).matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g))
        own[match[1]!] = match[2]!;
    }
    if (Object.entries(labels).every(([key, value]) => own[key] === value))
      total += Number(line.slice((close > open && open === name.length ? close : name.length) + 1).trim());
  }
  return total;
}

export interface RaceAnswer {
  won: boolean;
  /** `extensions.code` of the first error, or the HTTP status when there is none. */
  code: string;
}

export interface RaceTally {
  won: number;
  refused: Record<string, number>;
  ok: boolean;
}

/** Exactly `capacity` won and every other was refused with `expectedCode`. */
export function tallyRace(answers: readonly RaceAnswer[], capacity: number, expectedCode: string): RaceTally {
  const refused: Record<string, number> = {};
  let won = 0;
  for (const answer of answers) {
    if (answer.won) won++;
    else refused[answer.code] = (refused[answer.code] ?? 0) + 1;
  }
  const ok =
    won === capacity &&
    (refused[expectedCode] ?? 0) === answers.length - capacity &&
    Object.keys(refused).every((code) => code === expectedCode);
  return { won, refused, ok };
}

export const describeTally = ({ won, refused }: RaceTally): string =>
  `${won} won, refused ${
    Object.entries(refused)
      .map(([code, n]) => `${code} ${n}`)
      .join(', ') || 'none'
  }`;

export interface AbuseExpectation {
  status: number;
  /** `errors[0].extensions.code`; null for an answer that is not a GraphQL one (the body limit). */
  code: string | null;
}

export interface AbuseAnswer {
  status: number;
  code: string | null;
}

export const refusedAsExpected = (expected: AbuseExpectation, answer: AbuseAnswer): boolean =>
  answer.status === expected.status && answer.code === expected.code;

export interface ThroughputWindow {
  /** Events applied (summed over the services counted) at the window's start and end. */
  from: number;
  to: number;
  ms: number;
}

export const perSecond = ({ from, to, ms }: ThroughputWindow): number =>
  ms > 0 ? (Math.max(0, to - from) * 1000) / ms : 0;

/**
 * The abuse window's throughput against the window before: at least `bound` of it. A window with
 * no event at all before cannot be compared (null).
 */
export function throughputHolds(
  before: ThroughputWindow,
  during: ThroughputWindow,
  bound: number,
): boolean | null {
  const was = perSecond(before);
  if (was === 0) return null;
  return perSecond(during) >= was * bound;
}

/** The services a fault stops or slows on purpose ('all': every service, through Kafka or PostgreSQL). */
const TOUCHES: Partial<Record<Fault, readonly Service[] | 'all'>> = {
  'slow-handler': ['scheduling'],
  'consumer-kill': ['pathway'],
  'relay-kill': ['intake'],
  rebalance: ['matching'],
  'broker-kill': 'all',
  'postgres-restart': 'all',
};

/** Which services' throughput tells the abuse's effect, given the run's other faults. */
export function servicesToMeasure(faults: readonly Fault[]): { services: Service[]; confounded: Fault[] } {
  const left = new Set<Service>(SERVICES);
  const confounded: Fault[] = [];
  for (const fault of faults) {
    const touched = TOUCHES[fault];
    if (touched === 'all') confounded.push(fault);
    else for (const service of touched ?? []) left.delete(service);
  }
  return { services: [...left], confounded };
}

// ---------------------------------------------------------------------------------------------
// The steps

export function loadFaultSteps(faults: readonly Fault[], context: FaultContext): FaultStep[] {
  const steps: FaultStep[] = [];
  const share = (p: Progress, name: string) => (p.counts[name] ?? 0) / p.valid;
  if (faults.includes('slow-handler')) {
    steps.push({
      fault: 'slow-handler',
      describeTrigger: `scheduling at 10 %: its enrolment handlers held ${SLOW.holdMs / 1000} s on a lock`,
      when: (p) => share(p, SCHEDULING) >= 0.1,
      run: (p) => slowHandler(context, p),
    });
  }
  if (faults.includes('booking-race')) {
    steps.push({
      fault: 'booking-race',
      asClient: true,
      describeTrigger: `scheduling holds ${context.options.sample + RACE.racers * 2} people (coaches full, the queue growing)`,
      when: (p) => (p.counts[SCHEDULING] ?? 0) >= Math.min(p.valid, context.options.sample + RACE.racers * 2),
      run: () => bookingRace(context),
    });
  }
  if (faults.includes('graphql-abuse')) {
    steps.push({
      fault: 'graphql-abuse',
      asClient: true,
      describeTrigger: `import at 10 %: ${ABUSE.beforeMs / 1000} s measured, then ${ABUSE.durationMs / 1000} s of abuse`,
      when: (p) => p.intakeEnrolled >= p.valid * 0.1,
      run: () => graphqlAbuse(context, faults),
    });
  }
  return steps;
}

async function metricsOf(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`/metrics of 127.0.0.1:${port} answered ${response.status}`);
  return response.text();
}

// ---- slow-handler ---------------------------------------------------------------------------

/**
 * The services' consumers use kafkajs's session timeout of 30 s (InboxConsumer), heartbeating
 * between handlers. A handler slower than that cannot heartbeat: here a real cause, no code path
 * of the services' own, a lock another session holds on the table scheduling's enrolment handler
 * writes (a migration, a VACUUM FULL or an ops statement does the same), for 1.5 times the timeout.
 */
const SLOW = {
  table: 'candidate_profile',
  holdMs: 45_000,
  /** How long the lock waits for a first blocked handler (another fault may hold intake's events back). */
  waitForHandlersMs: 180_000,
  settleMs: 30_000,
  sessionTimeoutMs: 30_000,
  maxRejoins: 2,
};

async function slowHandler(context: FaultContext, trigger: Progress): Promise<string> {
  const { platform } = context;
  const port = platform.apps.scheduling.port;
  const joins = (text: string, topic?: string) =>
    metricValue(text, 'passerelle_consumer_group_joins_total', {
      consumer: 'scheduling',
      ...(topic ? { topic } : {}),
    });
  const duplicates = (text: string) =>
    metricValue(text, 'passerelle_events_consumed_total', {
      consumer: 'scheduling',
      topic: CANDIDATE_TOPIC,
      outcome: 'duplicate',
    });
  const before = await metricsOf(port);
  // Named so the postgres-restart fault spares them (each fault is judged on its own).
  const holder = new Client({
    connectionString: platform.databaseUrls.scheduling,
    application_name: 'soak-fault-slow-handler',
  });
  const probe = new Client({
    connectionString: platform.databaseUrls.scheduling,
    application_name: 'soak-fault-slow-handler-probe',
  });
  // A dropped connection fails the fault (its query throws), never the run's process.
  holder.on('error', () => undefined);
  probe.on('error', () => undefined);
  await holder.connect();
  await probe.connect();
  // The sessions waiting for the lock: scheduling's handlers, each inside its batch's transaction.
  const waiting = async () =>
    Number(
      (
        await probe.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
            WHERE c.relname = $1 AND NOT l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
          [SLOW.table],
        )
      ).rows[0]!.n,
    );
  let waitedForLock = 0;
  let firstWaitingAt: number | null = null;
  let maxWaiting = 0;
  let waitingAtRelease = 0;
  let heldMs = 0;
  const atLock = { scheduling: 0, enrolled: 0 };
  try {
    await holder.query('BEGIN');
    const t0 = performance.now();
    // EXCLUSIVE: reads go on (the run's own counts, the bookings), every write waits.
    await holder.query(`LOCK TABLE ${SLOW.table} IN EXCLUSIVE MODE`);
    const lockedAt = performance.now();
    waitedForLock = lockedAt - t0;
    atLock.scheduling = currentProgress().counts[SCHEDULING] ?? 0;
    atLock.enrolled = currentProgress().intakeEnrolled;
    // Held 45 s from the first handler blocked on it (not from the lock): with every fault on, the
    // enrolments may reach scheduling only once intake is back from its own kill.
    while (
      firstWaitingAt === null
        ? performance.now() - lockedAt < SLOW.waitForHandlersMs
        : performance.now() - firstWaitingAt < SLOW.holdMs
    ) {
      const n = await waiting();
      if (n > 0) firstWaitingAt ??= performance.now();
      maxWaiting = Math.max(maxWaiting, n);
      await sleep(1000);
    }
    waitingAtRelease = await waiting();
    heldMs = performance.now() - lockedAt;
    await holder.query('COMMIT');
  } finally {
    await holder.end();
  }
  const blockedMs =
    firstWaitingAt === null || waitingAtRelease === 0 ? 0 : performance.now() - firstWaitingAt;
  await sleep(SLOW.settleMs);
  await probe.end();
  const after = await metricsOf(port);
  const rejoins = joins(after, CANDIDATE_TOPIC) - joins(before, CANDIDATE_TOPIC);
  const allRejoins = joins(after) - joins(before);
  const detail =
    `a lock of scheduling's ${SLOW.table} held ${seconds(heldMs)} (taken in ${seconds(waitedForLock)}, behind a batch's transaction; ` +
    `scheduling at ${atLock.scheduling} of ${trigger.valid}, ${atLock.enrolled} enrolled): up to ${maxWaiting} handlers waiting on it, ` +
    `blocked ${seconds(blockedMs)} against a session timeout of ${seconds(SLOW.sessionTimeoutMs)}; ` +
    `group joins of scheduling's ${CANDIDATE_TOPIC} consumer from before the lock to ${seconds(SLOW.settleMs)} after: ${rejoins} (bound ${SLOW.maxRejoins}; ` +
    `${joins(after, CANDIDATE_TOPIC)} since its start), all of scheduling's groups ${allRejoins}; ` +
    `${duplicates(after) - duplicates(before)} redelivered events absorbed by the inbox`;
  if (blockedMs < SLOW.sessionTimeoutMs)
    throw new Error(`the handlers were not held past the session timeout (nothing shown): ${detail}`);
  if (rejoins > SLOW.maxRejoins) throw new Error(`rebalance storm: ${detail}`);
  return detail;
}

// ---- booking-race ---------------------------------------------------------------------------

const RACE = { racers: 64, seats: 5 };
const BOOK = `mutation B($input: BookSessionInput!) { bookSession(input: $input) { id } }`;
const JOIN = `mutation J($sessionId: ID!, $candidateId: ID!) { joinWorkshop(sessionId: $sessionId, candidateId: $candidateId) { id } }`;
const CREATE_WORKSHOP = `mutation C($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`;

/** The `days`-th working day from today in Lyon, at `hour` (no weekend, no French public holiday). */
function lyonDay(days: number, hour: number): string {
  let day = DateTime.now().setZone('Europe/Paris').startOf('day');
  const closed = officeHolidays({ frenchPublicHolidays: true, extraHolidays: [] }, [day.year, day.year + 1]);
  for (let left = days; left > 0;) {
    day = day.plus({ days: 1 });
    if (day.weekday <= 5 && !closed.has(day.toFormat('yyyy-MM-dd'))) left--;
  }
  return day.set({ hour }).toUTC().toISO()!;
}

async function race(
  platform: SoakPlatform,
  requests: (() => Promise<GraphQLAnswer<unknown>>)[],
  wonIf: (data: unknown) => boolean,
): Promise<{ answers: RaceAnswer[]; ms: number; askedAgain: number }> {
  const t0 = performance.now();
  let askedAgain = 0;
  // A person whose request met a service another fault had just ended asks again once it is back.
  const patiently = async (send: () => Promise<GraphQLAnswer<unknown>>) => {
    for (let attempt = 1; ; attempt++) {
      const response = await send();
      if (attempt === 3 || response.body.errors?.[0]?.extensions?.['code'] !== 'INTERNAL_SERVER_ERROR')
        return response;
      askedAgain++;
      await everyServiceAnswers(platform);
    }
  };
  const responses = await Promise.all(requests.map(patiently));
  return {
    ms: performance.now() - t0,
    askedAgain,
    answers: responses.map((response) => ({
      won: wonIf(response.body.data),
      code: String(response.body.errors?.[0]?.extensions?.['code'] ?? response.status),
    })),
  };
}

/**
 * (1) 64 sign-ins of one coach's people (their own candidate tokens, 64 of them, round robin over
 * the people) book the coach's same slot at once: one wins, 63 get SLOT_TAKEN. (2) Ops open a
 * remote workshop of 5 seats and 64 other people join it at once, each with their own token: 5
 * seats taken, 59 WORKSHOP_FULL. Then scheduling's database holds no overlapping hold and exactly
 * the winners, and notifier one session_booked email row per winner (sent, or skipped with its
 * reason) or its booking kept until the person's account exists, none for the others. The journey's sample (the first people assigned) is left alone.
 */
async function bookingRace(context: FaultContext): Promise<string> {
  const { platform, databases, options, programmeId, ops } = context;
  const raceStart = new Date();
  const { rows: assigned } = await databases.scheduling.query<{ candidateId: string; coachId: string }>(
    `SELECT candidate_id::text AS "candidateId", coach_id::text AS "coachId" FROM coach_assignment
      WHERE programme_id = $1 AND ended_at IS NULL ORDER BY assigned_at`,
    [programmeId],
  );
  const sample = new Set(assigned.slice(0, options.sample).map((row) => row.candidateId));
  const byCoach = new Map<string, string[]>();
  for (const { candidateId, coachId } of assigned.slice(options.sample))
    byCoach.set(coachId, [...(byCoach.get(coachId) ?? []), candidateId]);
  const [coachId, people] = [...byCoach].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!coachId || !people) throw new Error('no coach with people outside the journey sample');
  const token = (candidateId: string) =>
    platform.token({ sub: `person-${candidateId}`, role: 'candidate', candidate_id: candidateId });

  // (1) One coach slot, 64 sign-ins.
  const slot = lyonDay(15, 17);
  const signIns = await Promise.all(
    Array.from({ length: RACE.racers }, async (_unused, i) => {
      const candidateId = people[i % people.length]!;
      return { candidateId, client: gatewayAs(platform.gatewayUrl, await token(candidateId)) };
    }),
  );
  const slotRace = await race(
    platform,
    signIns.map(
      ({ candidateId, client }) =>
        () =>
          client.request(BOOK, {
            input: { candidateIds: [candidateId], coachId, kind: 'FOLLOW_UP', mode: 'VIDEO', startsAt: slot },
          }),
    ),
    (data) => Boolean((data as { bookSession?: { id: string } } | undefined)?.bookSession?.id),
  );
  const slotTally = tallyRace(slotRace.answers, 1, 'SLOT_TAKEN');

  // (2) A workshop's last seats, 64 people.
  const { rows: others } = await databases.scheduling.query<{ candidateId: string }>(
    `SELECT candidate_id::text AS "candidateId" FROM candidate_profile WHERE programme_id = $1 ORDER BY updated_at, candidate_id`,
    [programmeId],
  );
  const racers = others
    .map((row) => row.candidateId)
    .filter((id) => !sample.has(id) && !people.includes(id))
    .slice(0, RACE.racers);
  if (racers.length < RACE.racers) throw new Error(`only ${racers.length} people to race for the workshop`);
  const { createWorkshop } = await ops.ok<{ createWorkshop: { id: string } }>(CREATE_WORKSHOP, {
    input: {
      coachId,
      title: 'Atelier réseau (soak)',
      topic: 'NETWORKING',
      description: 'Cinq places, soixante-quatre personnes.',
      language: 'fr',
      place: 'REMOTE',
      startsAt: lyonDay(16, 14),
      durationMinutes: 120,
      seatLimit: RACE.seats,
      programmeIds: [programmeId],
    },
  });
  const workshopId = createWorkshop.id;
  const joiners = await Promise.all(
    racers.map(async (candidateId) => ({
      candidateId,
      client: gatewayAs(platform.gatewayUrl, await token(candidateId)),
    })),
  );
  const seatRace = await race(
    platform,
    joiners.map(
      ({ candidateId, client }) =>
        () =>
          client.request(JOIN, { sessionId: workshopId, candidateId }),
    ),
    (data) => Boolean((data as { joinWorkshop?: { id: string } } | undefined)?.joinWorkshop?.id),
  );
  const seatTally = tallyRace(seatRace.answers, RACE.seats, 'WORKSHOP_FULL');

  // Scheduling's database: no overlapping hold anywhere, exactly the winners.
  const overlaps = Number(
    (
      await databases.scheduling.query<{ n: string }>(
        `SELECT count(*) AS n FROM booking a JOIN booking b
           ON a.resource_kind = b.resource_kind AND a.resource_id = b.resource_id AND a.id < b.id AND a.during && b.during`,
      )
    ).rows[0]!.n,
  );
  const { rows: slotSessions } = await databases.scheduling.query<{ id: string; candidateId: string }>(
    `SELECT s.id::text AS id, p.candidate_id::text AS "candidateId" FROM coaching_session s
       JOIN session_participant p ON p.session_id = s.id
      WHERE s.coach_id = $1 AND s.starts_at = $2 AND s.status = 'booked'`,
    [coachId, slot],
  );
  const { rows: seated } = await databases.scheduling.query<{ candidateId: string }>(
    `SELECT candidate_id::text AS "candidateId" FROM session_participant WHERE session_id = $1 AND status = 'booked'`,
    [workshopId],
  );
  const winners = [...slotSessions.map((row) => row.candidateId), ...seated.map((row) => row.candidateId)];
  const everyone = [...new Set([...people, ...racers])];

  // Notifier: one session_booked email row per winner (sent, or skipped with its reason), or the
  // booking kept until identity opens the person's account (decision 0052), none for the others.
  type Told = { candidateId: string; status: string; skipReason: string | null };
  const told = async (): Promise<Told[]> => {
    const { rows: mail } = await databases.notifier.query<Told>(
      `SELECT candidate_id::text AS "candidateId", status, skip_reason AS "skipReason" FROM outgoing_message
        WHERE kind = 'session_booked' AND channel = 'email' AND candidate_id = ANY($1::uuid[]) AND created_at >= $2`,
      [everyone, raceStart],
    );
    const { rows: kept } = await databases.notifier.query<Told>(
      `SELECT candidate_id::text AS "candidateId", 'awaiting account' AS status, NULL AS "skipReason"
         FROM awaiting_account
        WHERE event->>'type' = 'SessionBooked' AND candidate_id = ANY($1::uuid[]) AND received_at >= $2`,
      [everyone, raceStart],
    );
    return [...mail, ...kept];
  };
  const deadline = Date.now() + 180_000;
  let mail: Told[] = [];
  for (;;) {
    mail = await told();
    if (mail.length >= winners.length || Date.now() > deadline) break;
    await sleep(1000);
  }
  await sleep(3000); // a late second row (an event applied twice) would show now
  mail = await told();
  const mailed = mail.map((row) => row.candidateId).sort();
  const mailOnce = JSON.stringify(mailed) === JSON.stringify([...winners].sort());
  const statuses = new Map<string, number>();
  for (const row of mail) {
    const label = row.status === 'skipped' ? `skipped (${row.skipReason})` : row.status;
    statuses.set(label, (statuses.get(label) ?? 0) + 1);
  }

  const detail =
    `one coach slot, ${RACE.racers} sign-ins of ${people.length} people: ${describeTally(slotTally)} in ${seconds(slotRace.ms)}${slotRace.askedAgain ? ` (${slotRace.askedAgain} asked again after INTERNAL_SERVER_ERROR)` : ''}; ` +
    `a workshop's last ${RACE.seats} seats, ${RACE.racers} people: ${describeTally(seatTally)} in ${seconds(seatRace.ms)}${seatRace.askedAgain ? ` (${seatRace.askedAgain} asked again after INTERNAL_SERVER_ERROR)` : ''}; ` +
    `scheduling: ${slotSessions.length} booked at the slot, ${seated.length} seated, ${overlaps} overlapping holds; ` +
    `notifier: ${mail.length} session_booked emails for ${winners.length} winners (${[...statuses].map(([s, n]) => `${s} ${n}`).join(', ')}), none for the others: ${mailOnce}`;
  const ok =
    slotTally.ok &&
    seatTally.ok &&
    overlaps === 0 &&
    slotSessions.length === 1 &&
    seated.length === RACE.seats &&
    mailOnce;
  if (!ok) throw new Error(detail);
  return detail;
}

// ---- graphql-abuse --------------------------------------------------------------------------

const ABUSE = { ratePerSecond: 10, durationMs: 20_000, beforeMs: 10_000, bound: 0.5 };

interface AbuseKind extends AbuseExpectation {
  name: string;
  body: () => string;
}

/** `candidate(id) { formerOccupationConfirmation { candidate { ... id } } }`: 2 × `cycles` + 2 levels. */
export function deepQuery(cycles: number, candidateId: string): string {
  let selection = 'id';
  for (let cycle = 0; cycle < cycles; cycle++)
    selection = `formerOccupationConfirmation { candidate { ${selection} } }`;
  return `{ candidate(id: "${candidateId}") { ${selection} } }`;
}

/**
 * One POST on a connection of its own, as a separate client: the gateway closes a connection on
 * which it refused a body too large, and a shared pool (fetch's) would then fail the requests
 * queued on it ("fetch failed", the first attempt of this fault) for a reason that is the client's.
 */
function postOnce(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; text: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: false,
        timeout: 60_000,
      },
      (incoming) => {
        answered = true;
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('no answer in 60 s')));
    // Refused before the whole body was sent (413): the write fails once the answer is in.
    outgoing.on('error', (error) => {
      if (!answered) reject(error);
    });
    outgoing.end(body);
  });
}

const json = (query: string) => JSON.stringify({ query, variables: {} });
const ABUSE_KINDS: AbuseKind[] = [
  {
    name: 'too deep (12 levels)',
    status: 400,
    code: 'QUERY_TOO_DEEP',
    body: () => json(deepQuery(5, randomUUID())),
  },
  {
    name: '100 aliases',
    status: 400,
    code: 'TOO_MANY_ALIASES',
    body: () => json(`{ ${Array.from({ length: 100 }, (_unused, i) => `a${i}: __typename`).join(' ')} }`),
  },
  {
    name: 'too costly (20 pages of 200)',
    status: 400,
    code: 'QUERY_TOO_COSTLY',
    body: () =>
      json(
        `{ ${Array.from(
          { length: 20 },
          (_unused, i) =>
            `q${i}: assignmentQueue(first: 200) { nodes { candidateId explanation { summary excluded { reasons } } } }`,
        ).join(' ')} }`,
      ),
  },
  {
    name: 'oversize body (1.1 MB)',
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    body: () => JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } }),
  },
  {
    name: 'batch of 6 operations',
    status: 400,
    code: 'BATCH_TOO_LARGE',
    body: () =>
      JSON.stringify(
        Array.from({ length: 6 }, () => ({ query: `{ candidate(id: "${randomUUID()}") { id } }` })),
      ),
  },
  {
    name: 'introspection',
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    body: () => json('{ __schema { types { name fields { name } } } }'),
  },
  {
    name: '20,001 tokens',
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    body: () => json(`{ ${'__typename '.repeat(20_001)}}`),
  },
  {
    name: '21 directives',
    status: 400,
    code: 'TOO_MANY_DIRECTIVES',
    body: () =>
      json(
        `{ ${Array.from({ length: 21 }, (_unused, i) => `a${i}: __typename @include(if: true)`).join(' ')} }`,
      ),
  },
];

/** Events applied so far by each of `services` (their /metrics), summed. */
async function appliedEvents(context: FaultContext, services: readonly Service[]): Promise<number> {
  const counts = await Promise.all(
    services.map(async (service) =>
      metricValue(
        await metricsOf(context.platform.apps[service].port).catch(() => ''),
        'passerelle_events_consumed_total',
        {
          outcome: 'applied',
        },
      ),
    ),
  );
  return counts.reduce((sum, n) => sum + n, 0);
}

/** Every projection of these services complete: their work ran out, whatever the abuse. */
const allDone = (p: Progress, services: readonly Service[]) =>
  PROJECTIONS.filter((projection) => services.includes(projection.service)).every(
    (projection) => (p.counts[projection.name] ?? 0) >= p.valid,
  );

/** A throughput window: events applied from now for `ms`, cut short when the services' projections are complete. */
async function measureWindow(
  context: FaultContext,
  services: readonly Service[],
  ms: number,
): Promise<ThroughputWindow> {
  const from = await appliedEvents(context, services);
  const t0 = performance.now();
  while (performance.now() - t0 < ms && !allDone(currentProgress(), services)) await sleep(250);
  return { from, to: await appliedEvents(context, services), ms: performance.now() - t0 };
}

/**
 * Abusive queries (too deep, too many aliases, too costly, an oversize body, a batch over the
 * limit, introspection, too many tokens, too many directives), round robin at a steady rate for 20 s,
 * each with an ops token and a correlation id of the fault's own: each must be refused with its
 * code, none may reach a subgraph (the run's counting proxies see none of those correlation ids),
 * and the services' consumer throughput in that window must stay at half or more of the 10 s before.
 */
async function graphqlAbuse(context: FaultContext, faults: readonly Fault[]): Promise<string> {
  const { platform, opsToken } = context;
  const { services, confounded } = servicesToMeasure(faults);
  const before = await measureWindow(context, services, ABUSE.beforeMs);
  const prefix = `soak-abuse-${platform.runId}-`;
  const proxies = Object.values(platform.subgraphProxies);
  const subgraphRequestsAtStart = proxies.reduce((n, proxy) => n + proxy.requests(), 0);
  const gatewayCpuAtStart = platform.gateway.cpuMs();
  const total = Math.round((ABUSE.ratePerSecond * ABUSE.durationMs) / 1000);
  const answers: { kind: AbuseKind; answer: AbuseAnswer; ms: number }[] = [];
  const t0 = performance.now();
  const sending = (async () => {
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const wait = t0 + (i * 1000) / ABUSE.ratePerSecond - performance.now();
      if (wait > 0) await sleep(wait);
      const kind = ABUSE_KINDS[i % ABUSE_KINDS.length]!;
      inFlight.push(
        (async () => {
          const sent = performance.now();
          const response = await postOnce(
            platform.gatewayUrl,
            {
              'content-type': 'application/json',
              authorization: `Bearer ${opsToken}`,
              [HEADERS.correlationId]: `${prefix}${i}`,
            },
            kind.body(),
          );
          const text = response.text;
          let code: string | null = null;
          try {
            const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
            code = body.errors?.[0]?.extensions?.code ?? null;
          } catch {
            // not JSON: no code
          }
          answers.push({ kind, answer: { status: response.status, code }, ms: performance.now() - sent });
        })().catch((error: unknown) => {
          const cause = (error as { cause?: unknown }).cause;
          answers.push({
            kind,
            answer: { status: 0, code: `${String(error)}${cause ? ` (${String(cause)})` : ''}` },
            ms: performance.now() - t0,
          });
        }),
      );
    }
    await Promise.all(inFlight);
  })();
  // The control: a harmless query (answered by the gateway alone) once a second through the window,
  // so the abusive requests' answer times can be told from the machine's (its load, the run's).
  const control: number[] = [];
  const controlling = (async () => {
    while (performance.now() - t0 < ABUSE.durationMs) {
      const sent = performance.now();
      const answer = await postOnce(
        platform.gatewayUrl,
        { 'content-type': 'application/json', authorization: `Bearer ${opsToken}` },
        json('{ __typename }'),
      ).catch(() => ({ status: 0, text: '' }));
      if (answer.status === 200) control.push(performance.now() - sent);
      await sleep(1000);
    }
  })();
  const during = await measureWindow(context, services, ABUSE.durationMs);
  await Promise.all([sending, controlling]);
  control.sort((a, b) => a - b);
  const abuseMs = performance.now() - t0;
  const gatewayCpuMs = platform.gateway.cpuMs() - gatewayCpuAtStart;
  const subgraphRequests = proxies.reduce((n, proxy) => n + proxy.requests(), 0) - subgraphRequestsAtStart;
  const reached = proxies.flatMap((proxy) =>
    proxy.markedCorrelationIds().filter((id) => id.startsWith(prefix)),
  );
  const loggedAsErrors = (() => {
    try {
      return readFileSync(join(platform.logDir, 'gateway.log'), 'utf8')
        .split('\n')
        .filter((line) => line.includes('PayloadTooLargeError')).length;
    } catch {
      return -1;
    }
  })();

  const byKind = ABUSE_KINDS.map((kind) => {
    const mine = answers.filter((a) => a.kind === kind);
    const wrong = mine.filter((a) => !refusedAsExpected(kind, a.answer));
    const times = mine.map((a) => a.ms).sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    const slowest = times.at(-1) ?? 0;
    return {
      kind,
      line: `${kind.name} ${mine.length - wrong.length}/${mine.length} ${kind.status}${kind.code ? ` ${kind.code}` : ''}${
        wrong.length ? ` (wrong: ${wrong[0]!.answer.status} ${wrong[0]!.answer.code})` : ''
      }, answered in ${Math.round(median)} ms (median), ${Math.round(slowest)} ms (slowest)`,
      ok: wrong.length === 0 && mine.length > 0,
    };
  });
  const refusedOk = byKind.every((k) => k.ok) && answers.length === total;
  const holds = throughputHolds(before, during, ABUSE.bound);
  const judged = confounded.length === 0;
  const detail =
    `${answers.length} abusive requests in ${seconds(abuseMs)} (${ABUSE.ratePerSecond}/s): ${byKind.map((k) => k.line).join('; ')}; ` +
    `control { __typename } once a second: ${control.length} answered in ${Math.round(control[Math.floor(control.length / 2)] ?? 0)} ms (median); ` +
    `reached a subgraph: ${reached.length} (subgraph requests in the window, the run's own: ${subgraphRequests}; since the run's start: ${proxies.reduce((n, proxy) => n + proxy.requests(), 0)}); ` +
    `gateway CPU ${Math.round(gatewayCpuMs)} ms (${(gatewayCpuMs / Math.max(1, answers.length)).toFixed(1)} ms a request); ` +
    `oversize bodies logged by the gateway as errors: ${loggedAsErrors}; ` +
    `events applied/s by ${services.join(', ')}: ${perSecond(before).toFixed(1)} in the ${seconds(before.ms)} before, ` +
    `${perSecond(during).toFixed(1)} during (${seconds(during.ms)}; bound ${ABUSE.bound * 100} % of before)` +
    (judged ? '' : `; throughput not judged: ${confounded.join(', ')} ran too`);
  if (!refusedOk || reached.length > 0) throw new Error(detail);
  if (loggedAsErrors > 0) throw new Error(`oversize bodies filled the gateway's error log: ${detail}`);
  if (judged && holds === null)
    throw new Error(`no event applied in the window before, nothing to compare: ${detail}`);
  if (judged && holds === false) throw new Error(`throughput below the bound: ${detail}`);
  return detail;
}
