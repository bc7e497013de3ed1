import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CandidateStatus, OutcomeCategory, ServiceLevelTerms } from '@passerelle/shared/contracts';
import type { OfferDecision } from '@passerelle/reporting/domain';

/** A programme's terms as last contracted or amended (ProgrammeContracted, ProgrammeAmended). */
@Entity({ name: 'reporting_programme' })
export class ReportingProgrammeEntity {
  @PrimaryColumn({ type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'uuid' })
  sponsorId!: string;

  @Column({ type: 'uuid', array: true })
  officeIds!: string[];

  @Column({ type: 'integer' })
  headcount!: number;

  @Column({ type: 'jsonb' })
  outcomeTargets!: { category: OutcomeCategory; sharePercent: number }[];

  /** contracted or closed. */
  @Column({ type: 'text' })
  status!: string;

  /** The firm's service levels in the programme, as its terms carry them; null: the defaults. */
  @Column({ type: 'jsonb', nullable: true })
  serviceLevels!: ServiceLevelTerms | null;

  /** When these terms were decided: an older amendment arriving late changes nothing. */
  @Column({ type: 'timestamptz' })
  termsAt!: Date;

  /** pse, conge_de_reclassement, csp or voluntary (null for terms applied before it was kept). */
  @Column({ type: 'text', nullable: true })
  type!: string | null;

  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'integer', nullable: true })
  durationMonths!: number | null;
}

/**
 * One person as reporting knows them: the coarse categories of their enrolment and where their
 * journey stands. `personKey` is the candidate id until CandidateErased, then a random key: the
 * row still counts, and nothing links it to anyone. A row may exist before the enrolment arrives
 * (topics are read in parallel): it counts only once `programmeId` is known.
 */
@Entity({ name: 'reporting_person' })
@Index('reporting_person_programme', ['programmeId'])
export class ReportingPersonEntity {
  @PrimaryColumn({ type: 'uuid' })
  personKey!: string;

  @Column({ type: 'uuid', nullable: true })
  programmeId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  enrolledAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  site!: string | null;

  @Column({ type: 'text', nullable: true })
  ageBand!: string | null;

  @Column({ type: 'text', nullable: true })
  sex!: string | null;

  @Column({ type: 'text', nullable: true })
  socioProfessionalCategory!: string | null;

  @Column({ type: 'text', nullable: true })
  seniorityBand!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  diagnosedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  coachAssignedAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  atRisk!: boolean;

  @Column({ type: 'integer', default: 0 })
  milestonesReached!: number;

  @Column({ type: 'integer', default: 0 })
  assessmentsCompleted!: number;

  @Column({ type: 'timestamptz', nullable: true })
  pathwayCompletedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;
}

/** A change of a person's status (CandidateStatusChanged), by its event. */
@Entity({ name: 'reporting_status_change' })
@Index('reporting_status_change_person', ['personKey'])
export class ReportingStatusChangeEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'uuid' })
  personKey!: string;

  @Column({ type: 'text' })
  toStatus!: CandidateStatus;

  @Column({ type: 'timestamptz' })
  changedAt!: Date;
}

/** An outcome recorded (CandidateOutcomeRecorded); a correction is a later one for the same person. */
@Entity({ name: 'reporting_outcome' })
@Index('reporting_outcome_person', ['personKey'])
export class ReportingOutcomeEntity {
  @PrimaryColumn({ type: 'uuid' })
  outcomeId!: string;

  @Column({ type: 'uuid' })
  personKey!: string;

  @Column({ type: 'text' })
  category!: OutcomeCategory;

  @Column({ type: 'date' })
  outcomeDate!: string;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
}

/** A valid job offer (ValidJobOfferLogged): when it was first logged, the answer and its date. */
@Entity({ name: 'reporting_valid_job_offer' })
@Index('reporting_valid_job_offer_person', ['personKey'])
export class ReportingValidJobOfferEntity {
  @PrimaryColumn({ type: 'uuid' })
  validJobOfferId!: string;

  @Column({ type: 'uuid' })
  personKey!: string;

  @Column({ type: 'text' })
  decision!: OfferDecision;

  @Column({ type: 'timestamptz' })
  loggedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}

/** A session (booked, rescheduled, cancelled, completed, no-show): its last known state. */
@Entity({ name: 'reporting_session' })
@Index('reporting_session_person', ['personKey'])
export class ReportingSessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'uuid' })
  personKey!: string;

  /** booked, cancelled, completed or no_show. */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  reschedules!: number;

  /** The coach who held it (null in rows applied before the service levels: a rebuild fills them). */
  @Column({ type: 'uuid', nullable: true })
  coachId!: string | null;
}

/** A coach assignment (CoachAssigned): who followed the person from when, from which office. */
@Entity({ name: 'reporting_coach_assignment' })
@Index('reporting_coach_assignment_person', ['personKey'])
export class ReportingCoachAssignmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'uuid' })
  personKey!: string;

  @Column({ type: 'uuid' })
  coachId!: string;

  @Column({ type: 'uuid', nullable: true })
  officeId!: string | null;

  @Column({ type: 'timestamptz' })
  assignedAt!: Date;
}

/** This database's random salt (one row): erased people's rows are keyed by a digest of their id with it. */
@Entity({ name: 'reporting_erasure_salt' })
export class ReportingErasureSaltEntity {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text' })
  salt!: string;
}
