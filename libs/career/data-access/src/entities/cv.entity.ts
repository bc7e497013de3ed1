import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { CvContent, CvLayout, CvSection } from '@passerelle/career/domain';

/** A person's CV: one per person. What it says is in its versions; each save adds one. */
@Entity({ name: 'career_cv' })
@Index('career_cv_candidate', ['candidateId'], { unique: true })
export class CvEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  /** The last version saved. */
  @Column({ type: 'integer' })
  currentVersion!: number;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** One saved version of a CV, kept as it was (a trigger refuses any change): earlier versions stay readable. */
@Entity({ name: 'career_cv_version' })
@Index('career_cv_version_number', ['cvId', 'version'], { unique: true })
@Check('career_cv_version_layout_check', `"layout" IN ('classique', 'moderne', 'sobre')`)
export class CvVersionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  cvId!: string;

  @ManyToOne(() => CvEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cv_id', foreignKeyConstraintName: 'career_cv_version_cv_id_fkey' })
  cv?: CvEntity;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  layout!: CvLayout;

  @Column({ type: 'jsonb' })
  content!: CvContent;

  /** Who saved it (the person's or the coach's subject). */
  @Column({ type: 'text' })
  savedBy!: string;

  @Column({ type: 'timestamptz' })
  savedAt!: Date;
}

/** The coach's comment on one line of a version; the person sees it and may resolve it. */
@Entity({ name: 'career_cv_comment' })
@Index('career_cv_comment_version', ['cvVersionId'])
@Check(
  'career_cv_comment_section_check',
  `"section" IN ('identity', 'headline', 'experiences', 'skills', 'trainings', 'languages', 'interests')`,
)
export class CvCommentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  cvVersionId!: string;

  @ManyToOne(() => CvVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cv_version_id', foreignKeyConstraintName: 'career_cv_comment_cv_version_id_fkey' })
  cvVersion?: CvVersionEntity;

  @Column({ type: 'text' })
  section!: CvSection;

  /** 0-based, as `cvSectionLines` numbers the section's lines. */
  @Column({ type: 'integer' })
  line!: number;

  /** The line as it read when the comment was written. */
  @Column({ type: 'text' })
  quotedLine!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'uuid' })
  authorCoachId!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  /** Who resolved it (a subject). */
  @Column({ type: 'text', nullable: true })
  resolvedBy!: string | null;
}

/** Each download of a CV file: who (subject and role), which version, which format, when. */
@Entity({ name: 'career_cv_download' })
@Index('career_cv_download_version', ['cvVersionId'])
@Check('career_cv_download_format_check', `"format" IN ('pdf', 'docx')`)
export class CvDownloadEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  cvVersionId!: string;

  @ManyToOne(() => CvVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cv_version_id', foreignKeyConstraintName: 'career_cv_download_cv_version_id_fkey' })
  cvVersion?: CvVersionEntity;

  @Column({ type: 'text' })
  format!: 'pdf' | 'docx';

  @Column({ type: 'text' })
  layout!: CvLayout;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  role!: string;

  @Column({ type: 'timestamptz' })
  downloadedAt!: Date;
}
