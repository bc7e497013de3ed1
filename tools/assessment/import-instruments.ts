// npm run import:instruments: the questionnaires the project defines (work values, skills inventory).
import { importProjectInstruments } from '@passerelle/assessment/feature-import';
import { runImport } from './import-cli';

void runImport(
  'usage: npm run import:instruments',
  (dataSource) => importProjectInstruments(dataSource),
  (reports) =>
    reports
      .map((report) => `${report.code} version ${report.version}: ${report.items} items, ${report.outcome}`)
      .join('\n'),
);
