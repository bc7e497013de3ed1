import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CandidateStatus, OutcomeCategory, Track } from '@passerelle/shared/contracts';
import type {
  PathwayPhase,
  PlanFitIssue,
  RiskReason,
  TermsRedatingCode,
  Urgency,
} from '@passerelle/pathway/domain';

export const PATHWAY_STATUSES = ['draft', 'planned', 'completed'] as const;
export type PathwayStatus = (typeof PATHWAY_STATUSES)[number];

/** What did not fit the contract when the plan was made (see the domain's PlanFitIssue). */
export interface StoredFitIssue {
  code: PlanFitIssue['code'] | TermsRedatingCode;
  milestoneKey: string | null;
  message: string;
}

export interface StoredRiskFinding {
  reason: RiskReason;
  detail: string;
}

/**
 * A person's plan: a draft from enrolment, a full plan once diagnosed and the programme's terms
 * are known. Progress columns are derived from the person's facts (see pathway_fact) and rewritten
 * each time a fact arrives, so they never depend on arrival order.
 */
@Entity({ name: 'pathway' })
export class PathwayEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid', unique: true })
  candidateId!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'text' })
  status!: PathwayStatus;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  // The diagnostic (latest by when it was made).
  @Column({ type: 'text', nullable: true })
  track!: Track | null;

  @Column({ type: 'timestamptz', nullable: true })
  diagnosedAt!: Date | null;

  @Column({ type: 'boolean' })
  distressFlag!: boolean;

  // The plan, as generated (and then customised by the coach).
  @Column({ type: 'uuid', nullable: true })
  templateId!: string | null;

  @Column({ type: 'int', nullable: true })
  templateVersion!: number | null;

  @Column({ type: 'text', nullable: true })
  plannedTrack!: Track | null;

  @Column({ type: 'date', nullable: true })
  planStartOn!: string | null;

  @Column({ type: 'date', nullable: true })
  planEndOn!: string | null;

  @Column({ type: 'int', nullable: true })
  sessionsPlanned!: number | null;

  @Column({ type: 'jsonb' })
  fitIssues!: StoredFitIssue[];

  /** Why no plan could be made (the programme had ended), when that is the case. */
  @Column({ type: 'text', nullable: true })
  planRefusal!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  plannedAt!: Date | null;

  /** Bumped by each change to the plan's milestones (generation or coach customisation). */
  @Column({ type: 'int' })
  revision!: number;

  // Progress, derived from the facts.
  @Column({ type: 'int' })
  sessionsUsed!: number;

  @Column({ type: 'int' })
  noShows!: number;

  @Column({ type: 'int' })
  consecutiveNoShows!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastActivityAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  currentPhase!: PathwayPhase | null;

  @Column({ type: 'text', nullable: true })
  outcomeCategory!: OutcomeCategory | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  // At risk: the last assessment, and when the periodic evaluator should look again.
  @Column({ type: 'jsonb' })
  riskFindings!: StoredRiskFinding[];

  @Column({ type: 'text', nullable: true })
  riskUrgency!: Urgency | null;

  @Column({ type: 'text', nullable: true })
  riskNextAction!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  riskDetectedAt!: Date | null;

  @Index('pathway_risk_next_check_at')
  @Column({ type: 'timestamptz', nullable: true })
  riskNextCheckAt!: Date | null;

  // The person's lifecycle (intake's CandidateStatusChanged): held while paused, placed or exited.
  @Column({ type: 'text', default: 'invited' })
  candidateStatus!: CandidateStatus;

  /** When the status in force was decided; an older change arriving late changes nothing. */
  @Column({ type: 'timestamptz', nullable: true })
  candidateStatusAt!: Date | null;

  /** The pause in progress began then. */
  @Column({ type: 'timestamptz', nullable: true })
  pausedAt!: Date | null;

  /** The person last came back from a pause then: inactivity is not counted before it. */
  @Column({ type: 'timestamptz', nullable: true })
  resumedAt!: Date | null;
}
