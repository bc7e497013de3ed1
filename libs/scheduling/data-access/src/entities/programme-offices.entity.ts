import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which offices serve a programme, from intake's ProgrammeContracted / ProgrammeAmended. */
@Entity({ name: 'programme_offices' })
export class ProgrammeOfficesEntity {
  @PrimaryColumn({ type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'uuid' })
  sponsorId!: string;

  @Column({ type: 'uuid', array: true })
  officeIds!: string[];

  /** When the terms were set: an older event never overwrites newer terms. */
  @Column({ type: 'timestamptz' })
  termsAt!: Date;
}
