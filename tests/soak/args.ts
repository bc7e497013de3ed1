// `npm run soak -- [--people 10000] [--brokers 3|single] [--faults all|a,b] [--keep] ...`
import { parseArgs } from 'node:util';

export const FAULTS = [
  'broker-kill',
  'consumer-kill',
  'relay-kill',
  'postgres-restart',
  'rebalance',
  'tenant-isolation',
  'slow-handler',
  'booking-race',
  'graphql-abuse',
  'erasure',
  'event-v2',
] as const;
export type Fault = (typeof FAULTS)[number];

export interface SoakOptions {
  people: number;
  seed: number;
  duplicates: number;
  broken: number;
  brokers: 'single' | 'cluster';
  faults: Fault[];
  keep: boolean;
  timeoutSeconds: number;
  sample: number;
  coaches: number;
  poison: number;
  kafkaBasePort: number;
}

export function parseSoakArgs(argv: string[]): SoakOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      people: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '16' },
      duplicates: { type: 'string' },
      broken: { type: 'string' },
      brokers: { type: 'string', default: '3' },
      faults: { type: 'string', default: '' },
      keep: { type: 'boolean', default: false },
      'timeout-seconds': { type: 'string', default: '900' },
      sample: { type: 'string', default: '50' },
      coaches: { type: 'string', default: '10' },
      poison: { type: 'string', default: '3' },
      'kafka-base-port': { type: 'string', default: '29592' },
    },
  });
  const count = (name: string, value: string | undefined, min = 0) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw new Error(`--${name} must be a whole number of at least ${min} (got '${value}')`);
    return n;
  };
  const people = count('people', values.people, 1);
  if (values.brokers !== '3' && values.brokers !== 'single') {
    throw new Error(`--brokers must be 3 or single (got '${values.brokers}')`);
  }
  const faults =
    values.faults === 'all'
      ? [...FAULTS]
      : values.faults
          .split(',')
          .map((fault) => fault.trim())
          .filter(Boolean);
  const unknown = faults.filter((fault) => !(FAULTS as readonly string[]).includes(fault));
  if (unknown.length > 0)
    throw new Error(`--faults: unknown ${unknown.join(', ')}; expected all or some of ${FAULTS.join(', ')}`);
  if (values.brokers === 'single' && faults.includes('broker-kill')) {
    throw new Error('--faults broker-kill needs the three-broker cluster (--brokers 3)');
  }
  return {
    people,
    seed: count('seed', values.seed),
    // 1 % of the people repeated, 0.5 % broken, unless told.
    duplicates:
      values.duplicates === undefined ? Math.floor(people / 100) : count('duplicates', values.duplicates),
    broken: values.broken === undefined ? Math.floor(people / 200) : count('broken', values.broken),
    brokers: values.brokers === '3' ? 'cluster' : 'single',
    faults: faults as Fault[],
    keep: values.keep,
    timeoutSeconds: count('timeout-seconds', values['timeout-seconds'], 10),
    sample: count('sample', values.sample),
    coaches: count('coaches', values.coaches, 1),
    poison: count('poison', values.poison),
    kafkaBasePort: count('kafka-base-port', values['kafka-base-port'], 1024),
  };
}
