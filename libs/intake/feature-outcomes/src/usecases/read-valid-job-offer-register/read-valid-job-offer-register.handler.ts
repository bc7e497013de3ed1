import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import {
  CandidateAccessRepository,
  OutcomeRepository,
  type ValidJobOfferEntity,
} from '@passerelle/intake/data-access';
import type { OveAssessment, OveDefinition } from '@passerelle/intake/domain';
import { assessOffer, oveDefinitionOf } from '../../ove-assessment';
import { managedCandidate } from '../../managed-candidate';
import type { ReadValidJobOfferRegisterQuery } from './read-valid-job-offer-register.query';

export interface ValidJobOfferRegisterEntryView {
  offer: ValidJobOfferEntity;
  payPercentOfPrevious: number | null;
  assessment: OveAssessment;
}

export interface ValidJobOfferRegisterView {
  candidateId: string;
  definition: OveDefinition;
  entries: ValidJobOfferRegisterEntryView[];
}

/**
 * A person's OVE register: every offer logged for them (ValidJobOfferLogged's rows, with what the
 * register adds), each checked against their programme's OVE definition as it stands today. Their
 * coach and ops of their offices only: anyone else finds no one.
 */
@Injectable()
export class ReadValidJobOfferRegisterHandler {
  constructor(
    private readonly access: CandidateAccessRepository,
    private readonly outcomes: OutcomeRepository,
  ) {}

  async execute(
    identity: Identity,
    query: ReadValidJobOfferRegisterQuery,
  ): Promise<ValidJobOfferRegisterView> {
    const { candidate, programme } = await managedCandidate(this.access, identity, query.candidateId);
    const definition = oveDefinitionOf(programme);
    const offers = await this.outcomes.offers(candidate.id);
    return {
      candidateId: candidate.id,
      definition,
      entries: offers.map((offer) => ({
        offer,
        payPercentOfPrevious:
          offer.grossAnnualPay !== null && offer.previousGrossAnnualPay !== null
            ? Math.round((offer.grossAnnualPay / offer.previousGrossAnnualPay) * 1000) / 10
            : null,
        assessment: assessOffer(offer, candidate, programme),
      })),
    };
  }
}
