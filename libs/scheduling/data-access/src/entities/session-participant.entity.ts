import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type ParticipantStatus = 'booked' | 'cancelled' | 'attended' | 'no_show';

@Entity({ name: 'session_participant' })
@Index('session_participant_candidate', ['candidateId'])
export class SessionParticipantEntity {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  status!: ParticipantStatus;

  @Column({ type: 'timestamptz' })
  bookedAt!: Date;
}
