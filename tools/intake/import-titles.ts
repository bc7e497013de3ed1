// Loads ROME job titles into intake's lookup, so imports derive occupation codes from job titles.
//   npm run import:intake-titles -- --from ../shared/data/rome4-v460
//   npm run import:intake-titles -- --sample          (the project's own small list, for the demo)
// Reads unix_referentiel_appellation_*.csv (job titles) and unix_referentiel_code_rome_*.csv
// (occupation labels); replaces the previous load of the same source in one transaction.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { RomeJobTitleRepository } from '@passerelle/intake/data-access';
import { readRomeTitles, SAMPLE_ROME_TITLES_PATH } from '@passerelle/intake/feature-import';
import { intakeDatabaseUrl, openIntakeDatabase } from './intake-database';

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
      'usage: npm run import:intake-titles -- --from <rome4 folder> | --sample [--database <url>]',
    );
  }
  let source: string;
  let paths: string[];
  if (values.from) {
    const files = readdirSync(values.from);
    const find = (prefix: string) => {
      const name = files.find((file) => file.startsWith(prefix) && file.endsWith('.csv'));
      if (!name) throw new Error(`${values.from} has no ${prefix}*.csv: point --from at the ROME 4.0 folder`);
      return join(values.from!, name);
    };
    paths = [find('unix_referentiel_appellation_'), find('unix_referentiel_code_rome_v')];
    source = 'rome4';
  } else {
    paths = [SAMPLE_ROME_TITLES_PATH];
    source = 'sample';
  }
  const rows = (await Promise.all(paths.map(readRomeTitles))).flat();
  const dataSource = await openIntakeDatabase(intakeDatabaseUrl(values.database));
  try {
    const inserted = await new RomeJobTitleRepository(dataSource).replaceSource(source, rows);
    console.log(`intake: ${inserted} normalised job titles from ${paths.join(', ')} (source ${source})`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`import:intake-titles failed: ${(error as Error).message}`);
  process.exit(1);
});
