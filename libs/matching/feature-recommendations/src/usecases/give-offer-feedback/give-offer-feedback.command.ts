/** The person or their coach says whether an offer in the list interests them. */
export interface GiveOfferFeedbackCommand {
  candidateId: string;
  offerId: string;
  verdict: 'interested' | 'not_relevant';
}
