// npm run import:riasec -- --from ../shared/data/riasec-items [--database-url postgres://...]
import { importRiasec } from '@passerelle/assessment/feature-import';
import { runImport } from './import-cli';

void runImport(
  'usage: npm run import:riasec -- --from <folder with riasec_markers_48_items.csv>',
  (dataSource, from) => {
    if (!from) throw new Error('--from <folder> is required (e.g. ../shared/data/riasec-items)');
    return importRiasec(dataSource, from);
  },
  (report) => `${report.code} version ${report.version}: ${report.items} items, ${report.outcome}`,
);
