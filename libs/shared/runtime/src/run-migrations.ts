import { DataSource, type DataSourceOptions } from 'typeorm';
import { loadConfig, serviceConfigSchema } from '@passerelle/shared/config';

const migrationConfigSchema = serviceConfigSchema.pick({ DATABASE_URL: true });

/** Applies pending migrations; run before a service version starts (a k8s Job, or the dev script). */
export async function runMigrations(options: DataSourceOptions): Promise<string[]> {
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** Entry point for an app's migrate.ts: reads DATABASE_URL only, prints what it applied. */
export function runMigrationsMain(service: string, options: (url: string) => DataSourceOptions): void {
  let url: string;
  try {
    url = loadConfig(migrationConfigSchema).DATABASE_URL;
  } catch (error) {
    console.error(`${service} migrations: ${(error as Error).message}`);
    process.exit(1);
  }
  runMigrations(options(url)).then(
    (applied) =>
      console.log(`${service}: ${applied.length ? `applied ${applied.join(', ')}` : 'schema up to date'}`),
    (error: unknown) => {
      console.error(`${service} migrations failed`, error);
      process.exit(1);
    },
  );
}
