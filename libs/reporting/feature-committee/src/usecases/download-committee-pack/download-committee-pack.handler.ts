import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { PackDownloadRepository } from '@passerelle/reporting/data-access';
import { committeePackTables } from '@passerelle/reporting/domain';
import { renderPackPdf } from '../../pack/render-pack-pdf';
import { renderPackXlsx } from '../../pack/render-pack-xlsx';
import { ReadCommitteeDashboardHandler } from '../read-committee-dashboard/read-committee-dashboard.handler';
import type { DownloadCommitteePackCommand } from './download-committee-pack.command';

export interface CommitteePackFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * The committee pack of a programme on a date, from the dashboard's own figures (the same use
 * case, so the same access rule and the same suppression), and the download written to the audit.
 */
@Injectable()
export class DownloadCommitteePackHandler {
  constructor(
    private readonly dashboard: ReadCommitteeDashboardHandler,
    private readonly downloads: PackDownloadRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: DownloadCommitteePackCommand): Promise<CommitteePackFile> {
    const dashboard = await this.dashboard.execute(identity, command);
    const tables = committeePackTables(dashboard);
    const body =
      command.format === 'pdf'
        ? await renderPackPdf({ programmeId: command.programmeId, dashboard, tables })
        : await renderPackXlsx(tables, dashboard.asOf, dashboard.k);
    await this.downloads.record({
      programmeId: command.programmeId,
      asOf: command.asOf,
      format: command.format,
      subject: identity.subject,
      role: identity.role,
      downloadedAt: this.clock.now(),
    });
    const day = command.asOf.toISOString().slice(0, 10);
    return {
      fileName: `commission-de-suivi-${command.programmeId}-${day}.${command.format}`,
      contentType: CONTENT_TYPES[command.format],
      body,
    };
  }
}
