import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { OutcomeCategory } from '@passerelle/shared/contracts';

/**
 * A person's outcome in the categories of the end-of-programme report. A correction is a new row
 * pointing at the one it corrects, which is kept and marked superseded: the history stays.
 */
@Entity({ name: 'outcome' })
@Index('outcome_candidate', ['candidateId'])
// One current outcome per person, even when two are recorded at the same moment.
@Index('outcome_current_per_candidate', ['candidateId'], { unique: true, where: 'NOT superseded' })
export class OutcomeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'text' })
  category!: OutcomeCategory;

  /** yyyy-mm-dd. */
  @Column({ type: 'date' })
  outcomeDate!: string;

  @Column({ type: 'text', nullable: true })
  employerName!: string | null;

  @Column({ type: 'text', nullable: true })
  jobTitle!: string | null;

  @Column({ type: 'text', nullable: true })
  occupationCode!: string | null;

  /** Contract length for fixed-term work; null for open-ended contracts or non-employment outcomes. */
  @Column({ type: 'integer', nullable: true })
  contractMonths!: number | null;

  @Column({ type: 'boolean', nullable: true })
  fullTime!: boolean | null;

  @Column({ type: 'uuid', nullable: true })
  correctsOutcomeId!: string | null;

  @Column({ type: 'text', nullable: true })
  correctionReason!: string | null;

  @Column({ type: 'boolean' })
  superseded!: boolean;

  @Column({ type: 'text' })
  recordedBy!: string;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
}

export type OfferDecision = 'pending' | 'accepted' | 'refused';
export type OfferContractType = 'permanent' | 'fixed_term' | 'temporary';

/** A valid job offer (OVE) made to a person, with their decision and its reason. */
@Entity({ name: 'valid_job_offer' })
@Index('valid_job_offer_candidate', ['candidateId'])
export class ValidJobOfferEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'text' })
  employerName!: string;

  @Column({ type: 'text' })
  jobTitle!: string;

  @Column({ type: 'text', nullable: true })
  occupationCode!: string | null;

  @Column({ type: 'text' })
  contractType!: OfferContractType;

  /** Length of a fixed-term or temporary contract, in months. */
  @Column({ type: 'integer', nullable: true })
  contractMonths!: number | null;

  /** Where the job is, as the offer says it (a town, a site). */
  @Column({ type: 'text', nullable: true })
  place!: string | null;

  /** The place's postcode: its department is compared with the person's for the OVE definition. */
  @Column({ type: 'text', nullable: true })
  placePostcode!: string | null;

  /** Gross annual pay offered, in euros. */
  @Column({ type: 'integer', nullable: true })
  grossAnnualPay!: number | null;

  /** The person's gross annual pay in the job they lost, in euros. */
  @Column({ type: 'integer', nullable: true })
  previousGrossAnnualPay!: number | null;

  /** yyyy-mm-dd. */
  @Column({ type: 'date' })
  offeredOn!: string;

  @Column({ type: 'text' })
  decision!: OfferDecision;

  @Column({ type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'text' })
  loggedBy!: string;

  @Column({ type: 'timestamptz' })
  loggedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
