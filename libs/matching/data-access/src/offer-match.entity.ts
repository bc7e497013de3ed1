import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An offer in a person's ranked list, with the explanation shown to them and their coach. */
@Entity({ name: 'offer_match' })
@Index('offer_match_offer', ['offerId'])
export class OfferMatchEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @PrimaryColumn({ type: 'uuid' })
  offerId!: string;

  @Column({ type: 'integer' })
  rank!: number;

  @Column({ type: 'double precision' })
  score!: number;

  @Column({ type: 'text' })
  explanation!: string;

  @Column({ type: 'timestamptz' })
  computedAt!: Date;
}

/** "Interested" or "not relevant", from the person or their coach: filters and re-ranks offers. */
@Entity({ name: 'offer_feedback' })
export class OfferFeedbackEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @PrimaryColumn({ type: 'uuid' })
  offerId!: string;

  @Column({ type: 'text' })
  verdict!: 'interested' | 'not_relevant';

  @Column({ type: 'text' })
  givenBy!: string;

  @Column({ type: 'timestamptz' })
  givenAt!: Date;
}
