import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { queryLimitsRule } from '@passerelle/shared/graphql';
import {
  deepQuery,
  describeTally,
  metricValue,
  perSecond,
  refusedAsExpected,
  servicesToMeasure,
  tallyRace,
  throughputHolds,
} from './faults-load';

describe("reading a service's /metrics", () => {
  const text = [
    '# HELP passerelle_consumer_group_joins_total Times a consumer joined its group',
    '# TYPE passerelle_consumer_group_joins_total counter',
    'passerelle_consumer_group_joins_total{consumer="scheduling",topic="passerelle.intake.candidate"} 3',
    'passerelle_consumer_group_joins_total{consumer="scheduling",topic="passerelle.scheduling.directory"} 1',
    'passerelle_events_consumed_total{consumer="scheduling",topic="passerelle.intake.candidate",outcome="applied"} 1500',
    'passerelle_events_consumed_total{consumer="scheduling",topic="passerelle.intake.candidate",outcome="duplicate"} 12',
    'passerelle_events_consumed_total_extra{outcome="applied"} 99',
    'process_cpu_user_seconds_total 4.25',
  ].join('\n');

  it.each([
    ['passerelle_consumer_group_joins_total', { topic: 'passerelle.intake.candidate' }, 3],
    ['passerelle_consumer_group_joins_total', { consumer: 'scheduling' }, 4],
    ['passerelle_events_consumed_total', { outcome: 'applied' }, 1500],
    ['passerelle_events_consumed_total', {}, 1512],
    ['passerelle_events_consumed_total', { outcome: 'held' }, 0],
    ['process_cpu_user_seconds_total', {}, 4.25],
    ['passerelle_outbox_published_total', {}, 0],
  ])('sums %s with labels %j as %d (no other metric whose name it starts)', (name, labels, value) => {
    expect(metricValue(text, name, labels)).toBe(value);
  });
});

describe('a race', () => {
  const won = { won: true, code: '200' };
  const taken = { won: false, code: 'SLOT_TAKEN' };

  it('holds when exactly the capacity won and every other got the expected code', () => {
    const tally = tallyRace([won, ...Array(63).fill(taken)], 1, 'SLOT_TAKEN');
    expect(tally).toEqual({ won: 1, refused: { SLOT_TAKEN: 63 }, ok: true });
    expect(describeTally(tally)).toBe('1 won, refused SLOT_TAKEN 63');
  });

  it.each([
    ['two winners (a double booking)', [won, won, taken], 1],
    ['no winner', [taken, taken, taken], 1],
    ['a refusal of another kind', [won, taken, { won: false, code: 'INTERNAL_SERVER_ERROR' }], 1],
    ['fewer winners than seats', [won, taken, taken], 2],
  ])('fails with %s', (_label, answers, capacity) => {
    expect(tallyRace(answers, capacity, 'SLOT_TAKEN').ok).toBe(false);
  });
});

describe('an abusive request', () => {
  it.each([
    [{ status: 400, code: 'QUERY_TOO_DEEP' }, { status: 400, code: 'QUERY_TOO_DEEP' }, true],
    [{ status: 413, code: null }, { status: 413, code: null }, true],
    // Answered with data, or refused for another reason: not the limit that should have stopped it.
    [{ status: 400, code: 'QUERY_TOO_DEEP' }, { status: 200, code: null }, false],
    [{ status: 400, code: 'TOO_MANY_ALIASES' }, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' }, false],
    [{ status: 413, code: null }, { status: 500, code: null }, false],
  ])('expected %j, answered %j: %s', (expected, answer, ok) => {
    expect(refusedAsExpected(expected, answer)).toBe(ok);
  });
});

describe('throughput during the abuse', () => {
  const before = { from: 1000, to: 2000, ms: 10_000 }; // 100 events/s

  it('counts events a second, a counter reset (a restart) as none', () => {
    expect(perSecond(before)).toBe(100);
    expect(perSecond({ from: 500, to: 100, ms: 1000 })).toBe(0);
    expect(perSecond({ from: 0, to: 10, ms: 0 })).toBe(0);
  });

  it.each([
    [{ from: 2000, to: 3000, ms: 20_000 }, true], // 50/s: half, the bound
    [{ from: 2000, to: 2900, ms: 20_000 }, false], // 45/s
    [{ from: 2000, to: 5000, ms: 20_000 }, true], // faster
  ])('holds the bound of half the window before: %j is %s', (during, holds) => {
    expect(throughputHolds(before, during, 0.5)).toBe(holds);
  });

  it('cannot compare with a window before in which nothing was applied', () => {
    expect(throughputHolds({ from: 5, to: 5, ms: 10_000 }, { from: 5, to: 6, ms: 1000 }, 0.5)).toBeNull();
  });

  it('leaves out the services other faults stall on purpose, and says which faults touch them all', () => {
    expect(servicesToMeasure(['graphql-abuse'])).toEqual({
      services: [
        'intake',
        'assessment',
        'pathway',
        'matching',
        'scheduling',
        'identity',
        'notifier',
        'reporting',
        'career',
      ],
      confounded: [],
    });
    expect(servicesToMeasure(['graphql-abuse', 'slow-handler', 'consumer-kill', 'broker-kill'])).toEqual({
      services: ['intake', 'assessment', 'matching', 'identity', 'notifier', 'reporting', 'career'],
      confounded: ['broker-kill'],
    });
  });
});

describe('the abusive deep query', () => {
  it("is a valid query of the gateway's schema, refused by the depth limit alone (12 levels against 10)", () => {
    const schema = buildSchema(
      readFileSync(join(__dirname, '../../apps/gateway/supergraph.graphql'), 'utf8'),
      {
        assumeValidSDL: true,
      },
    );
    const document = parse(deepQuery(5, '0b9d2c51-7a4e-4d8e-9a57-1f2f7c1d0a11'));
    expect(validate(schema, document, specifiedRules)).toEqual([]);
    const limits = queryLimitsRule({ maxDepth: 10, maxAliases: 30, maxCost: 5000 });
    expect(
      validate(schema, document, [limits]).map((error) => [error.extensions['code'], error.message]),
    ).toEqual([['QUERY_TOO_DEEP', 'anonymous operation is 12 levels deep; the limit is 10']]);
  });
});
