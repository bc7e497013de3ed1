import { ImportBatchRepository } from '@passerelle/intake/data-access';
import { toSpreadsheetCsv } from '@passerelle/intake/domain';
import type { ImportReportFile } from '@passerelle/intake/graphql-types';

/** The error report a person downloads to fix their file: one line per problem, formulas neutralised. */
export async function errorReportCsv(
  batches: ImportBatchRepository,
  batchId: string,
  filename: string,
): Promise<ImportReportFile> {
  const rows: (string | number | null)[][] = [['row', 'column', 'reason', 'value']];
  for await (const error of batches.allErrors(batchId))
    rows.push([error.row, error.column, error.reason, error.value]);
  return {
    filename: `${filename.replace(/\.[^.]+$/, '')}-errors.csv`,
    contentType: 'text/csv; charset=utf-8',
    content: toSpreadsheetCsv(rows),
  };
}
