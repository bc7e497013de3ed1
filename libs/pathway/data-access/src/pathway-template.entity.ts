import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import type { Track } from '@passerelle/shared/contracts';
import type { TemplateMilestone } from '@passerelle/pathway/domain';

/** One version of a track's template. Never updated: an edit inserts the next version. */
@Entity({ name: 'pathway_template' })
@Unique('pathway_template_track_version', ['track', 'version'])
export class PathwayTemplateEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  track!: Track;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'jsonb' })
  milestones!: TemplateMilestone[];

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'text' })
  createdBy!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
