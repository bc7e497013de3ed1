import { Injectable } from '@nestjs/common';
import { servesAnyOffice, type Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { DreetsReportRepository, ReportingRepository } from '@passerelle/reporting/data-access';
import { dayOf, dreetsReport, dreetsReportTables } from '@passerelle/reporting/domain';
import { programmeNotFound } from '../../dreets-report.error';
import { renderDreetsReportPdf } from '../../render/render-dreets-report-pdf';
import { renderDreetsReportXlsx } from '../../render/render-dreets-report-xlsx';
import type { DownloadDreetsReportCommand } from './download-dreets-report.command';

export interface DreetsReportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * The end-of-programme report to the DREETS, from the read model, and the download written to the
 * audit. Who may have it is the committee pack's rule (ReadCommitteeDashboardHandler): the
 * programme's sponsor HR and committee members, ops of one of its offices; anyone else is told the
 * programme does not exist. Programmes have no threshold of their own yet: the default k.
 */
@Injectable()
export class DownloadDreetsReportHandler {
  constructor(
    private readonly reporting: ReportingRepository,
    private readonly reports: DreetsReportRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: DownloadDreetsReportCommand): Promise<DreetsReportFile> {
    const programme = await this.reporting.findProgramme(command.programmeId);
    const allowed =
      programme !== null &&
      (identity.role === 'sponsor' || identity.role === 'committee'
        ? identity.sponsorIds.includes(programme.sponsorId)
        : servesAnyOffice(identity, programme.officeIds));
    if (!programme || !allowed) throw programmeNotFound(command.programmeId);
    const [terms, people, journeys] = [
      await this.reports.termsOf(programme.programmeId),
      await this.reporting.factsOf(programme.programmeId),
      await this.reports.journeysOf(programme.programmeId),
    ];
    const report = dreetsReport({
      programme: { ...programme, ...terms },
      people,
      journeys,
      asOf: command.asOf,
      followUp: command.followUp,
    });
    const tables = dreetsReportTables(report);
    const body =
      command.format === 'pdf'
        ? await renderDreetsReportPdf(report, tables)
        : await renderDreetsReportXlsx(tables, report);
    await this.reports.recordDownload({
      programmeId: command.programmeId,
      asOf: command.asOf,
      followUp: command.followUp,
      format: command.format,
      subject: identity.subject,
      role: identity.role,
      downloadedAt: this.clock.now(),
    });
    return {
      fileName: `bilan-dreets-${command.programmeId}-${dayOf(command.asOf)}.${command.format}`,
      contentType: CONTENT_TYPES[command.format],
      body,
    };
  }
}
