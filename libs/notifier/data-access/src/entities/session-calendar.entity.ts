import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SessionKind, SessionMode } from '@passerelle/shared/contracts';

/**
 * What the notifier remembers of a person's session for their calendar: the SEQUENCE of the last
 * file sent (each change sends a higher one, so calendar applications replace their copy), and the
 * kind, which the reminder event does not carry.
 */
@Entity({ name: 'session_calendar' })
@Index('session_calendar_candidate', ['candidateId'])
export class SessionCalendarEntity {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'text' })
  kind!: SessionKind;

  @Column({ type: 'text' })
  mode!: SessionMode;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
