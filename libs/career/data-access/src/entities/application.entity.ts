import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ApplicationChannel, ApplicationStatus } from '@passerelle/career/domain';

/**
 * A job application the person (or their coach) recorded: where it went, where it stands (its
 * steps are in `ApplicationStepEntity`), when to remind the person to follow it up, and, once an
 * offer is answered, what the coach logs in intake's OVE register.
 */
@Entity({ name: 'career_application' })
@Check(
  'career_application_status_check',
  `"status" IN ('sent', 'interview', 'offer', 'refused', 'no_answer', 'accepted', 'withdrawn')`,
)
@Check('career_application_follow_up_days_check', `"follow_up_days" BETWEEN 1 AND 60`)
@Check('career_application_ove_decision_check', `"ove_decision" IN ('accepted', 'refused')`)
@Index('career_application_candidate', ['candidateId', 'sentOn'])
@Index('career_application_follow_up', ['followUpDueOn'])
export class ApplicationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  /** Matching's offer (a lead or a suggestion) it answers; null for an offer found elsewhere. */
  @Column({ type: 'uuid', nullable: true })
  offerId!: string | null;

  /** ROME code of the job, when known. */
  @Column({ type: 'text', nullable: true })
  occupationCode!: string | null;

  @Column({ type: 'text' })
  company!: string;

  @Column({ type: 'text' })
  jobTitle!: string;

  @Column({ type: 'text' })
  channel!: ApplicationChannel;

  @Column({ type: 'date' })
  sentOn!: string;

  @Column({ type: 'text' })
  status!: ApplicationStatus;

  /** The day the current status took effect. */
  @Column({ type: 'date' })
  statusChangedOn!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'integer' })
  followUpDays!: number;

  /** When to remind the person; null once an answer came. */
  @Column({ type: 'date', nullable: true })
  followUpDueOn!: string | null;

  /** The due date a reminder was emitted for (never twice for the same one); null before. */
  @Column({ type: 'date', nullable: true })
  followUpSentFor!: string | null;

  /** An answered offer to log as an OVE: the day it was made; null otherwise. */
  @Column({ type: 'date', nullable: true })
  oveOfferedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  oveDecision!: 'accepted' | 'refused' | null;

  @Column({ type: 'date', nullable: true })
  oveDecidedOn!: string | null;

  /** When the coach said they logged it in intake (the flag clears). */
  @Column({ type: 'timestamptz', nullable: true })
  oveLoggedAt!: Date | null;

  /** The token subject of who recorded it (the person or their coach). */
  @Column({ type: 'text' })
  recordedBy!: string;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** One status of an application and the day it took effect: the history, never rewritten. */
@Entity({ name: 'career_application_step' })
@Check(
  'career_application_step_status_check',
  `"status" IN ('sent', 'interview', 'offer', 'refused', 'no_answer', 'accepted', 'withdrawn')`,
)
export class ApplicationStepEntity {
  @PrimaryColumn({ type: 'uuid' })
  applicationId!: string;

  /** Deleted with its application (erasure). */
  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'application_id',
    foreignKeyConstraintName: 'career_application_step_application_id_fkey',
  })
  application?: ApplicationEntity;

  /** 1 for `sent`, then one more per change. */
  @PrimaryColumn({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  status!: ApplicationStatus;

  @Column({ type: 'date' })
  changedOn!: string;

  /** The token subject of who recorded the change. */
  @Column({ type: 'text' })
  recordedBy!: string;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
}
