import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type PackFormat = 'pdf' | 'xlsx';

/**
 * Who downloaded which committee pack (programme, date of the figures, format) and when: the audit
 * ops read. The only rows of reporting that no event made (so a rebuild does not bring them back).
 */
@Entity({ name: 'reporting_pack_download' })
@Check('reporting_pack_download_format_check', `"format" IN ('pdf', 'xlsx')`)
@Index('reporting_pack_download_programme', ['programmeId', 'downloadedAt'])
export class ReportingPackDownloadEntity {
  @PrimaryColumn({ type: 'uuid' })
  downloadId!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  /** The date the figures are for. */
  @Column({ type: 'timestamptz' })
  asOf!: Date;

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
