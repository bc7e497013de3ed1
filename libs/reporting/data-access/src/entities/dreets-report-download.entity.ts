import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PackFormat } from './pack-download.entity';

/**
 * Who downloaded which DREETS report (programme, end and follow-up dates, format) and when. Like
 * the committee packs' audit, rows no event made: a rebuild does not bring them back.
 */
@Entity({ name: 'reporting_dreets_report_download' })
@Check('reporting_dreets_report_download_format_check', `"format" IN ('pdf', 'xlsx')`)
@Index('reporting_dreets_report_download_programme', ['programmeId', 'downloadedAt'])
export class ReportingDreetsReportDownloadEntity {
  @PrimaryColumn({ type: 'uuid' })
  downloadId!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  /** The end of the programme the figures are for. */
  @Column({ type: 'timestamptz' })
  asOf!: Date;

  /** The follow-up date the outcomes are counted again at. */
  @Column({ type: 'timestamptz' })
  followUp!: Date;

  @Column({ type: 'text' })
  format!: PackFormat;

  /** The caller's identity subject and role, as the gateway verified them. */
  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  role!: string;

  @Column({ type: 'timestamptz' })
  downloadedAt!: Date;
}
