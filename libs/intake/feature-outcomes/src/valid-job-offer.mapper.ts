import { createEvent } from '@passerelle/shared/messaging';
import type { ValidJobOfferEntity } from '@passerelle/intake/data-access';
import type { OveAssessment } from '@passerelle/intake/domain';

/**
 * Each step of a valid job offer is announced with the decision so far, and whether the offer met
 * the programme's OVE definition then (no pay, place or reason: those stay in intake).
 */
export const validJobOfferLogged = (offer: ValidJobOfferEntity, at: Date, assessment: OveAssessment) =>
  createEvent('ValidJobOfferLogged.v1', offer.candidateId, {
    candidateId: offer.candidateId,
    programmeId: offer.programmeId,
    validJobOfferId: offer.id,
    occupationCode: offer.occupationCode,
    decision: offer.decision,
    meetsProgrammeDefinition: assessment.meetsDefinition,
    loggedAt: at.toISOString(),
  });
