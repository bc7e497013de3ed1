import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@passerelle/shared/testing';
import { matchingDataSourceOptions } from './data-source';
import { ReferenceCatalogueCache } from './reference-catalogue.cache';
import { ReferenceRepository } from './reference.repository';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('matching_cache');
  const migrate = new DataSource(matchingDataSourceOptions(database.url));
  await migrate.initialize();
  await migrate.runMigrations();
  await migrate.destroy();
  // One pooled connection: a read that asks the pool for a second one while a transaction holds it
  // waits for ever, which is how ten events in flight once deadlocked the service's pool of ten.
  dataSource = new DataSource({ ...matchingDataSourceOptions(database.url), extra: { max: 1 } });
  await dataSource.initialize();
});

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

const within = <T>(ms: number, work: Promise<T>): Promise<T> =>
  Promise.race([
    work,
    new Promise<T>((_resolve, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${ms} ms: the pool is exhausted`)), ms),
    ),
  ]);

describe('reference catalogue inside an event transaction', () => {
  it('builds and reads demand on the transaction connection, never a second pooled one', async () => {
    const cache = new ReferenceCatalogueCache(new ReferenceRepository(dataSource));
    const result = await within(
      10_000,
      dataSource.transaction(async (manager) => {
        const snapshot = await cache.get(manager);
        const local = await cache.demandIn(['69'], manager);
        return { occupations: snapshot.catalogue.byCode.size, local: local.size };
      }),
    );
    // The database is empty of reference data: what matters is that the answer came at all.
    expect(result).toEqual({ occupations: 0, local: 0 });
  });
});
