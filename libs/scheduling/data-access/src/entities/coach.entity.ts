import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Track } from '@passerelle/shared/contracts';
import type { DailyWindow } from '@passerelle/scheduling/domain';

@Entity({ name: 'coach' })
@Index('coach_calendar_token', ['calendarToken'], { unique: true })
@Index('coach_email', ['email'], { unique: true })
export class CoachEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  displayName!: string;

  /**
   * The coach's work address, stored lower-case, one coach per address: scheduling keeps it, identity
   * asks for it to invite the coach (decision 0018). Coaches created before addresses were asked for
   * hold `coach-<id>@unknown.invalid` (migration 1765100000000), which no mail can ever reach.
   */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'uuid', array: true })
  officeIds!: string[];

  @Column({ type: 'text', array: true })
  languages!: string[];

  /** Tracks the coach specialises in (vocabulary's TRACKS). */
  @Column({ type: 'text', array: true })
  specialties!: Track[];

  @Column({ type: 'integer' })
  maxCaseload!: number;

  /** Weekly working hours, local to the office. */
  @Column({ type: 'jsonb' })
  weeklyHours!: DailyWindow[];

  /** Private token of the coach's calendar feed; rotating it revokes the old address. */
  @Column({ type: 'text' })
  calendarToken!: string;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
