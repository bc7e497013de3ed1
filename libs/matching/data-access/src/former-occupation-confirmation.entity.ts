import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An occupation the title resolver offered, as the coach sees it. */
export interface OfferedOccupation {
  romeCode: string;
  label: string;
  confidence: number;
}

/**
 * A coach's task: the person's former job title (as HR wrote it) was not sure enough to give them
 * an occupation code on its own; the coach confirms one of the candidates or gives another code.
 * One per person: a newer title replaces it.
 */
@Entity({ name: 'former_occupation_confirmation' })
@Check(
  'former_occupation_confirmation_status',
  `"status" IN ('pending', 'confirmed') AND ("status" = 'pending') = ("rome_code" IS NULL)`,
)
@Index('former_occupation_confirmation_pending', ['createdAt'], { where: `"status" = 'pending'` })
export class FormerOccupationConfirmationEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'text' })
  formerJobTitle!: string;

  /** Best first, at most three (possibly none: a title the resolver does not know). */
  @Column({ type: 'jsonb' })
  candidates!: OfferedOccupation[];

  /** `pending` until the coach answers, then `confirmed` with the code they chose. */
  @Column({ type: 'text' })
  status!: 'pending' | 'confirmed';

  @Column({ type: 'text', nullable: true })
  romeCode!: string | null;

  /** The subject of the coach (or ops) who confirmed. */
  @Column({ type: 'text', nullable: true })
  confirmedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
