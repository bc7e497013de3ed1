import { Client, type Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@passerelle/shared/testing';
import { createServiceDataSource } from './data-source';

// A service's connection ended by the server while checked out between two queries (a database
// restart while an outbox relay holds its leader lock, or a transaction waits for Kafka).

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('service_data_source');
  dataSource = createServiceDataSource({ url: database.url, entities: [], migrations: [] });
  await dataSource.initialize();
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

it('fails the next query on a connection the server ended, instead of ending the process', async () => {
  // Checked out of the pool as a repository does for its prepared statements (no TypeORM runner,
  // whose own listener would hear the first error only).
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const client = await pool.connect();
  const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const uncaught: unknown[] = [];
  const listener = (error: unknown) => uncaught.push(error);
  process.prependListener('uncaughtException', listener);
  try {
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
    await admin.end();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(uncaught).toEqual([]);
    await expect(client.query('SELECT 1')).rejects.toThrow();
  } finally {
    process.off('uncaughtException', listener);
    client.release(true);
  }
  // The pool goes on with new connections.
  expect(await dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
});
