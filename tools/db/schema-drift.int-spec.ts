import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { pendingSchemaChanges } from '@passerelle/shared/database';
import { createTestDatabase } from '@passerelle/shared/testing';
import { assessmentDataSourceOptions } from '@passerelle/assessment/data-access';
import { intakeDataSourceOptions } from '@passerelle/intake/data-access';
import { matchingDataSourceOptions } from '@passerelle/matching/data-access';
import { pathwayDataSourceOptions } from '@passerelle/pathway/data-access';
import { schedulingDataSourceOptions } from '@passerelle/scheduling/data-access';
import { identityDataSourceOptions } from '@passerelle/identity/data-access';
import { notifierDataSourceOptions } from '@passerelle/notifier/data-access';
import { reportingDataSourceOptions } from '@passerelle/reporting/data-access';
import { careerDataSourceOptions } from '@passerelle/career/data-access';

/**
 * Migrations are the only way the schema changes, so after running them TypeORM must find nothing
 * left to do for the entities; and every migration's down() must take the schema back to empty.
 */
describe.each<[string, (url: string) => DataSourceOptions]>([
  ['intake', intakeDataSourceOptions],
  ['assessment', assessmentDataSourceOptions],
  ['pathway', pathwayDataSourceOptions],
  ['matching', matchingDataSourceOptions],
  ['scheduling', schedulingDataSourceOptions],
  ['identity', identityDataSourceOptions],
  ['notifier', notifierDataSourceOptions],
  ['reporting', reportingDataSourceOptions],
  ['career', careerDataSourceOptions],
])('%s schema', (service, options) => {
  it('matches its entities after migrations, and migrates all the way down', async () => {
    const database = await createTestDatabase(`drift_${service}`);
    const dataSource = new DataSource(options(database.url));
    try {
      await dataSource.initialize();
      const applied = await dataSource.runMigrations();
      expect(applied.length).toBeGreaterThan(0);
      expect(await pendingSchemaChanges(dataSource)).toEqual([]);

      for (let i = 0; i < applied.length; i++) await dataSource.undoLastMigration();
      const tables: { table_name: string }[] = await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(tables).toEqual([]);
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    }
  });
});
