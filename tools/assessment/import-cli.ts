import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { assessmentDataSourceOptions } from '@passerelle/assessment/data-access';
import { runMigrations } from '@passerelle/shared/runtime';

/**
 * Shared by the assessment import commands: `--from <folder>` (resolved from the project root,
 * where npm runs scripts), the assessment database from DATABASE_URL, or the local platform's
 * `passerelle_assessment` on DATABASE_URL_BASE. Migrations are applied first (idempotent).
 */
export async function runImport<T>(
  usage: string,
  work: (dataSource: DataSource, from: string | undefined) => Promise<T>,
  describe: (result: T) => string,
): Promise<void> {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, 'database-url': { type: 'string' } },
    allowPositionals: false,
  });
  const url =
    values['database-url'] ??
    process.env['DATABASE_URL'] ??
    (process.env['DATABASE_URL_BASE'] && `${process.env['DATABASE_URL_BASE']}/passerelle_assessment`);
  if (!url) {
    console.error(`${usage}\nset DATABASE_URL (or source infra/bin/env.sh), or pass --database-url`);
    process.exit(2);
  }
  try {
    await runMigrations(assessmentDataSourceOptions(url));
    const dataSource = new DataSource(assessmentDataSourceOptions(url));
    await dataSource.initialize();
    try {
      console.log(describe(await work(dataSource, values.from && resolve(values.from))));
    } finally {
      await dataSource.destroy();
    }
  } catch (error) {
    console.error(`import failed: ${(error as Error).message}`);
    process.exit(1);
  }
}
