import { BadRequestException, Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { ReportService } from './report.service';

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.pdf$/;

/**
 * GET /reports/<assessmentId>.pdf?lang=fr|en: the report as a file, for the gateway to pass on
 * with the caller's forwarded identity (the route refuses any request without it).
 */
@Controller('reports')
export class ReportDownloadController {
  constructor(private readonly reports: ReportService) {}

  @Get(':file')
  @Roles('candidate', 'coach', 'ops')
  async download(
    @Param('file') file: string,
    @Query('lang') lang: string | undefined,
    @CurrentIdentity() identity: Identity,
    @Res() response: Response,
  ): Promise<void> {
    const id = FILE.exec(file)?.[1];
    if (!id) throw new BadRequestException('ask for /reports/<assessment id>.pdf');
    const language = lang ?? 'fr';
    if (language !== 'fr' && language !== 'en') throw new BadRequestException('lang must be fr or en');
    const report = await this.reports.render(identity, id, language);
    // Not found and not allowed look the same, so ids cannot be probed.
    if (!report) throw new NotFoundException(`no report for assessment ${id}`);
    response
      .status(200)
      .set({
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${report.fileName}"`,
        'cache-control': 'private, no-store',
      })
      .send(report.pdf);
  }
}
