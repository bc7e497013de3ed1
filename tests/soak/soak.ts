// Issue 16, items 1 and 3: a whole layoff through the whole platform, with faults. Starts its own
// platform (each service and the gateway a process of its own, fresh databases, its own consumer
// groups, on a three-broker cluster of its own or the shared broker), uploads a generated HR file
// through the gateway, books first meetings for a sample meanwhile, waits until every consumer's
// effect is committed, then checks the invariants and prints the timings. Exit code 1 if one fails.
// A script, not a test of the CI suite: it needs minutes and kills processes.
//   npm run soak -- [--people 10000] [--brokers 3|single] [--faults all|broker-kill,...] [--keep]
import 'reflect-metadata';
import { setTimeout as sleep } from 'node:timers/promises';
import { gatewayAs, testInfrastructure } from '@passerelle/shared/testing';
import { parseSoakArgs, type SoakOptions } from './args';
import {
  compareIds,
  describeComparison,
  exactlyOnce,
  injectedNotDeadLettered,
  partlyRecommended,
  unexpectedDeadLetters,
  verdictLine,
  type Verdict,
} from './compare';
import { faultSteps, recordProgress, type FaultStep, type Progress } from './faults';
import { erasedPeople, mailsToErased } from './faults-data';
import { soakFile } from './hr-file';
import { batchState, bookFirstMeetings, setUpTheProgramme, uploadFile, type Booking } from './journey';
import { deadLetterTopics, deadLettersSince, groupLags, injectPoison, topicEnds } from './kafka-checks';
import { startKafka, type RunKafka } from './kafka';
import {
  SERVICES,
  everyServiceAnswers,
  patientClient,
  startSoakPlatform,
  type Service,
  type SoakPlatform,
} from './platform';
import {
  PROJECTIONS,
  SCOPED,
  connectAll,
  countOf,
  idsOf,
  recommendationsByOccupation,
  reconnect,
  scopeIds,
  type Databases,
} from './projections';
import { firstReceipts, startSmtpSink, type SmtpSink } from './smtp-sink';

const t0 = performance.now();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const say = (line: string) => console.log(`[${seconds(performance.now() - t0)}] ${line}`);

interface Run {
  options: SoakOptions;
  kafka?: RunKafka;
  smtp?: SmtpSink;
  platform?: SoakPlatform;
  databases?: Databases;
}

async function cleanUp(run: Run): Promise<void> {
  await Promise.all(Object.values(run.databases ?? {}).map((client) => client.end().catch(() => undefined)));
  await run.platform
    ?.stop(run.options.keep)
    .catch((error: unknown) => say(`stopping the platform: ${String(error)}`));
  await run.smtp?.close();
  try {
    run.kafka?.stop();
  } catch (error) {
    say(`stopping the cluster: ${String(error)}`);
  }
}

async function progressOf(run: Run, programmeId: string, valid: number, uploadAt: number): Promise<Progress> {
  const db = run.databases!;
  const counts: Record<string, number> = {};
  await Promise.all(
    PROJECTIONS.map(async (projection) => {
      // Counting by programme where the table has one, else every row (the run's databases are its own).
      const sql = `SELECT count(*) AS n FROM (${projection.sql.replace(/ = ANY\(\$2::uuid\[\]\)/g, ' IS NOT NULL')}) x`;
      counts[projection.name] = await countOf(
        db[projection.service],
        sql,
        sql.includes('$1') ? [programmeId] : [],
      ).catch(() => counts[projection.name] ?? 0);
    }),
  );
  return {
    elapsedMs: performance.now() - uploadAt,
    valid,
    intakeEnrolled: counts['intake candidates'] ?? 0,
    intakeOutbox: await countOf(db.intake, `SELECT count(*) AS n FROM outbox_message`).catch(() => 0),
    counts,
  };
}

async function outboxes(db: Databases): Promise<Record<Service, number>> {
  const left = {} as Record<Service, number>;
  for (const service of SERVICES)
    left[service] = await countOf(db[service], `SELECT count(*) AS n FROM outbox_message`);
  return left;
}

/**
 * Emails the notifier wrote and its sender has yet to send, due now: writing a batch's invitations
 * outruns the sender (decision 0055), so the run is settled once they are sent too.
 */
async function emailsDue(db: Databases): Promise<number> {
  return countOf(
    db.notifier,
    `SELECT count(*) AS n FROM outgoing_message WHERE status = 'pending' AND channel = 'email' AND next_attempt_at <= now()`,
  );
}

async function main(): Promise<number> {
  const options = parseSoakArgs(process.argv.slice(2));
  const run: Run = { options };
  let cleaning: Promise<void> | null = null;
  const onSignal = (signal: string) => {
    say(`${signal}: stopping everything the run started`);
    cleaning ??= cleanUp(run);
    void cleaning.then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await soak(run);
  } finally {
    cleaning ??= cleanUp(run);
    await cleaning;
  }
}

async function soak(run: Run): Promise<number> {
  const { options } = run;
  say(
    `soak: ${options.people} people (+${options.duplicates} repeated rows, +${options.broken} broken), seed ${options.seed}, ` +
      `${options.brokers === 'cluster' ? 'three-broker cluster' : 'shared single broker'}, faults: ${options.faults.join(', ') || 'none'}`,
  );
  run.smtp = await startSmtpSink();
  run.kafka = await startKafka(options.brokers, options.kafkaBasePort, say);
  const platform = (run.platform = await startSoakPlatform({ kafka: run.kafka, smtpUrl: run.smtp.url, say }));
  run.databases = await connectAll(platform.databaseUrls);
  const db = run.databases;

  const opsToken = await platform.token({ sub: 'ops-soak', role: 'ops', all_offices: true });
  const ops = gatewayAs(platform.gatewayUrl, opsToken);
  const programme = await setUpTheProgramme(ops, options.coaches, options.people + 100);
  say(
    `programme ${programme.programmeId} set up through the gateway (office, ${options.coaches} coaches, contracted terms)`,
  );
  const file = soakFile(options);
  say(
    `HR file: ${file.rows} rows, ${(file.bytes.length / 1024 / 1024).toFixed(1)} MiB, Windows-1252, ';' (${file.people.length} people, ${file.duplicates} repeated, ${file.broken} broken, ${file.withCode} with a ROME code)`,
  );
  const dlqAtStart = await topicEnds(run.kafka.kafka, deadLetterTopics());
  const candidateTopicAtStart = await topicEnds(run.kafka.kafka, ['passerelle.intake.candidate']);
  await sleep(1000); // the programme's events reach pathway and scheduling before its people

  const valid = options.people;
  const steps = faultSteps(options.faults, {
    platform,
    kafka: run.kafka,
    databaseBase: testInfrastructure().databaseUrlBase,
    say,
    ops: patientClient(ops, platform),
    opsToken,
    options,
    databases: db,
    programmeId: programme.programmeId,
    smtp: run.smtp,
  });
  const cpuAtUpload = Object.fromEntries(
    SERVICES.map((service) => [service, platform.apps[service].cpuMs()]),
  );
  const uploadAt = performance.now();
  const batchId = await uploadFile(platform.gatewayUrl, opsToken, programme.programmeId, file.bytes);
  say(`uploaded through the gateway in ${seconds(performance.now() - uploadAt)}: import ${batchId}`);
  const poisonPrefix = `soak-poison-${platform.runId}-`;
  const poison = await injectPoison(run.kafka.kafka, poisonPrefix, options.poison);
  say(`${poison.length} poison messages injected on passerelle.intake.candidate`);

  // The sample's journey, while the rest flows: first meetings with the coach each was given.
  let bookings: Booking[] = [];
  let refusals: Record<string, number> = {};
  const journey = (async () => {
    let assigned: { candidateId: string; coachId: string }[] = [];
    while (assigned.length < Math.min(options.sample, options.coaches * 10)) {
      await sleep(500);
      const { rows } = await db.scheduling
        .query<{ candidateId: string; coachId: string }>(
          `SELECT candidate_id::text AS "candidateId", coach_id::text AS "coachId" FROM coach_assignment
            WHERE programme_id = $1 AND ended_at IS NULL ORDER BY assigned_at LIMIT $2`,
          [programme.programmeId, options.sample],
        )
        .catch(() => ({ rows: assigned }));
      assigned = rows;
      if (performance.now() - uploadAt > options.timeoutSeconds * 1000) break;
    }
    ({ bookings, refusals } = await bookFirstMeetings(ops, assigned, options.timeoutSeconds * 1000));
    say(
      `journey: ${bookings.length} first meetings booked through the gateway${Object.keys(refusals).length ? ` (refused then retried: ${JSON.stringify(refusals)})` : ''}`,
    );
  })();

  // Wait (bounded) for every effect, firing the faults as the progress reaches their triggers.
  const reachedAt: Record<string, number> = {};
  let importDoneAt = 0;
  let batch = await batchState(ops, batchId);
  const pending = new Set<FaultStep>(steps);
  const faultResults = new Map<string, { ok: boolean; detail: string }>();
  const running: Promise<void>[] = [];
  let lastLine = 0;
  let lastWait = 0;
  let cpuAtEnd: Record<string, number> | null = null;
  const deadline = uploadAt + options.timeoutSeconds * 1000;
  for (;;) {
    await reconnect(platform.databaseUrls, db);
    const progress = await progressOf(run, programme.programmeId, valid, uploadAt);
    recordProgress(progress);
    for (const [name, count] of Object.entries(progress.counts)) {
      // Erased people (the erasure fault) are counted out.
      if (count >= valid - erasedPeople().length && reachedAt[name] === undefined)
        reachedAt[name] = progress.elapsedMs;
    }
    if (!importDoneAt) {
      batch = await batchState(ops, batchId).catch(() => batch);
      if (batch.status !== 'RUNNING' && batch.status !== 'PENDING') {
        importDoneAt = performance.now() - uploadAt;
        say(
          `import ${batch.status}: ${batch.rowsEnrolled} enrolled, ${batch.rowsRejected} rejected of ${batch.rowsTotal}`,
        );
      }
    }
    for (const step of [...pending]) {
      if (!step.when(progress)) continue;
      pending.delete(step);
      say(`[fault] ${step.fault}: ${step.describeTrigger}`);
      const started = step.asClient
        ? everyServiceAnswers(platform).then(() => step.run(progress))
        : step.run(progress);
      running.push(
        started.then(
          (detail) => {
            faultResults.set(step.fault, { ok: true, detail });
            say(`[fault] ${step.fault}: ${detail}`);
          },
          (error: unknown) => {
            faultResults.set(step.fault, { ok: false, detail: `the fault itself failed: ${String(error)}` });
            say(`[fault] ${step.fault} failed: ${String(error)}`);
          },
        ),
      );
    }
    const allReached = PROJECTIONS.every((projection) => reachedAt[projection.name] !== undefined);
    if (allReached && !cpuAtEnd)
      cpuAtEnd = Object.fromEntries(SERVICES.map((service) => [service, platform.apps[service].cpuMs()]));
    if (performance.now() - lastLine > 5000) {
      lastLine = performance.now();
      say(
        `${Object.entries(progress.counts)
          .map(([name, n]) => `${name.split(' ')[0]} ${n}`)
          .join(', ')}; intake outbox ${progress.intakeOutbox}`,
      );
    }
    if (allReached && importDoneAt && pending.size === 0 && faultResults.size === steps.length) {
      const left = await outboxes(db);
      const lags = await groupLags(run.kafka.kafka, platform.groupPrefix);
      const due = await emailsDue(db);
      if (Object.values(left).every((n) => n === 0) && Object.values(lags).every((n) => n === 0) && due === 0)
        break;
      // What the run still waits for once every person is everywhere: where the time after goes.
      if (performance.now() - lastWait > 5000) {
        lastWait = performance.now();
        const waiting = [
          ...Object.entries(left)
            .filter(([, n]) => n > 0)
            .map(([service, n]) => `${service} outbox ${n}`),
          ...Object.entries(lags)
            .filter(([, n]) => n > 0)
            .map(([group, n]) => `${group.slice(platform.groupPrefix.length + 1)} lag ${n}`),
          ...(due > 0 ? [`notifier emails due ${due}`] : []),
        ];
        say(`settling: ${waiting.join(', ')}`);
      }
    }
    if (performance.now() > deadline) {
      say(`timeout after ${options.timeoutSeconds} s: checking what there is`);
      break;
    }
    await sleep(500);
  }
  const settledAt = performance.now() - uploadAt;
  await Promise.all(running);
  await journey;
  await sleep(2000); // anything late (a redelivery) shows in the checks below
  await reconnect(platform.databaseUrls, db);

  // Invariants.
  const verdicts: Verdict[] = [];
  verdicts.push({
    name: 'import: every valid row enrolled, the rest rejected',
    ok:
      batch.status === 'COMPLETED' &&
      batch.rowsEnrolled === valid &&
      batch.rowsRejected === file.duplicates + file.broken,
    detail: `${batch.status}, ${batch.rowsEnrolled} enrolled (want ${valid}), ${batch.rowsRejected} rejected (want ${file.duplicates + file.broken})`,
  });
  const people = await idsOf(db, PROJECTIONS[0]!, programme.programmeId, []);
  for (const projection of PROJECTIONS) {
    const ids = await idsOf(db, projection, programme.programmeId, people);
    // Reporting keys its rows by a pseudonymous key: its count is compared, not the ids.
    const comparison = projection.service === 'reporting' ? compareIds(ids, ids) : compareIds(people, ids);
    const ok =
      projection.service === 'reporting'
        ? ids.length === valid && comparison.duplicated.length === 0
        : exactlyOnce(comparison) && people.length === valid - erasedPeople().length;
    verdicts.push({
      name: `once each: ${projection.name}`,
      ok,
      detail:
        projection.service === 'reporting'
          ? `${ids.length} rows for ${valid} people`
          : describeComparison(comparison),
    });
  }
  for (const service of SCOPED) {
    const ids = await scopeIds(db, service, people);
    if (ids === null) continue;
    const comparison = compareIds(people, ids);
    verdicts.push({
      name: `once each: ${service}'s candidate scope`,
      ok: exactlyOnce(comparison),
      detail: describeComparison(comparison),
    });
  }
  const occupations = await recommendationsByOccupation(db, people);
  const split = partlyRecommended(occupations);
  const recommended = occupations.reduce((n, o) => n + o.recommended, 0);
  verdicts.push({
    name: 'recommendations where an occupation is known',
    ok: split.length === 0 && recommended > 0,
    detail:
      `${occupations.reduce((n, o) => n + o.people, 0)} people with a known occupation (${occupations.length} codes), ${recommended} recommended; ` +
      `codes the sample reference ranks nothing for: ${
        occupations
          .filter((o) => o.recommended === 0)
          .map((o) => `${o.code} (${o.people})`)
          .join(', ') || 'none'
      }` +
      `${split.length ? `; PARTLY recommended: ${split.map((o) => `${o.code} ${o.recommended}/${o.people}`).join(', ')}` : ''}`,
  });
  const sessions = await countOf(
    db.scheduling,
    `SELECT count(*) AS n FROM coaching_session WHERE id = ANY($1::uuid[])`,
    [bookings.map((b) => b.sessionId)],
  );
  const reportedSessions = await countOf(
    db.reporting,
    `SELECT count(*) AS n FROM reporting_session WHERE session_id = ANY($1::uuid[])`,
    [bookings.map((b) => b.sessionId)],
  ).catch(() => -1);
  verdicts.push({
    name: "journey: the sample's meetings booked once, reported",
    ok:
      bookings.length === Math.min(options.sample, options.coaches * 10) &&
      sessions === bookings.length &&
      reportedSessions === bookings.length,
    detail: `${bookings.length} booked, ${sessions} in scheduling, ${reportedSessions} in reporting's read model`,
  });
  const inboxes: string[] = [];
  let inboxOk = true;
  for (const service of SERVICES) {
    const n = await countOf(db[service], `SELECT count(*) AS n FROM inbox_message`);
    inboxes.push(`${service} ${n}`);
    if (
      ['pathway', 'scheduling', 'matching', 'assessment', 'identity', 'reporting'].includes(service) &&
      n < valid
    )
      inboxOk = false;
  }
  verdicts.push({
    name: 'inboxes hold every enrolment (unique event ids)',
    ok: inboxOk,
    detail: inboxes.join(', '),
  });
  const { rows: mail } = await db.notifier.query<{ kind: string; status: string; n: string }>(
    `SELECT kind, status, count(*) AS n FROM outgoing_message WHERE channel = 'email' GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  const sent = mail.filter((m) => m.status === 'sent').reduce((n, m) => n + Number(m.n), 0);
  // A mail sent again after a fault keeps its Message-ID: the person's mail client shows it once.
  const firsts = firstReceipts(run.smtp!.mails());
  verdicts.push({
    name: "notifier: every email sent once (the run's SMTP sink)",
    // An erased person's messages leave notifier's table with them (the erasure fault).
    ok: sent === firsts.length - mailsToErased(firsts),
    detail: `${run.smtp!.received()} received by the sink (${run.smtp!.received() - firsts.length} again with a Message-ID already received, ${mailsToErased(firsts)} to people erased since), ${sent} sent in notifier's table (${mail.map((m) => `${m.kind} ${m.status} ${m.n}`).join(', ')})`,
  });
  const left = await outboxes(db);
  verdicts.push({
    name: 'every outbox empty',
    ok: Object.values(left).every((n) => n === 0),
    detail: Object.entries(left)
      .map(([s, n]) => `${s} ${n}`)
      .join(', '),
  });
  const lags = await groupLags(run.kafka.kafka, platform.groupPrefix);
  const lagging = Object.entries(lags).filter(([, n]) => n > 0);
  verdicts.push({
    name: 'consumer lag 0 in every group of the run',
    ok: lagging.length === 0 && Object.keys(lags).length > 0,
    detail: `${Object.keys(lags).length} groups${lagging.length ? `; lagging: ${lagging.map(([g, n]) => `${g} ${n}`).join(', ')}` : ''}`,
  });
  const letters = await deadLettersSince(run.kafka.kafka, dlqAtStart);
  // On the shared broker other runs dead-letter too: only letters about this run's ids count.
  const ours = run.kafka.cluster
    ? letters
    : letters.filter((letter) => letter.key?.startsWith(poisonPrefix) || people.includes(letter.key ?? ''));
  const unexpected = unexpectedDeadLetters(ours, poisonPrefix);
  const missed = injectedNotDeadLettered(ours, poison);
  const byConsumer = new Map<string, number>();
  for (const letter of ours) byConsumer.set(letter.consumer, (byConsumer.get(letter.consumer) ?? 0) + 1);
  verdicts.push({
    name: 'dead letters: only the injected poison, with its reason',
    ok: unexpected.length === 0 && missed.length === 0 && ours.every((letter) => letter.reason.length > 0),
    detail: `${ours.length} (${[...byConsumer].map(([c, n]) => `${c} ${n}`).join(', ')}); unexpected ${unexpected.length}${unexpected.length ? ` e.g. ${unexpected[0]!.consumer}: ${unexpected[0]!.reason.slice(0, 120)}` : ''}; injected not dead-lettered ${missed.length}${ours[0] ? `; reason e.g. "${ours[0].reason.slice(0, 60)}"` : ''}`,
  });
  const candidateTopicNow = await topicEnds(run.kafka.kafka, ['passerelle.intake.candidate']);
  const candidateMessages = Object.entries(candidateTopicNow['passerelle.intake.candidate']!).reduce(
    (n, [partition, high]) =>
      n +
      Number(high) -
      Number(candidateTopicAtStart['passerelle.intake.candidate']![Number(partition)] ?? 0),
    0,
  );
  const invariantsOk = verdicts.every((verdict) => verdict.ok);
  for (const step of steps) {
    const result = faultResults.get(step.fault) ?? { ok: false, detail: 'never triggered' };
    if (result.ok && step.verify)
      await step.verify().then(
        (checked) => (result.detail += `; ${checked}`),
        (error: unknown) =>
          Object.assign(result, { ok: false, detail: `${result.detail}; FAILED: ${String(error)}` }),
      );
    verdicts.push({
      name: `fault ${step.fault}`,
      ok: result.ok && invariantsOk,
      detail: `${result.detail}${invariantsOk ? '; every invariant holds' : '; invariants FAIL'}`,
    });
  }

  // Timings, throughput and CPU.
  const cpuEnd =
    cpuAtEnd ?? Object.fromEntries(SERVICES.map((service) => [service, platform.apps[service].cpuMs()]));
  console.log(
    `\nsoak ${platform.runId}: ${valid} people, ${options.brokers === 'cluster' ? 'three-broker cluster (replication 3, min.insync 2)' : 'shared single broker'}, faults ${options.faults.join(', ') || 'none'}`,
  );
  console.log(`stage                                         since upload   people/s`);
  const row = (label: string, ms: number | undefined) =>
    console.log(
      `${label.padEnd(46)}${(ms === undefined ? 'never' : seconds(ms)).padStart(10)}   ${ms ? String(Math.round(valid / (ms / 1000))).padStart(8) : ''}`,
    );
  row('import done (batch finished)', importDoneAt || undefined);
  for (const projection of PROJECTIONS) row(`last effect: ${projection.name}`, reachedAt[projection.name]);
  row('settled (outboxes empty, lag 0, emails sent)', settledAt);
  console.log(
    `messages on passerelle.intake.candidate during the run: ${candidateMessages} (${valid} enrolments, ${poison.length} poison, the rest other events or re-sent)`,
  );
  console.log(`invitations received by the run's SMTP sink: ${run.smtp!.received()}`);
  console.log(`CPU from upload to the last effect (ms per person):`);
  console.log(
    '  ' +
      SERVICES.map(
        (service) => `${service} ${((cpuEnd[service]! - cpuAtUpload[service]!) / valid).toFixed(2)}`,
      ).join(', ') +
      `; restarts: ${
        SERVICES.filter((s) => platform.apps[s].restarts)
          .map((s) => `${s} ${platform.apps[s].restarts}`)
          .join(', ') || 'none'
      }`,
  );
  console.log('');
  for (const verdict of verdicts) console.log(verdictLine(verdict));
  const ok = verdicts.every((verdict) => verdict.ok);
  console.log(ok ? '\nPASS' : '\nFAIL');
  if (options.keep) console.log(`kept: databases test_soak_${platform.runId}_*, logs ${platform.logDir}`);
  else console.log(`logs: ${platform.logDir}`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
