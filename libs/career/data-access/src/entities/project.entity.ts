import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type {
  FeasibilityReviewInput,
  LocalDemandFigures,
  ProjectArea,
  ProjectConditions,
  ProjectTarget,
  VersionStatus,
} from '@passerelle/career/domain';

/**
 * A person's professional project: one per person. What it says is in its versions
 * (`ProjectVersionEntity`); this row says which is current and which was validated last.
 */
@Entity({ name: 'career_project' })
@Index('career_project_candidate', ['candidateId'], { unique: true })
export class ProjectEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  /** The version being worked on, or the last validated one when no draft is open. */
  @Column({ type: 'integer' })
  currentVersion!: number;

  /** The last version the coach validated; null before the first validation. */
  @Column({ type: 'integer', nullable: true })
  validatedVersion!: number | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * The review as stored: the coach's words, the labour figures they saw (absent from reviews saved
 * before figures were kept), who reviewed and when (ISO string in JSON).
 */
export interface StoredReview extends Omit<FeasibilityReviewInput, 'localDemandFigures'> {
  localDemandFigures?: LocalDemandFigures | null;
  reviewedVersion: number;
  reviewedByCoachId: string;
  reviewedAt: string;
}

/**
 * One version of a project. A draft is edited in place; a validated version is never changed again
 * (a trigger refuses it): an edit after validation starts the next version.
 */
@Entity({ name: 'career_project_version' })
@Check('career_project_version_status_check', `"status" IN ('draft', 'validated')`)
export class ProjectVersionEntity {
  @PrimaryColumn({ type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'career_project_version_project_id_fkey' })
  project?: ProjectEntity;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  status!: VersionStatus;

  @Column({ type: 'jsonb' })
  targets!: ProjectTarget[];

  @Column({ type: 'jsonb', nullable: true })
  area!: ProjectArea | null;

  @Column({ type: 'jsonb', nullable: true })
  conditions!: ProjectConditions | null;

  @Column({ type: 'jsonb', nullable: true })
  review!: StoredReview | null;

  /** Who saved it last (the person's or the coach's subject). */
  @Column({ type: 'text' })
  editedBy!: string;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  validatedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  validatedByCoachId!: string | null;
}
