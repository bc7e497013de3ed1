import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

export interface TestInfrastructure {
  /** postgres://user:password@host:port, without a database name. */
  databaseUrlBase: string;
  kafkaBrokers: string[];
}

/**
 * The real PostgreSQL and Kafka the integration tests run against. `npm test` starts them with
 * the project's infra scripts and exports their addresses; point the variables elsewhere to use
 * other servers.
 */
export function testInfrastructure(): TestInfrastructure {
  const databaseUrlBase = process.env['DATABASE_URL_BASE'];
  const brokers = process.env['KAFKA_BROKERS'];
  if (!databaseUrlBase || !brokers) {
    throw new Error(
      'integration tests need DATABASE_URL_BASE and KAFKA_BROKERS: run them through `npm test`, ' +
        'which starts PostgreSQL and Kafka, or `source infra/bin/env.sh && bash infra/bin/infra.sh up` first',
    );
  }
  return { databaseUrlBase, kafkaBrokers: brokers.split(',') };
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, empty database for one test file, dropped afterwards. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const { databaseUrlBase } = testInfrastructure();
  const name = `test_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomUUID().slice(0, 8)}`;
  await withAdminClient(databaseUrlBase, (client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    url: `${databaseUrlBase}/${name}`,
    name,
    drop: () => dropDatabase(databaseUrlBase, name),
  };
}

/**
 * FORCE ends our own leftover sessions, but not an autovacuum worker (owned by the superuser) that
 * may be busy with a table the test just filled: wait for it and try again.
 */
async function dropDatabase(base: string, name: string, attempts = 20): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await withAdminClient(base, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '42501' || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

async function withAdminClient<T>(base: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${base}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
