// Pathway planning: what re-deriving a plan from every fact costs, against the inbox doing only the
// storing, measured in the same run on the same database. Not a test: it prints figures.
//   npm run bench:pathway [-- --people 300]
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { AnyEvent } from '@passerelle/shared/contracts';
import type { EventHandler } from '@passerelle/shared/messaging';
import { PathwayRepository } from '@passerelle/pathway/data-access';
import { RiskSweepRunner } from '@passerelle/pathway/feature-progress';
import { PathwayHarness, Story } from '../../apps/pathway/src/test/pathway-test-kit';
import { runBenchmark } from './bench-kit';

const { values } = parseArgs({ options: { people: { type: 'string', default: '300' } } });
const PEOPLE = Number(values.people);

async function timed(label: string, work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  const seconds = (performance.now() - start) / 1000;
  process.stdout.write(`  ${label}: ${seconds.toFixed(2)} s\n`);
  return seconds;
}

function rate(count: number, seconds: number): string {
  return Math.round(count / seconds).toLocaleString('en-GB');
}

async function main(): Promise<void> {
  const harness = await PathwayHarness.start('bench_pathway');
  try {
    const base = new Story(harness.clock.now());
    const people = Array.from({ length: 2 * PEOPLE }, () => {
      const story = new Story(harness.clock.now());
      return Object.assign(story, {
        programmeId: base.programmeId,
        sponsorId: base.sponsorId,
        officeId: base.officeId,
      });
    });
    const ours = people.slice(0, PEOPLE);
    const baseline = people.slice(PEOPLE);
    const pathways = harness.app.get(PathwayRepository);
    // A baseline handler on the same inbox path: store the fact, derive nothing.
    const storeOnly: EventHandler = async (event, manager) => {
      const completed = event as Extract<AnyEvent, { type: 'SessionCompleted' }>;
      await pathways.recordFact(manager, {
        eventId: event.eventId,
        candidateId: completed.payload.candidateId,
        type: 'session_completed',
        occurredAt: new Date(completed.payload.completedAt),
        fact: {
          type: 'session_completed',
          eventId: event.eventId,
          at: completed.payload.completedAt,
          sessionId: completed.payload.sessionId,
          sessionKind: completed.payload.kind,
        },
        receivedAt: new Date(),
      });
    };
    const baselineInbox = harness.inboxWith(new Map([['SessionCompleted.v1', storeOnly]]));

    process.stdout.write(`pathway benchmark: ${PEOPLE} people per side\n`);
    await harness.deliver(base.contracted());
    await harness.deliverAll(people.map((p) => p.enrolled()));
    const planSeconds = await timed('plan at CandidateDiagnosed (ours)', () =>
      harness.deliverAll(ours.map((p) => p.diagnosed())),
    );
    await harness.deliverAll(baseline.map((p) => p.diagnosed()));

    const sessions = (side: Story[]) =>
      side.map((p, i) => p.completed('welcome', `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, 2));
    const oursEvents = sessions(ours);
    const baselineEvents = sessions(baseline);
    const baselineSeconds = await timed('SessionCompleted, store only (baseline)', async () => {
      for (const event of baselineEvents) await harness.deliverThrough(baselineInbox, event);
    });
    const progressSeconds = await timed('SessionCompleted, store + re-derive + risk + outbox (ours)', () =>
      harness.deliverAll(oursEvents),
    );

    await harness.dataSource.query(`UPDATE pathway SET risk_next_check_at = now() - interval '1 minute'`);
    const sweepSeconds = await timed('at-risk sweep of every pathway', async () => {
      await harness.app.get(RiskSweepRunner).sweep(harness.clock.now());
    });

    process.stdout.write(
      '\n| figure | baseline events/s | pathway events/s | ratio |\n| --- | ---: | ---: | ---: |\n',
    );
    process.stdout.write(
      `| SessionCompleted applied | ${rate(PEOPLE, baselineSeconds)} | ${rate(PEOPLE, progressSeconds)} | ${(baselineSeconds / progressSeconds).toFixed(2)}x |\n`,
    );
    process.stdout.write(
      `| CandidateDiagnosed planned (baseline: same store-only handler) | ${rate(PEOPLE, baselineSeconds)} | ${rate(PEOPLE, planSeconds)} | ${(baselineSeconds / planSeconds).toFixed(2)}x |\n`,
    );
    process.stdout.write(
      `| at-risk sweep, pathways/s (baseline: store-only event) | ${rate(PEOPLE, baselineSeconds)} | ${rate(2 * PEOPLE, sweepSeconds)} | ${(baselineSeconds / PEOPLE / (sweepSeconds / (2 * PEOPLE))).toFixed(2)}x |\n`,
    );
  } finally {
    await harness.stop();
  }
}

runBenchmark(main);
