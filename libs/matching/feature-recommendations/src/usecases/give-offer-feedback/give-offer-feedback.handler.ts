import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { CandidateProfileRepository, JobOfferRepository } from '@passerelle/matching/data-access';
import { CandidateAccess } from '../../candidate-access';
import { RecommendationsError, RecommendationsErrorCode } from '../../recommendations.error';
import { RematchOffersHandler } from '../rematch-offers/rematch-offers.handler';
import type { GiveOfferFeedbackCommand } from './give-offer-feedback.command';

/** The person or their coach says "interested" or "not relevant": the offer list is re-ranked. */
@Injectable()
export class GiveOfferFeedbackHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccess,
    private readonly offers: JobOfferRepository,
    private readonly profiles: CandidateProfileRepository,
    private readonly rematch: RematchOffersHandler,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: GiveOfferFeedbackCommand): Promise<void> {
    await this.access.assertCanAct(identity, command.candidateId, ['candidate', 'coach']);
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.offers.find(manager, command.offerId))) {
        throw new RecommendationsError(
          RecommendationsErrorCode.OfferNotFound,
          `offer ${command.offerId} does not exist`,
        );
      }
      await this.profiles.saveFeedback(manager, {
        candidateId: command.candidateId,
        offerId: command.offerId,
        verdict: command.verdict,
        givenBy: identity.role,
        givenAt: now,
      });
      await this.rematch.execute(manager, { candidateId: command.candidateId, now });
    });
  }
}
