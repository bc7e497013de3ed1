import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ColumnMapping, FileKeyKind, FileKind, TextEncoding } from '@passerelle/intake/domain';

export const IMPORT_STATUSES = ['pending', 'running', 'completed', 'failed', 'cancelled'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
/** A batch in one of these is over: nothing runs, resumes or cancels it any more. */
export const FINISHED_IMPORT_STATUSES: readonly ImportStatus[] = ['completed', 'failed', 'cancelled'];
/** The codes a failed batch stores (the import feature's `ImportFailureCode` values). */
export type BatchFailureCode =
  'IMPORT_FILE_REFUSED' | 'IMPORT_WORKBOOK_TOO_LARGE' | 'IMPORT_ATTEMPTS_EXHAUSTED';

/**
 * One import of one file into one programme: its progress, outcome and checkpoint. Rows up to
 * `checkpointRow` are committed; a resumed import starts after it. The lease says which process
 * works on it until when, so another replica takes over when that process dies.
 */
@Entity({ name: 'import_batch' })
@Index('import_batch_programme', ['programmeId', 'createdAt'])
@Index('import_batch_status', ['status', 'leaseUntil'])
@Index('import_batch_upload', ['uploadId'])
export class ImportBatchEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'uuid' })
  sponsorId!: string;

  @Column({ type: 'uuid' })
  uploadId!: string;

  @Column({ type: 'text' })
  filename!: string;

  @Column({ type: 'text' })
  requestedBy!: string;

  @Column({ type: 'jsonb', nullable: true })
  columnMapping!: ColumnMapping | null;

  @Column({ type: 'text' })
  status!: ImportStatus;

  @Column({ type: 'text', nullable: true })
  failureReason!: string | null;

  /** What kind of failure (the feature's error code), for clients to act on without parsing the reason. */
  @Column({ type: 'text', nullable: true })
  failureCode!: BatchFailureCode | null;

  /** Runs started since a chunk last committed: a batch that keeps stopping without progress is given up. */
  @Column({ type: 'integer', default: 0 })
  attemptsSinceProgress!: number;

  /** Why its last run stopped, when that was not the file's fault (a crash, a lost connection). */
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** Who asked to cancel it, and when (the service's clock); the batch stops at its next chunk boundary. */
  @Column({ type: 'text', nullable: true })
  cancelledBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  fileKind!: FileKind | null;

  @Column({ type: 'text', nullable: true })
  encoding!: TextEncoding | null;

  @Column({ type: 'text', nullable: true })
  delimiter!: string | null;

  @Column({ type: 'integer', nullable: true })
  rowsTotal!: number | null;

  /** The last file row (spreadsheet numbering, header = 1) whose outcome is committed. */
  @Column({ type: 'integer', default: 1 })
  checkpointRow!: number;

  @Column({ type: 'integer', default: 0 })
  rowsRead!: number;

  @Column({ type: 'integer', default: 0 })
  rowsEnrolled!: number;

  @Column({ type: 'integer', default: 0 })
  rowsUpdated!: number;

  @Column({ type: 'integer', default: 0 })
  rowsUnchanged!: number;

  @Column({ type: 'integer', default: 0 })
  rowsRejected!: number;

  @Column({ type: 'text', nullable: true })
  leaseOwner!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

/** One problem of one row, as the error report lists it. */
@Entity({ name: 'import_row_error' })
export class ImportRowErrorEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'import_row_error_pk' })
  batchId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'import_row_error_pk' })
  seq!: number;

  @Column({ type: 'integer' })
  rowNumber!: number;

  @Column({ type: 'text', nullable: true })
  columnName!: string | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text', nullable: true })
  value!: string | null;
}

/**
 * The first row of the file holding each employee number and each email: duplicates inside a file
 * are found against it chunk after chunk, without holding the file's keys in memory.
 */
@Entity({ name: 'import_file_key' })
export class ImportFileKeyEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'import_file_key_pk' })
  batchId!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'import_file_key_pk' })
  kind!: FileKeyKind;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'import_file_key_pk' })
  key!: string;

  @Column({ type: 'integer' })
  rowNumber!: number;
}

/** The headers a sponsor's HR exports use, saved so their next file imports without a mapping. */
@Entity({ name: 'import_column_mapping' })
export class ImportColumnMappingEntity {
  @PrimaryColumn({ type: 'uuid' })
  sponsorId!: string;

  @Column({ type: 'jsonb' })
  mapping!: Record<string, string>;

  @Column({ type: 'text' })
  updatedBy!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
