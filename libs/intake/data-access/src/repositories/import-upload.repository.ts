import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { ImportUploadEntity } from '../entities/import-upload.entity';

/** Bytes per stored chunk: big enough for few rows, small enough to stream a file of any size. */
export const UPLOAD_CHUNK_BYTES = 512 * 1024;

export class UploadTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`the file is larger than ${Math.round(limitBytes / 1024 / 1024)} MiB`);
  }
}

/** Uploaded files, kept in PostgreSQL so that every replica can read them to resume an import. */
@Injectable()
export class ImportUploadRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(id: string): Promise<ImportUploadEntity | null> {
    return this.dataSource.getRepository(ImportUploadEntity).findOneBy({ id });
  }

  /**
   * Streams a file into chunks as it arrives (never the whole file in memory) and marks it complete
   * at the end; an interrupted upload stays incomplete and cannot be imported.
   */
  async store(
    id: string,
    filename: string,
    uploadedBy: string,
    body: Readable | AsyncIterable<Buffer | Uint8Array | string>,
    limitBytes: number,
  ): Promise<ImportUploadEntity> {
    await this.dataSource.query(`INSERT INTO import_upload (id, filename, uploaded_by) VALUES ($1, $2, $3)`, [
      id,
      filename,
      uploadedBy,
    ]);
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
    const stored = await this.find(id);
    if (!stored) throw new Error(`upload ${id} vanished while it was stored`);
    return stored;
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
