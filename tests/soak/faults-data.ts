// Faults on the data rather than the processes (issue 16, item 3): people erased while they flow
// (`erasure`), and a producer publishing what today's consumers do not know (`event-v2`). Each is a
// step fired by the run's progress, with a `verify` the run calls once everything has settled.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Partitioners } from 'kafkajs';
import { DataSource } from 'typeorm';
import { HEADERS } from '@passerelle/shared/contracts';
import type { Fault } from './args';
import type { FaultContext, FaultStep } from './faults';
import { DATA_SOURCES, SERVICES, type Service } from './platform';

const CANDIDATE_TOPIC = 'passerelle.intake.candidate';

/** The people the run erased: its invariants count them out (everyone else once everywhere). */
const erased = new Map<string, { email: string; erasedAt: number }>();
export const erasedPeople = (): readonly string[] => [...erased.keys()];
/**
 * When the run first saw each erased person in notifier's `erased_candidate` (polled every 200 ms):
 * a mail sent between intake's erasure and then was already on its way when the erasure reached
 * notifier (its sender holds the row, the erasure's delete waits); one sent after is a failure.
 */
const reachedNotifier = new Map<string, number>();
let watching: Promise<void> = Promise.resolve();
let erasing = false;

async function watchNotifier(context: FaultContext): Promise<void> {
  const deadline = Date.now() + context.options.timeoutSeconds * 1000;
  while (Date.now() < deadline) {
    const pending = [...erased.keys()].filter((id) => !reachedNotifier.has(id));
    if (!erasing && pending.length === 0) return;
    if (pending.length > 0) {
      const { rows } = await context.databases.notifier
        .query<{ id: string }>(
          `SELECT candidate_id::text AS id FROM erased_candidate WHERE candidate_id = ANY($1::uuid[])`,
          [pending],
        )
        .catch(() => ({ rows: [] as { id: string }[] }));
      const now = Date.now();
      for (const row of rows) reachedNotifier.set(row.id, now);
    }
    await sleep(200);
  }
}

/** People a data fault works on, kept out of the other's choice. */
const reserved = new Set<string>();

/**
 * Tables that keep the fact of an erasure (the id and the time, nothing else), as each service's
 * docs say, so a late event cannot bring the person back: intake's `candidate_erasure`, pathway's
 * `erased_candidate`. A row of an erased person anywhere else is a failure.
 */
export const ERASURE_MEMORIES = new Set(['candidate_erasure', 'erased_candidate']);

/** A regular expression matching any of these ids in a row's text (ids are uuids: no escaping). */
export function anyOf(ids: readonly string[]): string {
  if (ids.some((id) => !/^[0-9a-f-]{36}$/i.test(id))) throw new Error('anyOf takes uuids only');
  return `(${ids.join('|')})`;
}

export interface Mail {
  to: string[];
  at: number;
}

/** Mails to an erased person sent after their erasure (the person's address, any case). */
export function mailAfterErasure(
  mails: readonly Mail[],
  people: ReadonlyMap<string, { email: string; erasedAt: number }>,
): { candidateId: string; to: string; at: number }[] {
  const byEmail = new Map(
    [...people].map(([candidateId, p]) => [p.email.toLowerCase(), { candidateId, ...p }]),
  );
  return mails.flatMap((mail) =>
    mail.to.flatMap((to) => {
      const person = byEmail.get(to.toLowerCase());
      return person && mail.at > person.erasedAt
        ? [{ candidateId: person.candidateId, to, at: mail.at }]
        : [];
    }),
  );
}

/** How many of these mails went to a person the run erased (their rows in notifier went with them). */
export function mailsToErased(
  mails: readonly Mail[],
  people: ReadonlyMap<string, { email: string }> = erased,
): number {
  const addresses = new Set([...people.values()].map((person) => person.email.toLowerCase()));
  return mails.filter((mail) => mail.to.some((to) => addresses.has(to.toLowerCase()))).length;
}

/** One consumer's count of an outcome on a topic, from a Prometheus text page (null: no such series). */
export function consumedCount(
  metrics: string,
  consumer: string,
  topic: string,
  outcome: string,
): number | null {
  for (const line of metrics.split('\n')) {
    if (!line.startsWith('passerelle_events_consumed_total{')) continue;
    const labels = line.slice(line.indexOf('{') + 1, line.lastIndexOf('}'));
    if (
      labels.includes(`consumer="${consumer}"`) &&
      labels.includes(`topic="${topic}"`) &&
      labels.includes(`outcome="${outcome}"`)
    )
      return Number(line.slice(line.lastIndexOf('}') + 1).trim());
  }
  return null;
}

/** Whether a consumer has any series on the topic (it consumes it). */
const consumes = (metrics: string, consumer: string, topic: string) =>
  metrics
    .split('\n')
    .some(
      (line) =>
        line.startsWith('passerelle_events_consumed_total{') &&
        line.includes(`consumer="${consumer}"`) &&
        line.includes(`topic="${topic}"`),
    );

async function metricsOf(context: FaultContext, service: Service): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${context.platform.apps[service].port}/metrics`);
  return response.text();
}

export function dataFaultSteps(faults: readonly Fault[], context: FaultContext): FaultStep[] {
  const steps: FaultStep[] = [];
  if (faults.includes('erasure')) {
    steps.push({
      fault: 'erasure',
      asClient: true,
      describeTrigger: 'intake at 50 % (pathway, matching, identity still behind)',
      when: (p) => p.intakeEnrolled >= p.valid * 0.5,
      run: () => eraseWhileFlowing(context),
      verify: () => nothingLeftOfTheErased(context),
    });
  }
  if (faults.includes('event-v2')) {
    let published: Published | null = null;
    steps.push({
      fault: 'event-v2',
      asClient: true,
      describeTrigger: 'matching at 20 %',
      when: (p) => (p.counts['matching profiles'] ?? 0) >= p.valid * 0.2,
      run: async () => {
        published = await publishUnknownAndExtended(context);
        return `on ${CANDIDATE_TOPIC}, key ${published.candidateId}: CandidateEnrolled.v2 ${published.v2} (another shape, no consumer knows it) then CandidateDetailsCorrected.v1 ${published.extended} carrying a field v1 does not have`;
      },
      verify: () => {
        if (!published) throw new Error('nothing was published');
        return checkContractEvolution(context, published);
      },
    });
  }
  return steps;
}

/**
 * Erases about 50 people through the gateway while the file flows, in two rounds: first, at the
 * trigger, people intake has enrolled but matching has not seen yet (in flight: their enrolment and
 * the events it causes still ahead in later services); then, once there are enough, people pathway,
 * matching, assessment and identity all hold. People with a coach are left alone (the run's journey
 * books their meetings).
 */
async function eraseWhileFlowing(context: FaultContext): Promise<string> {
  const want = Math.min(25, Math.floor(context.options.people / 40));
  const t0 = performance.now();
  erasing = true;
  watching = watchNotifier(context);
  const first = await chooseAndErase(context, want, 'in flight');
  const deadline = Date.now() + context.options.timeoutSeconds * 1000;
  let second = await chooseAndErase(context, want, 'everywhere');
  while (second.erased < want && Date.now() < deadline) {
    await sleep(2000);
    second = await chooseAndErase(context, want - second.erased, 'everywhere', second);
  }
  erasing = false;
  return (
    `${erased.size} people erased through the gateway (eraseCandidate, ops token) in ${((performance.now() - t0) / 1000).toFixed(1)} s: ` +
    `${first.erased} in flight (matching had not seen them; ${first.unseen} of those not in pathway, assessment nor identity either), ` +
    `${second.erased} that pathway, matching, assessment and identity all held`
  );
}

interface Round {
  erased: number;
  unseen: number;
}

async function chooseAndErase(
  context: FaultContext,
  want: number,
  which: 'in flight' | 'everywhere',
  before: Round = { erased: 0, unseen: 0 },
): Promise<Round> {
  const { databases, ops, programmeId } = context;
  const { rows: candidates } = await databases.intake.query<{ id: string; email: string }>(
    `SELECT id::text AS id, email FROM candidate WHERE programme_id = $1 ORDER BY enrolled_at DESC, id`,
    [programmeId],
  );
  const ids = candidates.map((c) => c.id);
  const inService = async (service: Service, table: string) =>
    new Set(
      (
        await databases[service].query<{ id: string }>(
          `SELECT candidate_id::text AS id FROM ${table} WHERE candidate_id = ANY($1::uuid[])`,
          [ids],
        )
      ).rows.map((row) => row.id),
    );
  const profiled = await inService('matching', 'candidate_profile');
  const held = [
    await inService('identity', 'account'),
    await inService('pathway', 'pathway'),
    await inService('assessment', 'candidate_background'),
  ];
  const coached = await inService('scheduling', 'coach_assignment');
  const free = candidates.filter((c) => !coached.has(c.id) && !reserved.has(c.id));
  // The latest enrolled first: the in-flight ones; the earliest: those every service holds.
  const chosen =
    which === 'in flight'
      ? free.filter((c) => !profiled.has(c.id)).slice(0, want)
      : free.filter((c) => profiled.has(c.id) && held.every((set) => set.has(c.id))).slice(-want);
  if (which === 'everywhere' && chosen.length < want) return before; // not yet: the caller waits
  for (const person of chosen) reserved.add(person.id);
  const refused: string[] = [];
  const eraseOne = (id: string) =>
    ops.request<{ eraseCandidate: { erasedAt: string } }>(
      `mutation Erase($id: ID!) { eraseCandidate(candidateId: $id) { candidateId erasedAt } }`,
      { id },
    );
  // Five at a time, as a few ops working through the requests.
  for (let i = 0; i < chosen.length; i += 5) {
    await Promise.all(
      chosen.slice(i, i + 5).map(async (person) => {
        const answer = await eraseOne(person.id);
        if (answer.body.errors?.length || !answer.body.data) {
          refused.push(`${person.id}: ${answer.body.errors?.[0]?.extensions?.code ?? answer.status}`);
          return;
        }
        // When the answer came (the erasure committed before): a mail after it is a failure.
        erased.set(person.id, { email: person.email, erasedAt: Date.now() });
      }),
    );
  }
  if (refused.length)
    throw new Error(`eraseCandidate refused ${refused.length}: ${refused.slice(0, 3).join('; ')}`);
  return {
    erased: before.erased + chosen.length,
    unseen: before.unseen + chosen.filter((c) => held.every((set) => !set.has(c.id))).length,
  };
}

/** Every table of a service: those its entities declare (with their columns), then any other. */
async function tablesOf(
  context: FaultContext,
  service: Service,
): Promise<{ table: string; fromEntity: boolean }[]> {
  const dataSource = new DataSource({
    ...DATA_SOURCES[service](context.platform.databaseUrls[service]),
    poolSize: 1,
  } as never);
  await dataSource.initialize();
  try {
    const declared = [...new Set(dataSource.entityMetadatas.map((metadata) => metadata.tableName))];
    const { rows } = await context.databases[service].query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'`,
    );
    const others = rows.map((row) => row.name).filter((name) => !declared.includes(name));
    return [
      ...declared.map((table) => ({ table, fromEntity: true })),
      ...others.map((table) => ({ table, fromEntity: false })),
    ];
  } finally {
    await dataSource.destroy();
  }
}

/**
 * After the run: no row of any table of any service (each row's whole text searched for the ids, so
 * JSON payloads and arrays too) names an erased person, except the erasure memories; no mail went
 * to them after their erasure. A row recreated by a late event shows here.
 */
async function nothingLeftOfTheErased(context: FaultContext): Promise<string> {
  const ids = erasedPeople();
  if (ids.length === 0) throw new Error('no one was erased');
  const pattern = anyOf(ids);
  const left: string[] = [];
  const memories: string[] = [];
  let tables = 0;
  const undeclared: string[] = [];
  for (const service of SERVICES) {
    for (const { table, fromEntity } of await tablesOf(context, service)) {
      tables++;
      if (!fromEntity) undeclared.push(`${service}.${table}`);
      const { rows } = await context.databases[service].query<{ n: string }>(
        `SELECT count(*) AS n FROM "${table}" t WHERE t::text ~ $1`,
        [pattern],
      );
      const n = Number(rows[0]!.n);
      if (n === 0) continue;
      if (ERASURE_MEMORIES.has(table)) memories.push(`${service}.${table} ${n}`);
      else left.push(`${service}.${table} ${n}`);
    }
  }
  await watching;
  const notifierErased = new Map(
    [...erased].map(([id, person]) => [
      id,
      { ...person, erasedAt: reachedNotifier.get(id) ?? person.erasedAt },
    ]),
  );
  const late = mailAfterErasure(context.smtp.mails(), notifierErased);
  const inWindow = mailAfterErasure(context.smtp.mails(), erased).length - late.length;
  const windows = [...erased].map(
    ([id, person]) => (reachedNotifier.get(id) ?? person.erasedAt) - person.erasedAt,
  );
  const problems = [
    ...(left.length ? [`rows of erased people left: ${left.join(', ')}`] : []),
    ...(late.length
      ? [
          `${late.length} mails to erased people after notifier applied their erasure (e.g. ${late[0]!.candidateId})`,
        ]
      : []),
  ];
  if (problems.length) throw new Error(problems.join('; '));
  return `${ids.length} erased: none of them in ${tables} tables of ${SERVICES.length} services (${undeclared.length} without an entity, searched too: ${undeclared.join(', ') || 'none'}), only the erasure memories (${memories.join(', ') || 'none'}); no mail to them after notifier applied their erasure, ${inWindow} already being sent between intake's erasure and notifier's (seen in notifier ${(Math.max(...windows) / 1000).toFixed(1)} s after intake at the most)`;
}

interface Published {
  candidateId: string;
  v2: string;
  extended: string;
  skippedBefore: Record<string, number>;
}

/**
 * A producer migrating a contract: `CandidateEnrolled.v2` (another shape) for a person every service
 * holds, then on the same key a v1 correction carrying a field v1 does not define. Decision 0049:
 * the v2 is skipped by every consumer (counted, logged once per key, neither dead-lettered nor in
 * an inbox) and the partition flows on; the v1 applies once, as v1.
 */
async function publishUnknownAndExtended(context: FaultContext): Promise<Published> {
  const { databases, programmeId, kafka } = context;
  const { rows } = await databases.matching.query<{ id: string }>(
    `SELECT candidate_id::text AS id FROM candidate_profile ORDER BY candidate_id LIMIT 200`,
  );
  const { rows: coached } = await databases.scheduling.query<{ id: string }>(
    `SELECT candidate_id::text AS id FROM coach_assignment`,
  );
  const taken = new Set([...coached.map((row) => row.id), ...reserved]);
  const candidateId = rows.map((row) => row.id).find((id) => !taken.has(id));
  if (!candidateId) throw new Error('no person matching holds and no fault uses');
  reserved.add(candidateId);
  const skippedBefore: Record<string, number> = {};
  for (const service of SERVICES) {
    skippedBefore[service] =
      consumedCount(await metricsOf(context, service), service, CANDIDATE_TOPIC, 'unknown') ?? 0;
  }
  const { rows: programme } = await databases.intake.query<{ sponsorId: string }>(
    `SELECT sponsor_id::text AS "sponsorId" FROM programme WHERE id = $1`,
    [programmeId],
  );
  const now = new Date().toISOString();
  const envelope = (type: string, version: number, payload: object) => ({
    eventId: randomUUID(),
    type,
    version,
    occurredAt: now,
    producer: 'intake',
    aggregateId: candidateId,
    correlationId: `soak-event-v2-${randomUUID()}`,
    causationId: null,
    payload,
  });
  const v2 = envelope('CandidateEnrolled', 2, {
    candidateId,
    programme: { id: programmeId, sponsorId: programme[0]!.sponsorId },
    enrolledOn: now.slice(0, 10),
    formerOccupation: { code: null, title: null },
  });
  const extended = envelope('CandidateDetailsCorrected', 1, {
    candidateId,
    programmeId,
    languages: ['fr', 'en'],
    correctedAt: now,
    preferredContactHour: 9, // not in v1: ignored by v1 consumers
  });
  const producer = kafka.kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    idempotent: true,
  });
  await producer.connect();
  try {
    await producer.send({
      topic: CANDIDATE_TOPIC,
      acks: -1,
      messages: [v2, extended].map((event) => ({
        key: candidateId,
        value: JSON.stringify(event),
        headers: {
          [HEADERS.eventId]: event.eventId,
          [HEADERS.eventType]: event.type,
          [HEADERS.eventVersion]: String(event.version),
        },
      })),
    });
  } finally {
    await producer.disconnect();
  }
  return { candidateId, v2: v2.eventId, extended: extended.eventId, skippedBefore };
}

/** The v1 applied once where it is handled, with its effect; the v2 in no inbox, counted skipped by every consumer of the topic. */
async function checkContractEvolution(context: FaultContext, published: Published): Promise<string> {
  const { databases } = context;
  const problems: string[] = [];
  const applied: string[] = [];
  // The services whose consumers take CandidateDetailsCorrected.v1 (`@OnEvent`/`@OnEventBatch`).
  for (const service of ['matching', 'assessment'] as const) {
    const { rows } = await databases[service].query<{ n: string }>(
      `SELECT count(*) AS n FROM inbox_message WHERE event_id = $1`,
      [published.extended],
    );
    if (Number(rows[0]!.n) !== 1) problems.push(`${service} did not apply the extended v1`);
    else applied.push(service);
  }
  const { rows: background } = await databases.assessment.query<{ languages: string[] }>(
    `SELECT languages FROM candidate_background WHERE candidate_id = $1`,
    [published.candidateId],
  );
  if (!background[0]?.languages.includes('en'))
    problems.push(
      `assessment's background languages ${JSON.stringify(background[0]?.languages)} (want fr, en)`,
    );
  const inInbox: string[] = [];
  const skipped: string[] = [];
  for (const service of SERVICES) {
    const { rows } = await databases[service].query<{ n: string }>(
      `SELECT count(*) AS n FROM inbox_message WHERE event_id = $1`,
      [published.v2],
    );
    if (Number(rows[0]!.n) > 0) inInbox.push(service);
    const metrics = await metricsOf(context, service);
    if (!consumes(metrics, service, CANDIDATE_TOPIC)) continue;
    const now = consumedCount(metrics, service, CANDIDATE_TOPIC, 'unknown') ?? 0;
    // A restarted process counts from zero again: then any count is fine.
    const delta = context.platform.apps[service].restarts
      ? now
      : now - (published.skippedBefore[service] ?? 0);
    if (delta < 1) problems.push(`${service} did not count the v2 as unknown`);
    else skipped.push(`${service} ${delta}`);
  }
  if (inInbox.length) problems.push(`the v2 in the inbox of ${inInbox.join(', ')}`);
  if (problems.length) throw new Error(problems.join('; '));
  return (
    `the v1 with an unknown field applied once in ${applied.join(', ')} (assessment's languages now fr, en); ` +
    `the v2 skipped (outcome unknown) by ${skipped.length} consumers of the topic (${skipped.join(', ')}), in no inbox, not dead-lettered (see the dead-letter line), the partition flowing (lag 0)`
  );
}
