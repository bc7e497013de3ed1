import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OutcomeCategory, ProgrammeType } from '@passerelle/shared/contracts';

export const PROGRAMME_STATUSES = ['draft', 'contracted', 'closed'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** numeric comes back from pg as a string. */
const numericPercent = {
  to: (value: number) => value,
  from: (value: string | number) => Number(value),
};

export interface OutcomeTarget {
  category: OutcomeCategory;
  sharePercent: number;
}

/**
 * A contracted outplacement programme of one sponsor, served by one or more offices. A programme
 * set up without its terms is a draft; it is contracted once its terms are set, and closed at the
 * end (its terms then stay as they were).
 */
@Entity({ name: 'programme' })
export class ProgrammeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  sponsorId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'uuid', array: true })
  officeIds!: string[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'text', default: 'draft' })
  status!: ProgrammeStatus;

  @Column({ type: 'text', nullable: true })
  type!: ProgrammeType | null;

  @Column({ type: 'text', array: true, default: '{}' })
  sites!: string[];

  @Column({ type: 'integer', nullable: true })
  headcount!: number | null;

  /** yyyy-mm-dd. */
  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'integer', nullable: true })
  durationMonths!: number | null;

  @Column({ type: 'integer', nullable: true })
  sessionBudgetPerPerson!: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  outcomeTargets!: OutcomeTarget[];

  /** Lower limits of the age bands after the first (reporting's bands: [26, 45, 50, 55] by default). */
  @Column({ type: 'integer', array: true, default: '{26,45,50,55}' })
  ageBandLimits!: number[];

  /** Lower limits of the seniority bands after the first, in years ([2, 5, 10, 20] by default). */
  @Column({ type: 'integer', array: true, default: '{2,5,10,20}' })
  seniorityBandLimits!: number[];

  /** The OVE definition: the offer's pay at most this many percent under the previous pay. */
  @Column({ type: 'numeric', precision: 4, scale: 1, default: 10, transformer: numericPercent })
  oveMaxPayDropPercent!: number;

  /** The OVE definition: a fixed-term or temporary contract of at least this many months. */
  @Column({ type: 'integer', default: 6 })
  oveMinContractMonths!: number;

  /** Service level: the first meeting within this many working days of the enrolment (default 8). */
  @Column({ type: 'integer', default: 8 })
  firstMeetingWorkingDays!: number;

  /** Service level: at least this many interviews a month per person in accompaniment (default 1). */
  @Column({ type: 'integer', default: 1 })
  sessionsPerMonth!: number;

  /** Service level: at most this many people followed by one coach (default 30). */
  @Column({ type: 'integer', default: 30 })
  peoplePerConsultant!: number;

  /** The employer's (or site's) NAF code, `NN.NNX` (decision 0039); null until ops enter it. */
  @Column({ type: 'text', nullable: true })
  employerNafCode!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  amendedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
