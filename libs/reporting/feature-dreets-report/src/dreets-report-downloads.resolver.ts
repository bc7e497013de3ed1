import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { parseInput } from '@passerelle/shared/graphql';
import type { DreetsReportDownload } from '@passerelle/reporting/graphql-types';
import { invalidDreetsReportInput } from './dreets-report.error';
import { ReadDreetsReportDownloadsHandler } from './usecases/read-dreets-report-downloads/read-dreets-report-downloads.handler';
import { readDreetsReportDownloadsSchema } from './usecases/read-dreets-report-downloads/read-dreets-report-downloads.query';

@Resolver('DreetsReportDownload')
export class DreetsReportDownloadsResolver {
  constructor(private readonly downloads: ReadDreetsReportDownloadsHandler) {}

  /** The DREETS reports' audit: ops of the programme's offices only (docs/reporting.md). */
  @Query('dreetsReportDownloads')
  @Roles('ops')
  async dreetsReportDownloads(
    @Args('programmeId') programmeId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<DreetsReportDownload[]> {
    const query = parseInput(readDreetsReportDownloadsSchema, { programmeId }, invalidDreetsReportInput);
    const rows = await this.downloads.execute(identity, query);
    return rows.map((row) => ({
      programmeId: row.programmeId,
      asOf: row.asOf,
      followUp: row.followUp,
      format: row.format === 'pdf' ? 'PDF' : 'XLSX',
      subject: row.subject,
      role: row.role,
      downloadedAt: row.downloadedAt,
    }));
  }
}
