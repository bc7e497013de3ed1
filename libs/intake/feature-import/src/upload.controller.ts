import { Controller, HttpCode, HttpException, Post, Req } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { UPLOAD_LIMIT_BYTES } from '@passerelle/shared/config';
import {
  ImportUploadRepository,
  ProgrammeRepository,
  UnclaimedUploadsError,
  UploadTooLargeError,
} from '@passerelle/intake/data-access';
import { ImportError } from './import.error';
import { programmeInScope } from './programme-scope';
import { UNCLAIMED_UPLOADS_PER_PERSON, UNCLAIMED_UPLOAD_TTL_MS } from './upload-policy';

/** The gateway's internal route for file parts of GraphQL multipart requests. */
export const UPLOAD_PATH = 'internal/uploads';
export const UPLOAD_FILENAME_HEADER = 'x-upload-filename';
/** The programme the file is for (the operation's programmeId beside the file variable). */
export const UPLOAD_PROGRAMME_HEADER = 'x-upload-programme';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Receives one file streamed by the gateway (never from a client: the route needs the gateway's
 * signed identity) and keeps it in PostgreSQL, chunk by chunk, for the import to read. The caller
 * is authorised for the programme (role ops, programme served by one of their offices) and within
 * their cap of unclaimed uploads before a byte of the body is read.
 */
@Controller(UPLOAD_PATH)
export class UploadController {
  constructor(
    private readonly uploads: ImportUploadRepository,
    private readonly programmes: ProgrammeRepository,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('ops')
  async upload(
    @Req() request: Request,
    @CurrentIdentity() identity: Identity,
  ): Promise<{ uploadId: string }> {
    const programmeId = request.header(UPLOAD_PROGRAMME_HEADER) ?? '';
    if (!UUID.test(programmeId)) {
      throw new HttpException('say which programme the file is for: its programmeId, beside the file', 400);
    }
    try {
      await programmeInScope(this.programmes, identity, programmeId);
    } catch (error) {
      // Not found and not allowed look the same, so programme ids cannot be probed.
      if (error instanceof ImportError) {
        throw new HttpException('this programme does not exist or is not served by your offices', 403);
      }
      throw error;
    }
    const raw = request.header(UPLOAD_FILENAME_HEADER);
    const filename = raw ? decodeURIComponent(raw).slice(0, 255) : 'upload';
    const id = randomUUID();
    try {
      await this.uploads.store({ id, filename, uploadedBy: identity.subject, programmeId }, request, {
        limitBytes: UPLOAD_LIMIT_BYTES,
        maxUnclaimed: UNCLAIMED_UPLOADS_PER_PERSON,
      });
    } catch (error) {
      if (error instanceof UploadTooLargeError) throw new HttpException(error.message, 413);
      if (error instanceof UnclaimedUploadsError) {
        const minutes = UNCLAIMED_UPLOAD_TTL_MS / 60_000;
        throw new HttpException(
          `${error.message}: import them, or wait ${minutes} minutes for them to be deleted`,
          429,
        );
      }
      throw error;
    }
    return { uploadId: id };
  }
}
