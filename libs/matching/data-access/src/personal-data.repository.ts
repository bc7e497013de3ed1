import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CandidateProfileEntity } from './candidate-profile.entity';
import { FormerOccupationConfirmationEntity } from './former-occupation-confirmation.entity';
import { OccupationRecommendationEntity } from './occupation-recommendation.entity';
import { OfferFeedbackEntity, OfferMatchEntity } from './offer-match.entity';

/**
 * A person's data as matching holds it (GDPR access): the profile matched on and everything computed
 * from it for them. Offers themselves are the firm's, not personal: a match names its offer's id.
 */
@Injectable()
export class MatchingPersonalDataRepository {
  constructor(private readonly dataSource: DataSource) {}

  async sections(candidateId: string): Promise<Record<string, object[]>> {
    const manager = this.dataSource.manager;
    const [profile, occupationRecommendations, offerMatches, offerFeedback, formerOccupation] =
      await Promise.all([
        manager.findBy(CandidateProfileEntity, { candidateId }),
        manager.find(OccupationRecommendationEntity, { where: { candidateId }, order: { rank: 'ASC' } }),
        manager.find(OfferMatchEntity, { where: { candidateId }, order: { rank: 'ASC' } }),
        manager.findBy(OfferFeedbackEntity, { candidateId }),
        manager.findBy(FormerOccupationConfirmationEntity, { candidateId }),
      ]);
    return { profile, occupationRecommendations, offerMatches, offerFeedback, formerOccupation };
  }
}
