import { BadRequestException, Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { parseInput } from '@passerelle/shared/graphql';
import { DreetsReportError, DreetsReportErrorCode, invalidDreetsReportInput } from './dreets-report.error';
import { downloadDreetsReportSchema } from './usecases/download-dreets-report/download-dreets-report.command';
import { DownloadDreetsReportHandler } from './usecases/download-dreets-report/download-dreets-report.handler';

const FILE = /^(.+)\.([a-z]+)$/;

/**
 * GET /dreets-reports/<programmeId>.pdf|.xlsx?asOf=<ISO date>&followUp=<ISO date>: the report to
 * the DREETS as a file, for the gateway to pass on with the caller's forwarded identity. Refusals
 * as the committee pack's: 404 PROGRAMME_NOT_FOUND (unknown or not the caller's), 403 for other
 * roles, 400 BAD_USER_INPUT naming the field.
 */
@Controller('dreets-reports')
export class DreetsReportController {
  constructor(
    private readonly reports: DownloadDreetsReportHandler,
    private readonly clock: Clock,
  ) {}

  @Get(':file')
  @Roles('sponsor', 'committee', 'ops')
  async download(
    @Param('file') file: string,
    @Query('asOf') asOf: string | undefined,
    @Query('followUp') followUp: string | undefined,
    @CurrentIdentity() identity: Identity,
    @Res() response: Response,
  ): Promise<void> {
    const [, programmeId, format] = FILE.exec(file) ?? [undefined, file, undefined];
    try {
      const command = parseInput(
        downloadDreetsReportSchema(this.clock.now()),
        {
          programmeId,
          format,
          asOf: asOf === '' ? undefined : asOf,
          followUp: followUp === '' ? undefined : followUp,
        },
        invalidDreetsReportInput,
      );
      const report = await this.reports.execute(identity, command);
      response
        .status(200)
        .set({
          'content-type': report.contentType,
          'content-disposition': `attachment; filename="${report.fileName}"`,
          'cache-control': 'private, no-store',
        })
        .send(report.body);
    } catch (error) {
      if (!(error instanceof DreetsReportError)) throw error;
      const body = { code: error.code, message: error.message, ...error.details };
      throw error.code === DreetsReportErrorCode.ProgrammeNotFound
        ? new NotFoundException(body)
        : new BadRequestException(body);
    }
  }
}
