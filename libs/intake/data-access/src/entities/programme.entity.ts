import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A contracted outplacement programme of one sponsor, served by one or more offices. */
@Entity({ name: 'programme' })
export class ProgrammeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  sponsorId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'uuid', array: true })
  officeIds!: string[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
