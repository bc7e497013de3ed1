import { Column, Entity, Exclusion, Index, PrimaryColumn } from 'typeorm';

export type BookedResource = 'coach' | 'room' | 'candidate';

/**
 * The time a session holds a resource. PostgreSQL itself refuses two overlapping rows for the same
 * resource (btree_gist + tstzrange exclusion), so no race between two bookings can double-book a
 * coach, a room or a person. A group workshop holds its coach and room once and one row per person.
 */
@Entity({ name: 'booking' })
@Index('booking_session', ['sessionId'])
@Exclusion(
  'booking_no_overlap',
  'USING gist ("resource_kind" WITH =, "resource_id" WITH =, "during" WITH &&)',
)
export class BookingEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'text' })
  resourceKind!: BookedResource;

  @Column({ type: 'uuid' })
  resourceId!: string;

  /** `[start, end)`; a coach's range includes the buffer after the session. */
  @Column({ type: 'tstzrange' })
  during!: string;
}
