import { Injectable } from '@nestjs/common';
import { servesAnyOffice, type Identity } from '@passerelle/shared/auth';
import {
  DreetsReportRepository,
  ReportingRepository,
  type ReportingDreetsReportDownloadEntity,
} from '@passerelle/reporting/data-access';
import { programmeNotFound } from '../../dreets-report.error';
import type { ReadDreetsReportDownloadsQuery } from './read-dreets-report-downloads.query';

/** The DREETS reports' audit of a programme, for ops of one of its offices; anyone else is told it does not exist. */
@Injectable()
export class ReadDreetsReportDownloadsHandler {
  constructor(
    private readonly reporting: ReportingRepository,
    private readonly reports: DreetsReportRepository,
  ) {}

  async execute(
    identity: Identity,
    query: ReadDreetsReportDownloadsQuery,
  ): Promise<ReportingDreetsReportDownloadEntity[]> {
    const programme = await this.reporting.findProgramme(query.programmeId);
    if (!programme || !servesAnyOffice(identity, programme.officeIds))
      throw programmeNotFound(query.programmeId);
    return this.reports.downloadsOf(programme.programmeId);
  }
}
