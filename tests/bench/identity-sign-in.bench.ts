// Sign-in throughput: a password sign-in through identity's handler (per-address limit read,
// account read, scrypt check, audit row, throttle write), beside the bare scrypt check with the same
// parameters, measured in the same run (ratio = ours / baseline throughput; 1.00x would mean the
// database work costs nothing next to the hash). Not a test: it prints figures.
//   npm run bench:sign-in [-- --sign-ins 60 --rounds 3 --concurrency 2]
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import type { ServiceConfig } from '@passerelle/shared/config';
import { createTestDatabase } from '@passerelle/shared/testing';
import { hashPassword, PASSWORD_HASH_PARAMETERS, verifyPassword } from '@passerelle/identity/domain';
import {
  AccountRepository,
  identityDataSourceOptions,
  SecondFactorRepository,
  SignInAttemptRepository,
} from '@passerelle/identity/data-access';
import { SignInWithPasswordHandler } from '@passerelle/identity/feature-sign-in';
import { newAccount } from '../../apps/identity/src/test/identity-test-kit';
import { runBenchmark } from './bench-kit';

const { values } = parseArgs({
  options: {
    'sign-ins': { type: 'string', default: '60' },
    rounds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: String(Math.min(4, availableParallelism())) },
  },
});
const SIGN_INS = Number(values['sign-ins']);
const ROUNDS = Number(values.rounds);
const CONCURRENCY = Number(values.concurrency);
const PASSWORD = 'trois chats sur le toit';

/** Runs `count` jobs, `concurrency` at a time; the elapsed milliseconds. */
async function timed(count: number, job: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) await job(next++);
    }),
  );
  return performance.now() - start;
}

async function main(): Promise<void> {
  const database = await createTestDatabase('bench_identity');
  const dataSource = new DataSource(identityDataSourceOptions(database.url, CONCURRENCY + 2));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const accounts = new AccountRepository(dataSource);
    const config = { INTERNAL_IDENTITY_SECRET: randomBytes(32).toString('hex') } as ServiceConfig;
    const handler = new SignInWithPasswordHandler(
      accounts,
      new SignInAttemptRepository(dataSource),
      config,
      new SecondFactorRepository(dataSource),
    );
    const passwordHash = await hashPassword(PASSWORD);
    const emails = Array.from({ length: CONCURRENCY * 4 }, (_, i) => `ops-${i}@example.fr`);
    for (const email of emails) {
      await accounts.insert(await newAccount(PASSWORD, { email, passwordHash, allOffices: true }));
    }
    // Warm-up (JIT, pool), not measured.
    await timed(CONCURRENCY * 2, () => verifyPassword(PASSWORD, passwordHash));

    // Rounds alternate the two, and the medians are compared: the machine's drift hits both.
    const baselines: number[] = [];
    const ourRuns: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      baselines.push(await timed(SIGN_INS, () => verifyPassword(PASSWORD, passwordHash)));
      ourRuns.push(
        await timed(SIGN_INS, async (i) => {
          const result = await handler.execute({
            email: emails[i % emails.length]!,
            password: PASSWORD,
            sourceAddress: `10.0.${round}.${i % 250}`,
            now: new Date(),
          });
          if (!result.ok) throw new Error(`sign-in ${i} was refused`);
        }),
      );
    }
    const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
    const baseline = median(baselines);
    const ours = median(ourRuns);
    const rate = (ms: number) => (SIGN_INS / ms) * 1000;
    const { N, r, p } = PASSWORD_HASH_PARAMETERS;
    console.log(
      `sign-in throughput, median of ${ROUNDS} rounds of ${SIGN_INS} sign-ins, ${CONCURRENCY} at a time, ${availableParallelism()} CPUs, ` +
        `scrypt N=${N} r=${r} p=${p} (${(128 * N * r) / 2 ** 20} MiB a check)`,
    );
    console.log(`| figure | baseline (bare scrypt check) | ours (sign-in handler) | ratio |`);
    console.log(`| --- | --- | --- | --- |`);
    console.log(
      `| password sign-ins | ${rate(baseline).toFixed(1)}/s | ${rate(ours).toFixed(1)}/s | ${(rate(ours) / rate(baseline)).toFixed(2)}x |`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
  }
}

runBenchmark(main);
