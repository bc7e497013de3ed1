// Seeds version 1 of the default pathway template of each track into the pathway database, where a
// track has none. The service does the same at start-up; this is for a database without a running
// service (a demo set-up, a fresh environment). Idempotent.
//   DATABASE_URL=postgres://.../pathway npm run seed:pathway-templates
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { SystemClock } from '@passerelle/shared/clock';
import { loadConfig, serviceConfigSchema } from '@passerelle/shared/config';
import { PathwayTemplateRepository, pathwayDataSourceOptions } from '@passerelle/pathway/data-access';
import { SeedDefaultTemplatesHandler } from '@passerelle/pathway/feature-templates';

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfig(serviceConfigSchema.pick({ DATABASE_URL: true }));
  const dataSource = new DataSource(pathwayDataSourceOptions(DATABASE_URL));
  await dataSource.initialize();
  try {
    const clock = new SystemClock();
    const seeded = await new SeedDefaultTemplatesHandler(
      dataSource,
      new PathwayTemplateRepository(dataSource),
      clock,
    ).execute({ now: clock.now() });
    console.log(
      seeded.length
        ? `seeded the default templates of ${seeded.join(', ')}`
        : 'every track already has a template',
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`seeding pathway templates failed: ${(error as Error).message}`);
  process.exit(1);
});
