import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ContractType } from '@passerelle/matching/domain';

@Entity({ name: 'job_offer' })
@Index('job_offer_occupation_department', ['occupationCode', 'departmentCode'])
export class JobOfferEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  occupationCode!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  communeCode!: string;

  @Column({ type: 'text' })
  departmentCode!: string;

  @Column({ type: 'text' })
  contractType!: ContractType;

  @Column({ type: 'text', array: true })
  skillCodes!: string[];

  @Column({ type: 'date' })
  publishedOn!: string;

  @Column({ type: 'date', nullable: true })
  expiresOn!: string | null;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;
}
