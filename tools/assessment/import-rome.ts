// npm run import:rome -- --from ../shared/data/rome4-v460   (or the project's sample:
// --from libs/assessment/feature-import/sample/rome)
import { importRome } from '@passerelle/assessment/feature-import';
import { runImport } from './import-cli';

void runImport(
  'usage: npm run import:rome -- --from <ROME 4.0 folder (unix_*_v<version>_utf8.csv files)>',
  (dataSource, from) => {
    if (!from) throw new Error('--from <folder> is required (e.g. ../shared/data/rome4-v460)');
    return importRome(dataSource, from);
  },
  (report) =>
    `${report.source}: ${report.occupations} occupations, ${report.skills} skills, ${report.links} occupation-skill links` +
    report.skipped.map((skip) => `\n  left out ${skip.count}: ${skip.reason}`).join(''),
);
