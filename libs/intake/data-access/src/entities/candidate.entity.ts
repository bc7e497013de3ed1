import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const CANDIDATE_STATUSES = ['invited', 'active', 'paused', 'placed', 'exited'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

/** A person in a programme. Identity and contact live here only; events carry the id. */
@Entity({ name: 'candidate' })
@Index('candidate_employee_number_per_sponsor', ['sponsorId', 'employeeNumber'], { unique: true })
export class CandidateEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'uuid' })
  sponsorId!: string;

  @Column({ type: 'text' })
  employeeNumber!: string;

  @Column({ type: 'text' })
  firstName!: string;

  @Column({ type: 'text' })
  lastName!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', nullable: true })
  formerJobTitle!: string | null;

  @Column({ type: 'text', nullable: true })
  formerOccupationCode!: string | null;

  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ type: 'text' })
  status!: CandidateStatus;

  @Column({ type: 'timestamptz' })
  enrolledAt!: Date;
}
