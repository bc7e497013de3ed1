import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OutcomeCategory, ProgrammeType } from '@passerelle/shared/contracts';

export const PROGRAMME_STATUSES = ['draft', 'contracted', 'closed'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

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

  @Column({ type: 'timestamptz', nullable: true })
  amendedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
