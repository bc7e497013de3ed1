import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const COACH_EXCEPTION_KINDS = ['leave', 'training', 'other'] as const;
export type CoachExceptionKind = (typeof COACH_EXCEPTION_KINDS)[number];

/** A time the coach is away from their weekly hours (leave, training day). */
@Entity({ name: 'coach_exception' })
@Index('coach_exception_coach', ['coachId', 'startsAt'])
export class CoachExceptionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  coachId!: string;

  @Column({ type: 'text' })
  kind!: CoachExceptionKind;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
