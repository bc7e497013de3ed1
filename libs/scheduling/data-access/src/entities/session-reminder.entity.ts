import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type ReminderStatus = 'pending' | 'sent' | 'void';

/** A reminder to send before a session, written with the booking and claimed once by the poller. */
@Entity({ name: 'session_reminder' })
@Index('session_reminder_due', ['dueAt'], { where: `"status" = 'pending'` })
@Index('session_reminder_session', ['sessionId'])
export class SessionReminderEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  coachId!: string;

  @Column({ type: 'integer' })
  leadMinutes!: number;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'text' })
  status!: ReminderStatus;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
