import { Column, Entity, PrimaryColumn } from 'typeorm';

export type PackFormat = 'pdf' | 'xlsx';

/**
 * Who downloaded which committee pack (programme, date of the figures, format) and when: the audit
 * ops read. The only rows of reporting that no event made (so a rebuild does not bring them back).
 */
@Entity({ name: 'reporting_pack_download' })
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
