// Loads INSEE's commune -> employment zone table into intake, so the events can say each person's zone.
//   npm run import:intake-zones -- --from ../shared/data/insee-zones-emploi-2020
//   npm run import:intake-zones -- --sample     (the project's own sample, for the demo)
// Reads ze2020_composition_communale.csv (CODGEO, ZE2020); replaces the previous load in one transaction.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { EmploymentZoneRepository } from '@passerelle/intake/data-access';
import { intakeDatabaseUrl, openIntakeDatabase } from './intake-database';

const FILE = 'ze2020_composition_communale.csv';
const SAMPLE = 'tests/fixtures/matching/reference/insee-zones-emploi-2020';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      sample: { type: 'boolean', default: false },
      database: { type: 'string' },
    },
  });
  if (!values.from && !values.sample) {
    throw new Error(
      'usage: npm run import:intake-zones -- --from <insee zones folder> | --sample [--database <url>]',
    );
  }
  const path = join(values.from ?? SAMPLE, FILE);
  if (!existsSync(path))
    throw new Error(`${path} not found: point --from at the INSEE zones d'emploi 2020 folder`);
  const records = parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  const rows = records.map((record, i) => {
    const communeCode = record['CODGEO']?.trim();
    const zoneCode = record['ZE2020']?.trim();
    if (!communeCode || !zoneCode || !/^\d{4}$/.test(zoneCode)) {
      throw new Error(`${path}, row ${i + 2}: expected CODGEO and a four-digit ZE2020`);
    }
    return { communeCode, zoneCode };
  });
  const dataSource = await openIntakeDatabase(intakeDatabaseUrl(values.database));
  try {
    const count = await new EmploymentZoneRepository(dataSource).replace(
      values.from ? 'insee-ze2020' : 'sample',
      rows,
    );
    console.log(`intake: ${count} communes with their employment zone from ${path}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`import:intake-zones failed: ${(error as Error).message}`);
  process.exit(1);
});
