import type { ImportBatchEntity } from '@passerelle/intake/data-access';

/** The GraphQL shape of an import batch, apart from its table (lease and checkpoint stay inside). */
export interface ImportBatchObject {
  id: string;
  programmeId: string;
  filename: string;
  status: 'PENDING' | 'RUNNING' | 'COMPLETED' | 'FAILED';
  failureReason: string | null;
  rowsTotal: number | null;
  rowsRead: number;
  rowsEnrolled: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export const toImportBatchObject = (row: ImportBatchEntity): ImportBatchObject => ({
  id: row.id,
  programmeId: row.programmeId,
  filename: row.filename,
  status: row.status.toUpperCase() as ImportBatchObject['status'],
  failureReason: row.failureReason,
  rowsTotal: row.rowsTotal,
  rowsRead: row.rowsRead,
  rowsEnrolled: row.rowsEnrolled,
  rowsUpdated: row.rowsUpdated,
  rowsUnchanged: row.rowsUnchanged,
  rowsRejected: row.rowsRejected,
  createdAt: row.createdAt,
  startedAt: row.startedAt,
  finishedAt: row.finishedAt,
});
