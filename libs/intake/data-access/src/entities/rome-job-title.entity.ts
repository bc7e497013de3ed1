import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Intake's own lookup of ROME job titles (appellations and occupation labels), normalised, so an
 * import can derive the occupation code from the title HR wrote without calling matching.
 */
@Entity({ name: 'rome_job_title' })
export class RomeJobTitleEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'rome_job_title_pk' })
  normalisedTitle!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'rome_job_title_pk' })
  romeCode!: string;

  @Column({ type: 'text' })
  label!: string;

  /** 'rome4-v460' for the official files, 'sample' for the project's own demo list. */
  @Column({ type: 'text' })
  source!: string;
}
