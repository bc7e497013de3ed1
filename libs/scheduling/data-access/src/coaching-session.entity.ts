import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A session between a person and their coach. */
@Entity({ name: 'coaching_session' })
@Index('coaching_session_candidate', ['candidateId'])
export class CoachingSessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'text' })
  status!: string;
}
