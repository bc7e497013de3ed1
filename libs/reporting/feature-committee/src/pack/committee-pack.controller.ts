import { BadRequestException, Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { parseInput } from '@passerelle/shared/graphql';
import { CommitteeError, CommitteeErrorCode, invalidCommitteeInput } from '../committee.error';
import { downloadCommitteePackSchema } from '../usecases/download-committee-pack/download-committee-pack.command';
import { DownloadCommitteePackHandler } from '../usecases/download-committee-pack/download-committee-pack.handler';

const FILE = /^(.+)\.([a-z]+)$/;

/**
 * GET /committee-packs/<programmeId>.pdf|.xlsx?asOf=<ISO date>: the committee pack as a file, for
 * the gateway to pass on with the caller's forwarded identity. Refusals carry the dashboard's
 * codes: 404 PROGRAMME_NOT_FOUND (unknown or not the caller's), 403 for other roles, 400
 * BAD_USER_INPUT naming the field.
 */
@Controller('committee-packs')
export class CommitteePackController {
  constructor(
    private readonly packs: DownloadCommitteePackHandler,
    private readonly clock: Clock,
  ) {}

  @Get(':file')
  @Roles('sponsor', 'committee', 'ops')
  async download(
    @Param('file') file: string,
    @Query('asOf') asOf: string | undefined,
    @CurrentIdentity() identity: Identity,
    @Res() response: Response,
  ): Promise<void> {
    const [, programmeId, format] = FILE.exec(file) ?? [undefined, file, undefined];
    try {
      const command = parseInput(
        downloadCommitteePackSchema(this.clock.now()),
        { programmeId, format, asOf: asOf === '' ? undefined : asOf },
        invalidCommitteeInput,
      );
      const pack = await this.packs.execute(identity, command);
      response
        .status(200)
        .set({
          'content-type': pack.contentType,
          'content-disposition': `attachment; filename="${pack.fileName}"`,
          'cache-control': 'private, no-store',
        })
        .send(pack.body);
    } catch (error) {
      if (!(error instanceof CommitteeError)) throw error;
      const body = { code: error.code, message: error.message, ...error.details };
      throw error.code === CommitteeErrorCode.ProgrammeNotFound
        ? new NotFoundException(body)
        : new BadRequestException(body);
    }
  }
}
