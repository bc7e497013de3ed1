import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DailyWindow } from '@passerelle/scheduling/domain';

/** A place where coaches work and people come to sessions. */
@Entity({ name: 'office' })
export class OfficeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  address!: string;

  /** IANA zone, e.g. Europe/Paris: hours and holidays are read in it. */
  @Column({ type: 'text' })
  timeZone!: string;

  @Column({ type: 'jsonb' })
  openingHours!: DailyWindow[];

  @Column({ type: 'boolean' })
  frenchPublicHolidays!: boolean;

  /** ISO dates the office is closed besides public holidays. */
  @Column({ type: 'text', array: true })
  extraHolidays!: string[];

  @Column({ type: 'integer' })
  bufferMinutes!: number;

  /** How long before a session a person may still book it themself. */
  @Column({ type: 'integer' })
  minimumNoticeMinutes!: number;

  /** A deactivated one takes no new booking; it stays for the sessions it held. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
