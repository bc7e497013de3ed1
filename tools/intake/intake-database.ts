import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { intakeDataSourceOptions } from '@passerelle/intake/data-access';

/**
 * The intake database a command works on: --database, else DATABASE_URL, else the local
 * platform's (DATABASE_URL_BASE/passerelle_intake, as `npm run start:demo` creates it).
 */
export function intakeDatabaseUrl(flag: string | undefined): string {
  const url =
    flag ??
    process.env['DATABASE_URL'] ??
    (process.env['DATABASE_URL_BASE'] ? `${process.env['DATABASE_URL_BASE']}/passerelle_intake` : undefined);
  if (!url) {
    throw new Error(
      'no database: pass --database <url>, or set DATABASE_URL (source infra/bin/env.sh first)',
    );
  }
  return url;
}

export async function openIntakeDatabase(url: string): Promise<DataSource> {
  const dataSource = new DataSource({ ...intakeDataSourceOptions(url), logging: false });
  await dataSource.initialize();
  const pending = await dataSource.showMigrations();
  if (pending) {
    await dataSource.destroy();
    throw new Error('the intake database has pending migrations: run the intake migrations first');
  }
  return dataSource;
}
