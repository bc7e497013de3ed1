import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The offices that own an offer entered by ops (see mayChangeOffer). Kept apart from the offer
 * itself, which JobOfferPublished rewrites whatever its source; offers without a row are the
 * platform's (from a feed, or from ops serving every office).
 */
@Entity({ name: 'job_offer_owner' })
export class JobOfferOwnerEntity {
  @PrimaryColumn({ type: 'uuid' })
  offerId!: string;

  @Column({ type: 'uuid', array: true })
  officeIds!: string[];

  @Column({ type: 'text' })
  publishedBy!: string;
}
