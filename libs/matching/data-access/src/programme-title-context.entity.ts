import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A programme's employer NAF code as its last amendment gave it (ProgrammeAmended, decision 0039):
 * an enrolment or a correction announced before that amendment, read after it, takes this code.
 */
@Entity({ name: 'programme_title_context' })
export class ProgrammeTitleContextEntity {
  @PrimaryColumn({ type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'text', nullable: true })
  employerNafCode!: string | null;

  @Column({ type: 'timestamptz' })
  amendedAt!: Date;
}
