import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The company that pays for the programmes (its HR sees aggregates only). */
@Entity({ name: 'sponsor' })
export class SponsorEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
