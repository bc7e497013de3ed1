import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProgrammeType } from '@passerelle/shared/contracts';
import type { DreetsJourney } from '@passerelle/reporting/domain';
import { ReportingDreetsReportDownloadEntity, type PackFormat } from './entities';

/**
 * What the DREETS report reads besides a programme's facts (its type and dates, each person's
 * diagnosis and assessments), and its audit: one row per report served.
 */
@Injectable()
export class DreetsReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  async termsOf(
    programmeId: string,
  ): Promise<{ type: ProgrammeType | null; startDate: string | null; durationMonths: number | null }> {
    const [row] = await this.dataSource.query(
      `SELECT type, to_char(start_date, 'YYYY-MM-DD') AS start_date, duration_months
         FROM reporting_programme WHERE programme_id = $1`,
      [programmeId],
    );
    return {
      type: row?.type ?? null,
      startDate: row?.start_date ?? null,
      durationMonths: row?.duration_months ?? null,
    };
  }

  /** Each enrolled person's diagnosis date and assessments done, by their key (as in factsOf). */
  async journeysOf(programmeId: string): Promise<Map<string, DreetsJourney>> {
    const rows: { person_key: string; diagnosed_at: Date | null; assessments_completed: number }[] =
      await this.dataSource.query(
        `SELECT person_key, diagnosed_at, assessments_completed
           FROM reporting_person WHERE programme_id = $1 AND enrolled_at IS NOT NULL`,
        [programmeId],
      );
    return new Map(
      rows.map((row) => [
        row.person_key,
        { diagnosedAt: row.diagnosed_at, assessmentsCompleted: row.assessments_completed },
      ]),
    );
  }

  async recordDownload(download: {
    programmeId: string;
    asOf: Date;
    followUp: Date;
    format: PackFormat;
    subject: string;
    role: string;
    downloadedAt: Date;
  }): Promise<void> {
    await this.dataSource
      .getRepository(ReportingDreetsReportDownloadEntity)
      .insert({ downloadId: randomUUID(), ...download });
  }

  /** A programme's downloads, the latest first. */
  async downloadsOf(programmeId: string): Promise<ReportingDreetsReportDownloadEntity[]> {
    return this.dataSource.getRepository(ReportingDreetsReportDownloadEntity).find({
      where: { programmeId },
      order: { downloadedAt: 'DESC', downloadId: 'ASC' },
    });
  }
}
