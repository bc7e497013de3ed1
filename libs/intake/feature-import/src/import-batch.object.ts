import type { ImportBatchEntity } from '@passerelle/intake/data-access';

/** The GraphQL shape of an import batch, apart from its table (lease and checkpoint stay inside). */
export interface ImportBatchObject {
  id: string;
  programmeId: string;
  filename: string;
  status: 'PENDING' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';
  failureCode: string | null;
  failureReason: string | null;
  rowsTotal: number | null;
  rowsNotRead: number | null;
  rowsRead: number;
  rowsEnrolled: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  cancelledBy: string | null;
  cancelledAt: Date | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export const toImportBatchObject = (row: ImportBatchEntity): ImportBatchObject => ({
  id: row.id,
  programmeId: row.programmeId,
  filename: row.filename,
  status: row.status.toUpperCase() as ImportBatchObject['status'],
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
