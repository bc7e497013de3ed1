import { Controller, HttpCode, HttpException, Post, Req } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { UPLOAD_LIMIT_BYTES } from '@passerelle/shared/config';
import { ImportUploadRepository, UploadTooLargeError } from '@passerelle/intake/data-access';

/** The gateway's internal route for file parts of GraphQL multipart requests. */
export const UPLOAD_PATH = 'internal/uploads';
export const UPLOAD_FILENAME_HEADER = 'x-upload-filename';

/**
 * Receives one file streamed by the gateway (never from a client: the route needs the gateway's
 * signed identity) and keeps it in PostgreSQL, chunk by chunk, for the import to read.
 */
@Controller(UPLOAD_PATH)
export class UploadController {
  constructor(private readonly uploads: ImportUploadRepository) {}

  @Post()
  @HttpCode(201)
  @Roles('ops')
  async upload(
    @Req() request: Request,
    @CurrentIdentity() identity: Identity,
  ): Promise<{ uploadId: string }> {
    const raw = request.header(UPLOAD_FILENAME_HEADER);
    const filename = raw ? decodeURIComponent(raw).slice(0, 255) : 'upload';
    const id = randomUUID();
    try {
      await this.uploads.store(id, filename, identity.subject, request, UPLOAD_LIMIT_BYTES);
    } catch (error) {
      if (error instanceof UploadTooLargeError) throw new HttpException(error.message, 413);
      throw error;
    }
    return { uploadId: id };
  }
}
