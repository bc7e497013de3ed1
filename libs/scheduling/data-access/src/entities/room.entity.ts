import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'room' })
@Index('room_office', ['officeId'])
export class RoomEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  officeId!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Seats, which bounds a group workshop held there. */
  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'text', array: true })
  equipment!: string[];

  /** A deactivated one takes no new booking; it stays for the sessions it held. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
