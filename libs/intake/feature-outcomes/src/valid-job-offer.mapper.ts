import { createEvent } from '@passerelle/shared/messaging';
import type { ValidJobOfferEntity } from '@passerelle/intake/data-access';

/** Each step of a valid job offer is announced with the decision so far. */
export const validJobOfferLogged = (offer: ValidJobOfferEntity, at: Date) =>
  createEvent('ValidJobOfferLogged.v1', offer.candidateId, {
    candidateId: offer.candidateId,
    programmeId: offer.programmeId,
    validJobOfferId: offer.id,
    occupationCode: offer.occupationCode,
    decision: offer.decision,
    loggedAt: at.toISOString(),
  });
