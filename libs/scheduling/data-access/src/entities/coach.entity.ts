import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Track } from '@passerelle/shared/contracts';
import type { DailyWindow } from '@passerelle/scheduling/domain';

@Entity({ name: 'coach' })
@Index('coach_calendar_token', ['calendarToken'], { unique: true })
export class CoachEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  displayName!: string;

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
