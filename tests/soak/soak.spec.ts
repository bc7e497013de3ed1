import iconv from 'iconv-lite';
import { parseSoakArgs } from './args';
import {
  compareIds,
  exactlyOnce,
  injectedNotDeadLettered,
  lagOf,
  partlyRecommended,
  unexpectedDeadLetters,
} from './compare';
import { anyOf, consumedCount, mailAfterErasure, mailsToErased } from './faults-data';
import { soakFile, soakPeople } from './hr-file';
import { cpuMsOfStat } from './processes';
import { firstReceipts } from './smtp-sink';

describe('the soak HR file', () => {
  const file = soakFile({ people: 1000, seed: 7, duplicates: 10, broken: 5 });
  const lines = iconv.decode(file.bytes, 'win1252').trimEnd().split('\r\n');

  it('holds the people, the repeated rows and the broken rows in the numbers asked', () => {
    expect(file.people).toHaveLength(1000);
    expect(file.rows).toBe(1015);
    expect(lines).toHaveLength(1 + 1015); // the header row
  });

  it('repeats only employee numbers of earlier rows, each once per duplicate', () => {
    const numbers = lines.slice(1).map((line) => line.split(';')[0]!);
    const seen = new Set<string>();
    let repeated = 0;
    for (const number of numbers) {
      if (seen.has(number)) repeated++;
      seen.add(number);
    }
    expect(repeated).toBe(10);
  });

  it('is Windows-1252 with accents, and the same for the same seed', () => {
    expect(file.bytes.includes(Buffer.from('é', 'utf8'))).toBe(false);
    expect(lines[0]).toContain('Prénom');
    expect(lines.some((line) => /[éèëïçà]/.test(line))).toBe(true);
    expect(soakFile({ people: 1000, seed: 7, duplicates: 10, broken: 5 }).bytes.equals(file.bytes)).toBe(
      true,
    );
    expect(soakPeople(50, 8)).not.toEqual(soakPeople(50, 7));
  });

  it('gives each valid person an email of their own and counts those with a ROME code', () => {
    expect(new Set(file.people.map((person) => person.email)).size).toBe(1000);
    expect(file.withCode).toBe(file.people.filter((person) => /^[A-Z]\d{4}$/.test(person.romeCode)).length);
    expect(file.withCode).toBeGreaterThan(0);
  });
});

describe('the invariants', () => {
  it('finds people missing, extra and held twice', () => {
    const comparison = compareIds(['a', 'b', 'c'], ['a', 'a', 'c', 'z']);
    expect(comparison).toEqual({ expected: 3, rows: 4, missing: ['b'], extra: ['z'], duplicated: ['a'] });
    expect(exactlyOnce(comparison)).toBe(false);
    expect(exactlyOnce(compareIds(['a', 'b'], ['b', 'a']))).toBe(true);
  });

  it.each([
    [[{ high: '10', committed: '10' }], 0],
    [
      [
        { high: '10', committed: '7' },
        { high: '5', committed: '5' },
      ],
      3,
    ],
    // No commit on a partition: the group never had anything to read there.
    [[{ high: '10', committed: '-1' }], 0],
  ])('counts a group lag of %j as %i', (partitions, lag) => {
    expect(lagOf(partitions.map((p, partition) => ({ topic: 't', partition, ...p })))).toBe(lag);
  });

  it('accepts only the injected dead letters, and each of them', () => {
    const letters = [
      { consumer: 'pathway', key: 'soak-poison-x-0', reason: 'value is not JSON' },
      { consumer: 'matching', key: 'soak-poison-x-0', reason: 'value is not JSON' },
      { consumer: 'matching', key: 'a-person', reason: 'handler failed: boom' },
    ];
    expect(unexpectedDeadLetters(letters, 'soak-poison-x-')).toEqual([letters[2]]);
    expect(injectedNotDeadLettered(letters, ['soak-poison-x-0', 'soak-poison-x-1'])).toEqual([
      'soak-poison-x-1',
    ]);
  });

  it('flags an occupation some of whose people have recommendations and others not', () => {
    const occupations = [
      { code: 'I1307', people: 10, recommended: 10 },
      { code: 'N1101', people: 4, recommended: 0 },
      { code: 'K2503', people: 6, recommended: 5 },
    ];
    expect(partlyRecommended(occupations)).toEqual([occupations[2]]);
  });
});

describe('the soak command line', () => {
  it('defaults to 10,000 people on the cluster, 1 % repeated and 0.5 % broken, no fault', () => {
    expect(parseSoakArgs([])).toMatchObject({
      people: 10000,
      duplicates: 100,
      broken: 50,
      brokers: 'cluster',
      faults: [],
    });
  });

  it('reads --faults all and a list', () => {
    expect(parseSoakArgs(['--faults', 'all']).faults).toEqual([
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
    ]);
    expect(parseSoakArgs(['--faults', 'relay-kill,rebalance', '--brokers', 'single']).faults).toEqual([
      'relay-kill',
      'rebalance',
    ]);
  });

  it.each([
    [['--people', '0'], '--people must be a whole number of at least 1'],
    [['--faults', 'meteor'], '--faults: unknown meteor'],
    [['--brokers', '2'], '--brokers must be 3 or single'],
    [['--brokers', 'single', '--faults', 'broker-kill'], 'broker-kill needs the three-broker cluster'],
  ])('refuses %j naming the option', (argv, message) => {
    expect(() => parseSoakArgs(argv)).toThrow(message);
  });
});

describe('CPU time of a process', () => {
  it('reads utime and stime after a command name holding spaces and parentheses', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
    const stat = '4242 (node (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 11 0';
    expect(cpuMsOfStat(stat)).toBe(3000);
  });
});

describe('the data faults', () => {
  const a = '0193a0c4-9b8e-7000-8000-00000000000a';
  const b = '0193a0c4-9b8e-7000-8000-00000000000b';

  it('finds an erased id anywhere in a row, and takes only uuids', () => {
    const pattern = new RegExp(anyOf([a, b]));
    expect(pattern.test(`(${b},"{""candidateId"": ""${b}""}")`)).toBe(true);
    expect(pattern.test('(0193a0c4-9b8e-7000-8000-00000000000c,x)')).toBe(false);
    expect(() => anyOf(["x') OR true --"])).toThrow('uuids only');
  });

  it('flags a mail to an erased person sent after their erasure only, whatever the case of the address', () => {
    const people = new Map([
      [a, { email: 'lea.martin@acme.example', erasedAt: 1000 }],
      [b, { email: 'zoe.faure@acme.example', erasedAt: 5000 }],
    ]);
    const mails = [
      { to: ['lea.martin@acme.example'], at: 900 }, // before: the invitation, fine
      { to: ['Lea.Martin@acme.example'], at: 1100 },
      { to: ['zoe.faure@acme.example'], at: 4000 },
      { to: ['someone@acme.example'], at: 9000 },
    ];
    expect(mailAfterErasure(mails, people)).toEqual([
      { candidateId: a, to: 'Lea.Martin@acme.example', at: 1100 },
    ]);
    // Their messages leave notifier's table with them: the sink's count is compared without them.
    expect(mailsToErased(mails, people)).toBe(3);
  });

  it("reads a consumer's count of an outcome on a topic from its metrics page", () => {
    const page = [
      '# HELP passerelle_events_consumed_total Events consumed, by outcome',
      'passerelle_events_consumed_total{consumer="matching",topic="passerelle.intake.candidate",outcome="applied"} 2003',
      'passerelle_events_consumed_total{consumer="matching",topic="passerelle.intake.candidate",outcome="unknown"} 1',
      'passerelle_events_consumed_total{consumer="matching",topic="passerelle.pathway.plan",outcome="unknown"} 7',
    ].join('\n');
    expect(consumedCount(page, 'matching', 'passerelle.intake.candidate', 'unknown')).toBe(1);
    expect(consumedCount(page, 'matching', 'passerelle.intake.candidate', 'dead_lettered')).toBeNull();
    expect(consumedCount(page, 'pathway', 'passerelle.intake.candidate', 'unknown')).toBeNull();
  });
});

describe('firstReceipts', () => {
  const mail = (messageId: string | null, at: number) => ({ to: ['a@example.org'], at, messageId });
  it.each([
    ['nothing received', [], 0],
    ['each once', [mail('<1@p>', 1), mail('<2@p>', 2)], 2],
    [
      'one sent again after a fault, same Message-ID',
      [mail('<1@p>', 1), mail('<2@p>', 2), mail('<1@p>', 3)],
      2,
    ],
    ['no Message-ID: each counts', [mail(null, 1), mail(null, 2)], 2],
  ])('%s: %i first receipts', (_case, mails, firsts) => {
    expect(firstReceipts(mails)).toHaveLength(firsts);
  });
});
