import {
  BadRequestException,
  Controller,
  ForbiddenException,
  Get,
  NotFoundException,
  Param,
  Query,
  Res,
} from '@nestjs/common';
import type { Response } from 'express';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { parseInput } from '@passerelle/shared/graphql';
import { CvError, CvErrorCode, invalidCvInput } from '../cv.error';
import { downloadCvCommandSchema } from '../usecases/download-cv/download-cv.command';
import { DownloadCvHandler } from '../usecases/download-cv/download-cv.handler';

const FILE = /^(.+)\.([a-z]+)$/;

/**
 * GET /cvs/<versionId>.pdf|.docx[?layout=classique|moderne|sobre]: a CV version as a file, for the
 * gateway to pass on with the caller's forwarded identity. The person and their coach only: 403
 * FORBIDDEN for anyone else (ops, sponsor HR and committee members are refused before the version is
 * looked up), 404 CV_VERSION_NOT_FOUND, 400 BAD_USER_INPUT naming the field.
 */
@Controller('cvs')
export class CvFileController {
  constructor(private readonly download: DownloadCvHandler) {}

  @Get(':file')
  @Roles('candidate', 'coach')
  async file(
    @Param('file') file: string,
    @Query('layout') layout: string | undefined,
    @CurrentIdentity() identity: Identity,
    @Res() response: Response,
  ): Promise<void> {
    const [, versionId, format] = FILE.exec(file) ?? [undefined, file, undefined];
    try {
      const command = parseInput(
        downloadCvCommandSchema,
        { versionId, format, layout: layout === '' ? undefined : layout },
        invalidCvInput,
      );
      const cv = await this.download.execute(identity, command);
      response
        .status(200)
        .set({
          'content-type': cv.contentType,
          'content-disposition': `attachment; filename="${cv.fileName}"`,
          'cache-control': 'private, no-store',
        })
        .send(cv.body);
    } catch (error) {
      if (!(error instanceof CvError)) throw error;
      const body = { code: error.code, message: error.message, ...error.details };
      throw error.code === CvErrorCode.VersionNotFound
        ? new NotFoundException(body)
        : error.code === CvErrorCode.OutOfScope
          ? new ForbiddenException(body)
          : new BadRequestException(body);
    }
  }
}
