// Pathway drafting (issue 16): an HR file's CandidateEnrolled events consumed by pathway on the real
// Kafka and PostgreSQL, three ways over the same events in the same run: the messaging library with
// an empty handler (the baseline), the previous per-event path (the access projection's row, then
// `DraftPathwayHandler` and `PlanReconciler.reconcile` for each event), and the batch path
// (`CandidateEventsConsumer.onEnrolled`, `@OnEventBatch`, as Nest wires it). Each run: a fresh
// consumer group reading the bench topic from its start, until the inbox holds every event; the
// pathway tables emptied in between. Round trips: every statement the service's data source sends
// (TypeORM's query log, BEGIN and COMMIT included), per person. Not a test: it prints figures.
//   npm run bench:pathway-drafting [-- --people 10000]
import 'reflect-metadata';
import type { AnyEvent, EventOf } from '@passerelle/shared/contracts';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import type { EventHandler, InboxHandler } from '@passerelle/shared/messaging';
import { PlanReconciler } from '@passerelle/pathway/data-access';
import { DraftPathwayHandler } from '@passerelle/pathway/feature-plan-drafting';
import { PathwayHarness, Story } from '../../apps/pathway/src/test/pathway-test-kit';
import { loadAverage, perSecond, printTable, runBenchmark } from './bench-kit';
import {
  BENCH_PARTITIONS,
  BENCH_QUERY,
  BenchTopic,
  StatementCounter,
  benchKafka,
  eventPathArgs,
  runEventPaths,
} from './event-bench-kit';

const { people: PEOPLE, paths: PATHS } = eventPathArgs(10000);

async function main(): Promise<void> {
  const kafka = benchKafka('bench-pathway-drafting');
  const harness = await PathwayHarness.start('bench_pathway_drafting');
  const topic = await BenchTopic.create(kafka, 'pathway');
  try {
    // Every statement the service's data source sends, counted (TypeORM logs each one before sending it).
    const counter = StatementCounter.installOn(harness.dataSource);

    // Two programmes, their terms known; PEOPLE people enrolled as an HR import announces them.
    const programmes = [new Story(harness.clock.now()), new Story(harness.clock.now())];
    for (const programme of programmes) await harness.deliver(programme.contracted());
    const events: AnyEvent[] = Array.from({ length: PEOPLE }, (_, i) => {
      const programme = programmes[i % 2]!;
      return Object.assign(new Story(harness.clock.now()), {
        programmeId: programme.programmeId,
        sponsorId: programme.sponsorId,
        officeId: programme.officeId,
      }).enrolled();
    });
    await topic.publish(events);

    const scopes = harness.app.get(CandidateScopeRepository);
    const drafts = harness.app.get(DraftPathwayHandler);
    const reconciler = harness.app.get(PlanReconciler);
    const perEvent: EventHandler = async (event, manager) => {
      const enrolled = event as EventOf<'CandidateEnrolled.v1'>;
      await scopes.recordEnrolment(manager, enrolled);
      const { candidateId, programmeId } = enrolled.payload;
      const now = harness.clock.now();
      if (await drafts.execute(manager, { candidateId, programmeId, now })) {
        await reconciler.reconcile(manager, candidateId, now, { locked: true });
      }
    };
    const batch = harness.handlers.get('CandidateEnrolled.v1');
    if (!batch || typeof batch === 'function') throw new Error('CandidateEnrolled.v1 has no batch handler');

    /** One run: a fresh group from the topic's start until the inbox holds every event. */
    const run = async (label: string, handler: InboxHandler) => {
      await harness.dataSource.query(
        `TRUNCATE pathway, milestone, pathway_history, candidate_scope, outbox_message, inbox_message`,
      );
      const load = loadAverage();
      const { ms, statements, calls } = await topic.consumeToEnd({
        dataSource: harness.dataSource,
        databaseUrl: harness.database.url,
        counter,
        handlers: new Map([['CandidateEnrolled.v1', handler]]),
        events: PEOPLE,
      });
      const [outcome] = await harness.dataSource.query(
        `${BENCH_QUERY} SELECT (SELECT count(*) FROM pathway)::int AS pathways,
                (SELECT count(*) FROM outbox_message WHERE event_type = 'PathwayDrafted.v1')::int AS drafted`,
      );
      process.stdout.write(
        `  ${label}: ${(ms / 1000).toFixed(2)} s, ${calls} handler calls, ${outcome.pathways} pathways, ${outcome.drafted} PathwayDrafted, load ${load} -> ${loadAverage()}\n`,
      );
      return { label, ms, roundTrips: statements / PEOPLE, calls };
    };

    process.stdout.write(
      `pathway drafting benchmark: ${PEOPLE} CandidateEnrolled, ${BENCH_PARTITIONS} partitions\n`,
    );
    const results = await runEventPaths(PATHS, { 'per-event': perEvent, batch }, run);
    const first = results[0]!; // the ratio is against the first run (the empty handler unless left out)

    process.stdout.write('\n');
    printTable(
      ['path', 'people/s', `x ${first.label}`, 'round trips per person', 'events per handler call'],
      results.map((result) => [
        result.label,
        perSecond(PEOPLE, result.ms),
        `${(first.ms / result.ms).toFixed(3)}x`,
        result.roundTrips.toFixed(3),
        (PEOPLE / result.calls).toFixed(1),
      ]),
    );
  } finally {
    await topic.delete();
    await harness.stop();
  }
}

runBenchmark(main);
