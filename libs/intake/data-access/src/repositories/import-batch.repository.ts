import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ImportBatchEntity,
  ImportColumnMappingEntity,
  ImportRowErrorEntity,
  type BatchFailureCode,
  type ImportStatus,
} from '../entities/import-batch.entity';
import { updatedRows } from './returned-rows';

export interface NewImportBatch {
  id: string;
  programmeId: string;
  sponsorId: string;
  uploadId: string;
  filename: string;
  requestedBy: string;
  columnMapping: Record<string, string> | null;
}

export interface FileStructure {
  fileKind: string;
  encoding: string | null;
  delimiter: string | null;
  rowsTotal: number;
}

export interface ChunkCounts {
  checkpointRow: number;
  read: number;
  enrolled: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface StoredRowError {
  row: number;
  column: string | null;
  reason: string;
  value: string | null;
}

export interface ImportOutcome {
  status: Extract<ImportStatus, 'completed' | 'failed' | 'cancelled'>;
  code?: BatchFailureCode | null;
  reason?: string | null;
}

/** Not finished, and held by no live process: never started, or its process stopped renewing its lease. */
const IDLE = `status IN ('pending', 'running') AND (lease_until IS NULL OR lease_until < now())`;

/** Import batches: their lease, checkpoint and counters, their row errors, and saved column mappings. */
@Injectable()
export class ImportBatchRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(batch: NewImportBatch): Promise<ImportBatchEntity> {
    const repository = this.dataSource.getRepository(ImportBatchEntity);
    return repository.save(repository.create({ ...batch, status: 'pending' as ImportStatus }));
  }

  find(id: string): Promise<ImportBatchEntity | null> {
    return this.dataSource.getRepository(ImportBatchEntity).findOneBy({ id });
  }

  listForProgramme(programmeId: string, limit = 50): Promise<ImportBatchEntity[]> {
    return this.dataSource
      .getRepository(ImportBatchEntity)
      .find({ where: { programmeId }, order: { createdAt: 'DESC' }, take: limit });
  }

  /**
   * Takes the batch for `owner` until the lease ends: when it is new, when its lease ran out
   * (its process died), or when `owner` already holds it; and counts the attempt. Null when someone
   * else is on it, it is over, it is to be cancelled, or it has had `maxAttempts` without progress.
   */
  async claim(
    id: string,
    owner: string,
    leaseMs: number,
    maxAttempts: number,
  ): Promise<ImportBatchEntity | null> {
    const rows = updatedRows<{ id: string }>(
      await this.dataSource.query(
        `UPDATE import_batch
          SET status = 'running', lease_owner = $2, lease_until = now() + ($3 || ' milliseconds')::interval,
              started_at = coalesce(started_at, now()), attempts_since_progress = attempts_since_progress + 1
        WHERE id = $1 AND status IN ('pending', 'running') AND cancelled_at IS NULL
          AND attempts_since_progress < $4
          AND (lease_until IS NULL OR lease_until < now() OR lease_owner = $2)
        RETURNING id`,
        [id, owner, String(leaseMs), maxAttempts],
      ),
    );
    return rows.length ? this.find(id) : null;
  }

  /**
   * Keeps the batch while a long step (the structure pass of a big file) commits nothing; answers
   * whether someone asked to cancel it meanwhile.
   */
  async renewLease(id: string, owner: string, leaseMs: number): Promise<{ cancelRequested: boolean }> {
    const rows = updatedRows<{ cancel_requested: boolean }>(
      await this.dataSource.query(
        `UPDATE import_batch SET lease_until = now() + ($3 || ' milliseconds')::interval
          WHERE id = $1 AND lease_owner = $2 RETURNING cancelled_at IS NOT NULL AS cancel_requested`,
        [id, owner, String(leaseMs)],
      ),
    );
    return { cancelRequested: rows[0]?.cancel_requested ?? false };
  }

  /** Batches left unfinished by a process that stopped renewing its lease, or never started. */
  async findAbandoned(limit = 5): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM import_batch
        WHERE status IN ('pending', 'running')
          AND (lease_until < now() OR (lease_until IS NULL AND created_at < now() - interval '1 minute'))
        ORDER BY created_at LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.id);
  }

  async recordStructure(id: string, owner: string, structure: FileStructure): Promise<void> {
    await this.dataSource.query(
      `UPDATE import_batch SET file_kind = $3, encoding = $4, delimiter = $5, rows_total = $6
        WHERE id = $1 AND lease_owner = $2`,
      [id, owner, structure.fileKind, structure.encoding, structure.delimiter, structure.rowsTotal],
    );
  }

  /**
   * Moves the checkpoint and the counters inside the chunk's transaction: the batch made progress.
   * Answers 'cancelled' when a cancel was asked for before (this row's lock orders the two): the
   * caller then rolls the chunk back, so the batch stops at this chunk boundary. Fails (and so rolls the chunk back too) if the lease
   * passed to another process meanwhile: one writer per batch.
   */
  async advance(
    manager: EntityManager,
    id: string,
    owner: string,
    leaseMs: number,
    counts: ChunkCounts,
  ): Promise<'advanced' | 'cancelled'> {
    const rows = updatedRows<{ cancel_requested: boolean }>(
      await manager.query(
        `UPDATE import_batch
          SET checkpoint_row = $3, rows_read = rows_read + $4, rows_enrolled = rows_enrolled + $5,
              rows_updated = rows_updated + $6, rows_unchanged = rows_unchanged + $7,
              rows_rejected = rows_rejected + $8, attempts_since_progress = 0, last_error = NULL,
              lease_until = now() + ($9 || ' milliseconds')::interval
        WHERE id = $1 AND lease_owner = $2 AND status = 'running'
        RETURNING cancelled_at IS NOT NULL AS cancel_requested`,
        [
          id,
          owner,
          counts.checkpointRow,
          counts.read,
          counts.enrolled,
          counts.updated,
          counts.unchanged,
          counts.rejected,
          String(leaseMs),
        ],
      ),
    );
    const [row] = rows;
    if (!row) throw new Error(`import ${id} is no longer leased to ${owner}; this chunk is rolled back`);
    return row.cancel_requested ? 'cancelled' : 'advanced';
  }

  /** Ends the batch its lease holder ran: completed, failed (with a code and reason) or cancelled. */
  async finish(id: string, owner: string, outcome: ImportOutcome): Promise<void> {
    await this.close(
      `status = $3, failure_code = $4, failure_reason = $5
        WHERE id = $1 AND lease_owner = $2`,
      [id, owner, outcome.status, outcome.code ?? null, outcome.reason ?? null],
    );
  }

  /** Why the holder's run stopped, when the file is not to blame: given as the reason if the batch is given up. */
  async recordStop(id: string, owner: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE import_batch SET last_error = $3 WHERE id = $1 AND lease_owner = $2`,
      [id, owner, error.slice(0, 500)],
    );
  }

  /** Records who asked to cancel and when; false if the batch is over or a cancel was already asked. */
  async requestCancel(id: string, by: string, at: Date): Promise<boolean> {
    const rows = updatedRows(
      await this.dataSource.query(
        `UPDATE import_batch SET cancelled_by = $2, cancelled_at = $3
          WHERE id = $1 AND status IN ('pending', 'running') AND cancelled_at IS NULL RETURNING id`,
        [id, by, at],
      ),
    );
    return rows.length > 0;
  }

  /** Cancels at once a batch asked to cancel that no live process holds (never started, or its process died). */
  async cancelIfIdle(id: string): Promise<boolean> {
    return this.close(`status = 'cancelled' WHERE id = $1 AND ${IDLE} AND cancelled_at IS NOT NULL`, [id]);
  }

  /** Fails, with `code` and the reason `reasonFor` gives, a batch no live process holds that had `maxAttempts` runs without progress. */
  async giveUpIfExhausted(
    id: string,
    maxAttempts: number,
    code: BatchFailureCode,
    reasonFor: (attempts: number, lastError: string | null) => string,
  ): Promise<boolean> {
    const batch = await this.find(id);
    if (!batch || batch.attemptsSinceProgress < maxAttempts) return false;
    return this.close(
      `status = 'failed', failure_code = $2, failure_reason = $3
        WHERE id = $1 AND ${IDLE} AND attempts_since_progress >= $4`,
      [id, code, reasonFor(batch.attemptsSinceProgress, batch.lastError), maxAttempts],
    );
  }

  /**
   * Sets `assignments` (with the WHERE clause that follows them) on a batch, ends it and deletes its
   * stored file in the same transaction: the file holds everyone's personal data and is kept only as
   * long as an import may need to resume.
   */
  private async close(assignmentsWhere: string, parameters: unknown[]): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const closed = updatedRows<{ upload_id: string }>(
        await manager.query(
          `UPDATE import_batch SET finished_at = now(), lease_owner = NULL, lease_until = NULL, ${assignmentsWhere}
            RETURNING upload_id`,
          parameters,
        ),
      );
      for (const { upload_id } of closed) {
        await manager.query(`DELETE FROM import_upload_chunk WHERE upload_id = $1`, [upload_id]);
        await manager.query(`UPDATE import_upload SET complete = false WHERE id = $1`, [upload_id]);
      }
      return closed.length > 0;
    });
  }

  async appendErrors(
    manager: EntityManager,
    batchId: string,
    errors: readonly StoredRowError[],
  ): Promise<void> {
    if (errors.length === 0) return;
    await manager.query(
      `INSERT INTO import_row_error (batch_id, seq, row_number, column_name, reason, value)
       SELECT $1, base.n + u.ord, u.r, u.c, u.reason, u.v
         FROM unnest($2::int[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS u(r, c, reason, v, ord),
              (SELECT coalesce(max(seq), 0) AS n FROM import_row_error WHERE batch_id = $1) AS base`,
      [
        batchId,
        errors.map((e) => e.row),
        errors.map((e) => e.column),
        errors.map((e) => e.reason),
        errors.map((e) => e.value),
      ],
    );
  }

  async errorPage(
    batchId: string,
    offset: number,
    limit: number,
  ): Promise<{ total: number; items: StoredRowError[] }> {
    const repository = this.dataSource.getRepository(ImportRowErrorEntity);
    const [rows, total] = await repository.findAndCount({
      where: { batchId },
      order: { rowNumber: 'ASC', seq: 'ASC' },
      skip: offset,
      take: limit,
    });
    return {
      total,
      items: rows.map((row) => ({
        row: row.rowNumber,
        column: row.columnName,
        reason: row.reason,
        value: row.value,
      })),
    };
  }

  /** Every error of a batch, a page at a time, for the downloadable report. */
  async *allErrors(batchId: string, pageSize = 5000): AsyncGenerator<StoredRowError> {
    for (let offset = 0; ; offset += pageSize) {
      const page = await this.errorPage(batchId, offset, pageSize);
      yield* page.items;
      if (offset + page.items.length >= page.total || page.items.length === 0) return;
    }
  }

  async savedMapping(sponsorId: string): Promise<Record<string, string> | null> {
    const row = await this.dataSource.getRepository(ImportColumnMappingEntity).findOneBy({ sponsorId });
    return row?.mapping ?? null;
  }

  async saveMapping(sponsorId: string, mapping: Record<string, string>, updatedBy: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO import_column_mapping (sponsor_id, mapping, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (sponsor_id) DO UPDATE SET mapping = EXCLUDED.mapping, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [sponsorId, JSON.stringify(mapping), updatedBy],
    );
  }
}
