// Matching's intake of people (issue 16 item 2), on the real PostgreSQL and Kafka with the official
// reference data imported (ROME, INSEE, BMO, RNCP from --from): N enrolments (HR titles written as HR
// writes them, with the site's NAF code and the service, homes in real communes, a tenth with a ROME
// code given) and a share of corrections, published once to a fresh bench topic (6 partitions,
// keyed by person as intake keys them), then consumed in the same run by:
//   empty       the messaging library with a handler that does nothing (the ceiling),
//   one-by-one  the per-event path (`ApplyCandidateDetailsOneByOne`, the use cases per person),
//   batch       the consumer's batch path (`ApplyCandidateDetailsHandler`, per Kafka batch),
// each on the same database emptied of people between runs, with live offers in place. Prints
// people/s, the service process's CPU ms per person and SQL statements per person. Not a test.
//   npm run bench:matching-events [-- --people 5000 --offers 20000 --corrections 0.05 --seed 7 --from ../shared/data --modes empty,one-by-one,batch]
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import { FixedClock } from '@passerelle/shared/clock';
import { type AnyEvent, type EventPayload } from '@passerelle/shared/contracts';
import { OutboxWriter, createEvent, type InboxHandler } from '@passerelle/shared/messaging';
import {
  CandidateProfileRepository,
  FormerOccupationConfirmationRepository,
  ProgrammeTitleContextRepository,
  ReferenceCatalogueCache,
  ReferenceRepository,
  matchingDataSourceOptions,
} from '@passerelle/matching/data-access';
import { generateOffers, seededRandom } from '@passerelle/matching/domain';
import {
  ApplyCandidateDetailsHandler,
  RecomputeRecommendationsForMany,
  ApplyCandidateDetailsOneByOne,
  RecomputeRecommendationsHandler,
  RematchOffersHandler,
  ResolveFormerOccupationHandler,
  type CandidateDetailsEvent,
} from '@passerelle/matching/feature-recommendations';
import { importReferenceData } from '@passerelle/matching/feature-reference';
import { hrCohort } from '../../tools/matching/hr-title-cohort';
import { loadAverage, runBenchmark } from './bench-kit';
import {
  BENCH_PARTITIONS,
  BenchTopic,
  benchKafka,
  countedDatabase,
  type CountedDatabase,
} from './event-bench-kit';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '5000' },
    offers: { type: 'string', default: '20000' },
    corrections: { type: 'string', default: '0.05' },
    seed: { type: 'string', default: '7' },
    from: { type: 'string', default: '../shared/data' },
    modes: { type: 'string', default: 'empty,one-by-one,batch' },
  },
});
const PEOPLE = Number(values.people);
const OFFERS = Number(values.offers);
const CORRECTIONS = Number(values.corrections);
const SEED = Number(values.seed);
const MODES = values.modes!.split(',') as Mode[];
type Mode = 'empty' | 'one-by-one' | 'batch';
const NOW = '2026-12-05T10:00:00.000Z';

interface Commune {
  code: string;
  departmentCode: string;
  regionCode: string;
  zoneCode: string;
}

/** The people's events, in intake's order: enrolments, then the corrections of a share of them. */
function intakeEvents(communes: readonly Commune[], romeCodes: readonly string[]): CandidateDetailsEvent[] {
  const random = seededRandom(SEED);
  const programmeId = randomUUID();
  const sponsorId = randomUUID();
  const officeId = randomUUID();
  const pickOne = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const cohort = hrCohort(PEOPLE, random);
  const events: CandidateDetailsEvent[] = [];
  const add = <K extends 'CandidateEnrolled.v1' | 'CandidateDetailsCorrected.v1'>(
    key: K,
    candidateId: string,
    payload: EventPayload<K>,
  ) => events.push(createEvent(key, candidateId, payload) as CandidateDetailsEvent);
  const people = cohort.map((person) => {
    const candidateId = randomUUID();
    // Most homes in the sites' region (a few communes' departments), some anywhere.
    const home = random() < 0.7 ? communes[Math.floor(random() * 200)]! : pickOne(communes);
    add('CandidateEnrolled.v1', candidateId, {
      candidateId,
      programmeId,
      sponsorId,
      officeIds: [officeId],
      enrolledAt: NOW,
      formerOccupationCode: random() < 0.1 ? pickOne(romeCodes) : null,
      languages: ['fr'],
      homeDepartmentCode: home.departmentCode,
      employmentZoneCode: random() < 0.8 ? home.zoneCode : null,
      formerJobTitle: person.title,
      employerNafCode: person.nafCode,
      service: person.service,
    });
    return candidateId;
  });
  for (const candidateId of people) {
    if (random() >= CORRECTIONS) continue;
    const home = pickOne(communes);
    add(
      'CandidateDetailsCorrected.v1',
      candidateId,
      random() < 0.5
        ? { candidateId, programmeId, formerJobTitle: pickOne(cohort).title, correctedAt: NOW }
        : {
            candidateId,
            programmeId,
            homeDepartmentCode: home.departmentCode,
            employmentZoneCode: home.zoneCode,
            correctedAt: NOW,
          },
    );
  }
  return events;
}

interface Service {
  handlers: Map<string, InboxHandler>;
}

/** The matching service's objects for one mode, as Nest wires them (no HTTP: the consumer only). */
function service(dataSource: DataSource, cache: ReferenceCatalogueCache, mode: Mode): Service {
  const keys = ['CandidateEnrolled.v1', 'CandidateDetailsCorrected.v1'] as const;
  if (mode === 'empty') return { handlers: new Map(keys.map((key) => [key, async () => undefined])) };
  const clock = new FixedClock(NOW);
  const profiles = new CandidateProfileRepository();
  const outbox = new OutboxWriter();
  const rematch = new RematchOffersHandler(profiles, cache, outbox);
  const recompute = new RecomputeRecommendationsHandler(profiles, cache, outbox, rematch);
  const resolveOccupation = new ResolveFormerOccupationHandler(
    profiles,
    new FormerOccupationConfirmationRepository(),
    cache,
    outbox,
  );
  if (mode === 'one-by-one') {
    const oneByOne = new ApplyCandidateDetailsOneByOne(
      profiles,
      recompute,
      resolveOccupation,
      new ProgrammeTitleContextRepository(),
    );
    return {
      handlers: new Map<string, InboxHandler>([
        [
          'CandidateEnrolled.v1',
          (event, manager) =>
            oneByOne.enrolled(
              manager,
              event as CandidateDetailsEvent & { type: 'CandidateEnrolled' },
              clock.now(),
            ),
        ],
        [
          'CandidateDetailsCorrected.v1',
          (event, manager) =>
            oneByOne.corrected(
              manager,
              event as CandidateDetailsEvent & { type: 'CandidateDetailsCorrected' },
              clock.now(),
            ),
        ],
      ]),
    };
  }
  void dataSource;
  const batch = new ApplyCandidateDetailsHandler(
    profiles,
    new FormerOccupationConfirmationRepository(),
    cache,
    outbox,
    new ProgrammeTitleContextRepository(),
    new RecomputeRecommendationsForMany(profiles),
  );
  const handler: InboxHandler = {
    applyBatch: (events: readonly AnyEvent[], manager: EntityManager) =>
      batch.execute(manager, { events: events as CandidateDetailsEvent[], now: clock.now() }),
  };
  return { handlers: new Map(keys.map((key) => [key, handler])) };
}

async function main(): Promise<void> {
  const kafka = benchKafka('bench-matching-events');
  let topic: BenchTopic | null = null;
  let bench: CountedDatabase | null = null;
  try {
    bench = await countedDatabase('bench_matching_events', matchingDataSourceOptions, 70);
    const { database, dataSource, counter } = bench;
    let started = performance.now();
    await importReferenceData(dataSource, resolve(values.from!));
    const importMs = performance.now() - started;

    const cache = new ReferenceCatalogueCache(new ReferenceRepository(dataSource));
    started = performance.now();
    const snapshot = await cache.get(); // warm, as a running service's is after its first event
    const snapshotMs = performance.now() - started;
    const communes = (await dataSource.query(
      `SELECT code, department_code AS "departmentCode", region_code AS "regionCode", zone_code AS "zoneCode"
         FROM commune ORDER BY department_code = '69' DESC, department_code = '38' DESC, code`,
    )) as Commune[];
    const titles = new Map<string, string[]>();
    for (const row of (await dataSource.query(`SELECT rome_code, label FROM job_title`)) as {
      rome_code: string;
      label: string;
    }[])
      titles.set(row.rome_code, [...(titles.get(row.rome_code) ?? []), row.label]);
    const offers = generateOffers({
      count: OFFERS,
      seed: SEED,
      occupations: snapshot.catalogue.occupations,
      titlesByOccupation: titles,
      communes,
      today: NOW.slice(0, 10),
    });
    for (let i = 0; i < offers.length; i += 5000) {
      const slice = offers.slice(i, i + 5000);
      await dataSource.query(
        `INSERT INTO job_offer (id, occupation_code, title, commune_code, department_code, contract_type,
                                skill_codes, published_on, expires_on, received_at)
         SELECT o.id, o."occupationCode", o.title, o."communeCode", o."departmentCode", o."contractType",
                ARRAY(SELECT jsonb_array_elements_text(o."skillCodes")), o."publishedOn"::date,
                o."expiresOn"::date, now()
           FROM jsonb_to_recordset($1::jsonb) AS o(id uuid, "occupationCode" text, title text, "communeCode" text,
                "departmentCode" text, "contractType" text, "skillCodes" jsonb, "publishedOn" text, "expiresOn" text)`,
        [JSON.stringify(slice)],
      );
    }

    const events = intakeEvents(
      communes,
      snapshot.catalogue.occupations.map((o) => o.code),
    );
    const enrolments = events.filter((e) => e.type === 'CandidateEnrolled').length;
    topic = await BenchTopic.create(kafka, 'matching');
    await topic.publish(events as AnyEvent[]);

    const announced = new Map<Mode, string>();
    const results: {
      mode: Mode;
      ms: number;
      cpuMs: number;
      statements: number;
      outbox: number;
      sql: [string, { ms: number; n: number }][];
    }[] = [];
    for (const mode of MODES) {
      await dataSource.query(
        `TRUNCATE candidate_profile, occupation_recommendation, offer_match, former_occupation_confirmation,
                  outbox_message, inbox_message`,
      );
      const { ms, cpuMs, statements } = await topic.consumeToEnd({
        dataSource,
        databaseUrl: database.url,
        counter,
        handlers: service(dataSource, cache, mode).handlers,
        events: events.length,
      });
      const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM outbox_message`);
      const byType = (await dataSource.query(
        `SELECT event_type AS type, count(*)::int AS n FROM outbox_message GROUP BY 1 ORDER BY 1`,
      )) as { type: string; n: number }[];
      console.log(`${mode}: ${byType.map((row) => `${row.type} ${row.n}`).join(', ')}`);
      // What each person was announced and is left with, to check the paths agree (below).
      announced.set(
        mode,
        JSON.stringify(
          await dataSource.query(
            `SELECT message_key, event_type, envelope->'payload' AS payload FROM outbox_message
              ORDER BY message_key, position`,
          ),
        ) +
          JSON.stringify(
            await dataSource.query(
              `SELECT candidate_id, occupation_code, rank, score, explanation FROM occupation_recommendation
                ORDER BY candidate_id, rank`,
            ),
          ) +
          JSON.stringify(await dataSource.query(`SELECT * FROM offer_match ORDER BY candidate_id, rank`)),
      );
      results.push({ mode, ms, cpuMs, statements, outbox: n, sql: [...counter.timeByKind] });
    }

    const load = loadAverage(1);
    console.log(
      `matching intake benchmark: seed ${SEED}, ${enrolments} enrolments + ${events.length - enrolments} corrections, ` +
        `${offers.length} live offers, ${snapshot.catalogue.occupations.length} occupations; ${BENCH_PARTITIONS} partitions; ` +
        `load average ${load}`,
    );
    console.log(
      `reference import ${(importMs / 1000).toFixed(1)} s; reference snapshot built in ${(snapshotMs / 1000).toFixed(1)} s (before the runs)`,
    );
    console.log(
      `${'mode'.padEnd(12)}${'events/s'.padStart(10)}${'seconds'.padStart(9)}${'CPU ms/event'.padStart(14)}` +
        `${'SQL/event'.padStart(11)}${'outbox'.padStart(8)}${'vs empty'.padStart(10)}`,
    );
    const empty = results.find((r) => r.mode === 'empty');
    for (const r of results)
      console.log(
        `${r.mode.padEnd(12)}${String(Math.round((events.length / r.ms) * 1000)).padStart(10)}` +
          `${(r.ms / 1000).toFixed(1).padStart(9)}${(r.cpuMs / events.length).toFixed(2).padStart(14)}` +
          `${(r.statements / events.length).toFixed(2).padStart(11)}${String(r.outbox).padStart(8)}` +
          `${empty ? `${(empty.ms / r.ms).toFixed(3)}x`.padStart(10) : ''}`,
      );
    const reference = announced.get('one-by-one');
    for (const mode of ['batch'] as const)
      if (reference && announced.has(mode))
        console.log(
          `${mode}: events announced (per person, in order), recommendations and offer matches ` +
            `${announced.get(mode) === reference ? 'identical to' : 'DIFFERENT FROM'} one-by-one's`,
        );
    // Where the database time goes: statements by kind, their summed time as the driver sees it
    // (sent to answered, so it includes waiting for the server and for this process's event loop).
    for (const r of results.filter((result) => result.sql.length > 0)) {
      const total = r.sql.reduce((sum, [, { ms }]) => sum + ms, 0);
      console.log(
        `${r.mode}: statements' summed time ${(total / 1000).toFixed(1)} s (${(total / events.length).toFixed(2)} ms/event, ` +
          `over ${BENCH_PARTITIONS} partitions' transactions at once); the largest:`,
      );
      for (const [kind, { ms, n }] of [...r.sql].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8))
        console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s ${String(n).padStart(7)}x  ${kind}`);
    }
  } finally {
    await bench?.drop();
    await topic?.delete();
  }
}

runBenchmark(main);
