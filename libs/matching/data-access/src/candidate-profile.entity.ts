import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Track } from '@passerelle/shared/contracts';

/** Where a profile's former occupation came from (see `formerOccupationSource`). */
export type FormerOccupationSource = 'given' | 'automatic' | 'confirmed';

/** What matching knows of a person: codes and scores from events, no identity or contact. */
@Entity({ name: 'candidate_profile' })
// A GIN index on the project's targets (migration 1766040000000), which TypeORM cannot describe.
@Index('candidate_profile_project_target_codes', { synchronize: false })
// A programme's people, read again when its employer NAF code changes (migration 1766160000000).
@Index('candidate_profile_programme', ['programmeId'])
export class CandidateProfileEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text', nullable: true })
  formerOccupationCode!: string | null;

  /** The person's programme (from intake's events): its NAF code's amendments reach them. */
  @Column({ type: 'uuid', nullable: true })
  programmeId!: string | null;

  /** The former job title as HR wrote it, kept to be read again with a new context. */
  @Column({ type: 'text', nullable: true })
  formerJobTitle!: string | null;

  /**
   * Where the former occupation came from: `given` by the HR file, `automatic` from the title,
   * `confirmed` by the coach; null while the coach has not answered (or without a title). Only
   * `automatic` and null are read again when the context changes.
   */
  @Column({ type: 'text', nullable: true })
  formerOccupationSource!: FormerOccupationSource | null;

  @Column({ type: 'text', nullable: true })
  track!: Track | null;

  @Column({ type: 'integer', nullable: true })
  mobilityRadiusKm!: number | null;

  /** The Holland code the ranking uses: from an assessment whose results were released. */
  @Column({ type: 'text', nullable: true })
  hollandCode!: string | null;

  /** A completed assessment's Holland code waiting for its release (ResultsReleased). */
  @Column({ type: 'text', nullable: true })
  pendingHollandCode!: string | null;

  @Column({ type: 'uuid', nullable: true })
  pendingAssessmentId!: string | null;

  /** Assessments already released, should a release arrive before its completion. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  releasedAssessmentIds!: string[];

  @Column({ type: 'jsonb' })
  ratedSkills!: { skillCode: string; rating: number }[];

  /** Departments the person searches in; empty = anywhere (matching knows no address). */
  @Column({ type: 'text', array: true })
  searchDepartments!: string[];

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  /** The INSEE employment zone the person lives in (from intake's events), for local demand. */
  @Column({ type: 'text', nullable: true })
  employmentZoneCode!: string | null;

  /** The programme's employer NAF code (from intake's events): a generic former title is read with it. */
  @Column({ type: 'text', nullable: true })
  employerNafCode!: string | null;

  /** The HR file's service column as written (from intake's events), read with the former title. */
  @Column({ type: 'text', nullable: true })
  service!: string | null;

  /** Paused, placed or exited: no job leads until the person is back. */
  @Column({ type: 'boolean', default: false })
  leadsHeld!: boolean;

  /** The target occupations (ROME) of the person's validated professional project: their leads search these first. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  projectTargetCodes!: string[];

  /** The project version they came from; an older version arriving late is ignored. */
  @Column({ type: 'integer', nullable: true })
  projectVersion!: number | null;

  /** When the person's status in force was decided; an older change arriving late is ignored. */
  @Column({ type: 'timestamptz', nullable: true })
  statusChangedAt!: Date | null;
}
