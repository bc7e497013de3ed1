/** OffersMatched: the person's ranked offers, kept for their next job-leads digest. */
export interface CollectJobLeadsCommand {
  candidateId: string;
  offers: { offerId: string; rank: number }[];
  computedAt: Date;
}
