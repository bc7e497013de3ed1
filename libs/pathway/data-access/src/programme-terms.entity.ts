import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A programme's terms as intake last announced them (ProgrammeContracted / ProgrammeAmended). */
@Entity({ name: 'programme_terms' })
export class ProgrammeTermsEntity {
  @PrimaryColumn({ type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'uuid' })
  sponsorId!: string;

  @Column({ type: 'uuid', array: true })
  officeIds!: string[];

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'int' })
  durationMonths!: number;

  @Column({ type: 'int' })
  sessionBudgetPerPerson!: number;

  /** When these terms were contracted or amended: an older announcement never replaces a newer one. */
  @Column({ type: 'timestamptz' })
  termsAt!: Date;
}
