// Imports the official reference files (ROME 4.0, INSEE employment zones, BMO 2025, RNCP) into the
// matching database, and prints what changed per table. Safe to repeat.
//   npm run import:reference -- --from ../shared/data [--only rome,insee,bmo,rncp] [--database-url postgres://...]
import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { matchingDataSourceOptions } from '@passerelle/matching/data-access';
import {
  importReferenceData,
  REFERENCE_SOURCES,
  type ReferenceSource,
} from '@passerelle/matching/feature-reference';

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: '../shared/data' },
    only: { type: 'string' },
    'database-url': {
      type: 'string',
      default: 'postgres://passerelle:passerelle@127.0.0.1:54329/passerelle_matching',
    },
  },
});
const sources = (values.only?.split(',') ?? REFERENCE_SOURCES) as ReferenceSource[];
const unknown = sources.filter((source) => !REFERENCE_SOURCES.includes(source));
if (unknown.length > 0) {
  console.error(`unknown source(s) ${unknown.join(', ')}; expected some of ${REFERENCE_SOURCES.join(', ')}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const dataSource = new DataSource(matchingDataSourceOptions(values['database-url']));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    const started = Date.now();
    const report = await importReferenceData(dataSource, resolve(values.from), sources);
    for (const { source, release, previousRelease } of report.sources) {
      console.log(
        `${source}: ${release}${previousRelease && previousRelease !== release ? ` (was ${previousRelease})` : ''}`,
      );
    }
    console.log('table                         rows     added   removed   changed');
    for (const t of report.tables) {
      console.log(
        `${t.table.padEnd(26)} ${String(t.rows).padStart(7)} ${String(t.added).padStart(9)} ${String(t.removed).padStart(9)} ${String(t.changed).padStart(9)}`,
      );
    }
    if (Object.keys(report.bmoMapping).length > 0)
      console.log('ROME -> BMO family mapping:', report.bmoMapping);
    if (Object.keys(report.basinZoneMapping).length > 0)
      console.log('BMO basin -> employment zone mapping:', report.basinZoneMapping);
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`import failed: ${(error as Error).message}`);
  process.exit(1);
});
