import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// TypeORM's own list types for entities (classes, schemas or globs) and migrations (classes or globs).
type EntityList = MixedList<Function | string | EntitySchema>;
type MigrationList = MixedList<Function | string>;

export interface ServiceDataSourceInput {
  url: string;
  entities: EntityList;
  migrations: MigrationList;
  /** Connections in the pool; a 2-core box runs five services and the tests at once. */
  poolSize?: number;
}

/** Schema changes only through migrations: synchronize is never on. */
export function serviceDataSourceOptions(input: ServiceDataSourceInput): DataSourceOptions {
  return {
    type: 'postgres',
    url: input.url,
    entities: input.entities,
    migrations: input.migrations,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // A wait for a connection fails after a minute rather than forever: a pool drained by
    // transactions that each wait for a second connection then shows as an error, not a hang.
    extra: {
      max: input.poolSize ?? 10,
      connectionTimeoutMillis: 60_000,
      // A connection the server ends while it is checked out and between queries (a database
      // restart, pg_terminate_backend; an outbox relay's leader lock, a transaction waiting for
      // Kafka) emits 'error' with nobody listening, which ends the process. Heard here, it fails
      // the next query on that connection instead, which the inbox and the relay retry.
      onConnect: (client: { on(event: 'error', listener: (error: Error) => void): unknown }) => {
        client.on('error', () => undefined);
      },
    },
  };
}

export function createServiceDataSource(input: ServiceDataSourceInput): DataSource {
  return new DataSource(serviceDataSourceOptions(input));
}
