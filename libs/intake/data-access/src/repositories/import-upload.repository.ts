import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import { ImportUploadEntity } from '../entities/import-upload.entity';
import { updatedRows } from './returned-rows';

/** Bytes per stored chunk: big enough for few rows, small enough to stream a file of any size. */
export const UPLOAD_CHUNK_BYTES = 512 * 1024;

export class UploadTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`the file is larger than ${Math.round(limitBytes / 1024 / 1024)} MiB`);
  }
}

/** The person already has as many uploads as they may keep without importing them. */
export class UnclaimedUploadsError extends Error {
  constructor(readonly max: number) {
    super(`you have ${max} uploaded files not yet imported`);
  }
}

export interface NewUpload {
  id: string;
  filename: string;
  uploadedBy: string;
  /**
   * The programme the upload was authorised for; null binds it to none, as uploads stored before
   * programmes were recorded are (the test kit's are too, so a test or a benchmark may import them
   * into any of its programmes).
   */
  programmeId: string | null;
}

export interface UploadLimits {
  limitBytes: number;
  /** How many uploads no import has claimed the person may keep (no cap when not said: the CLI claims at once). */
  maxUnclaimed?: number;
}

/** No batch was started from the upload. */
const UNCLAIMED = `NOT EXISTS (SELECT 1 FROM import_batch b WHERE b.upload_id = u.id)`;

/** Uploaded files, kept in PostgreSQL so that every replica can read them to resume an import. */
@Injectable()
export class ImportUploadRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(id: string): Promise<ImportUploadEntity | null> {
    return this.dataSource.getRepository(ImportUploadEntity).findOneBy({ id });
  }

  /**
   * Streams a file into chunks as it arrives (never the whole file in memory) and marks it complete
   * at the end. A refused or interrupted upload leaves nothing behind.
   */
  async store(
    upload: NewUpload,
    body: Readable | AsyncIterable<Buffer | Uint8Array | string>,
    limits: UploadLimits,
  ): Promise<ImportUploadEntity> {
    await this.dataSource.transaction(async (manager) => {
      // One person's uploads are counted and added one at a time, so two at once cannot pass the cap.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('import_upload:' || $1))`, [
        upload.uploadedBy,
      ]);
      if (limits.maxUnclaimed !== undefined) {
        const unclaimed = await this.unclaimedOf(manager, upload.uploadedBy);
        if (unclaimed >= limits.maxUnclaimed) throw new UnclaimedUploadsError(limits.maxUnclaimed);
      }
      await manager.query(
        `INSERT INTO import_upload (id, filename, uploaded_by, programme_id) VALUES ($1, $2, $3, $4)`,
        [upload.id, upload.filename, upload.uploadedBy, upload.programmeId],
      );
    });
    try {
      await this.storeChunks(upload.id, body, limits.limitBytes);
    } catch (error) {
      await this.delete([upload.id]);
      throw error;
    }
    const stored = await this.find(upload.id);
    if (!stored) throw new Error(`upload ${upload.id} vanished while it was stored`);
    return stored;
  }

  private async storeChunks(
    id: string,
    body: Readable | AsyncIterable<Buffer | Uint8Array | string>,
    limitBytes: number,
  ): Promise<void> {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let size = 0;
    let seq = 0;
    const flush = async () => {
      if (pendingBytes === 0) return;
      const data = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      await this.dataSource.query(
        `INSERT INTO import_upload_chunk (upload_id, seq, data) VALUES ($1, $2, $3)`,
        [id, seq++, data],
      );
    };
    for await (const part of body) {
      const bytes = typeof part === 'string' ? Buffer.from(part) : Buffer.from(part);
      size += bytes.length;
      if (size > limitBytes) throw new UploadTooLargeError(limitBytes);
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= UPLOAD_CHUNK_BYTES) await flush();
    }
    await flush();
    await this.dataSource.query(
      `UPDATE import_upload SET size_bytes = $2, chunk_count = $3, complete = true WHERE id = $1`,
      [id, size, seq],
    );
  }

  private async unclaimedOf(manager: EntityManager, uploadedBy: string): Promise<number> {
    const [row] = (await manager.query(
      `SELECT count(*)::int AS n FROM import_upload u WHERE u.uploaded_by = $1 AND ${UNCLAIMED}`,
      [uploadedBy],
    )) as { n: number }[];
    return row?.n ?? 0;
  }

  /**
   * Deletes, bytes and all, the uploads no import claimed within `olderThanMs`: they hold everyone's
   * personal data and nobody is going to use them. Age by the database's clock, like leases.
   */
  async deleteUnclaimed(olderThanMs: number): Promise<number> {
    const rows = (await this.dataSource.query(
      `SELECT u.id FROM import_upload u
        WHERE u.created_at < now() - ($1 || ' milliseconds')::interval AND ${UNCLAIMED}
        LIMIT 500`,
      [String(olderThanMs)],
    )) as { id: string }[];
    await this.delete(rows.map((row) => row.id));
    return rows.length;
  }

  private async delete(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      // Only those still unclaimed now: an import may have claimed one since it was picked.
      const gone = updatedRows<{ id: string }>(
        await manager.query(
          `DELETE FROM import_upload u WHERE u.id = ANY($1::uuid[]) AND ${UNCLAIMED} RETURNING u.id`,
          [ids],
        ),
      );
      const goneIds = gone.map((row) => row.id);
      await manager.query(`DELETE FROM import_upload_chunk WHERE upload_id = ANY($1::uuid[])`, [goneIds]);
    });
  }

  /** The file's bytes in order, one chunk in memory at a time. */
  async *read(uploadId: string): AsyncGenerator<Buffer> {
    for (let seq = 0; ; seq++) {
      const rows: { data: Buffer }[] = await this.dataSource.query(
        `SELECT data FROM import_upload_chunk WHERE upload_id = $1 AND seq = $2`,
        [uploadId, seq],
      );
      const [row] = rows;
      if (!row) return;
      yield row.data;
    }
  }
}
