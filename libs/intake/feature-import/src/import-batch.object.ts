import type { ImportBatchEntity } from '@passerelle/intake/data-access';
import type { ImportBatch } from '@passerelle/intake/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';

/** The GraphQL shape of an import batch, apart from its table (lease and checkpoint stay inside). */
export type ImportBatchObject = Omit<ImportBatch, 'errors' | 'errorReport'>;

export const toImportBatchObject = (row: ImportBatchEntity): ImportBatchObject => ({
  id: row.id,
  programmeId: row.programmeId,
  filename: row.filename,
  status: toGraphQLEnum(row.status),
  failureCode: row.failureCode,
  failureReason: row.failureReason,
  rowsTotal: row.rowsTotal,
  // Rows whose outcome is not committed: still to come while it runs, left unread once it stopped.
  rowsNotRead: row.rowsTotal === null ? null : Math.max(0, row.rowsTotal - row.rowsRead),
  rowsRead: row.rowsRead,
  rowsEnrolled: row.rowsEnrolled,
  rowsUpdated: row.rowsUpdated,
  rowsUnchanged: row.rowsUnchanged,
  rowsRejected: row.rowsRejected,
  cancelledBy: row.cancelledBy,
  cancelledAt: row.cancelledAt,
  createdAt: row.createdAt,
  startedAt: row.startedAt,
  finishedAt: row.finishedAt,
});
