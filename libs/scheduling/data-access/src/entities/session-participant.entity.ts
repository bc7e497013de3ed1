import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ParticipantStatus } from '@passerelle/scheduling/domain';

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
