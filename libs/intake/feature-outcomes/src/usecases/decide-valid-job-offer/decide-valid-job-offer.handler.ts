import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  CandidateAccessRepository,
  OutcomeRepository,
  type ValidJobOfferEntity,
} from '@passerelle/intake/data-access';
import { managedCandidate } from '../../managed-candidate';
import { OutcomesError, OutcomesErrorCode } from '../../outcomes.error';
import { validJobOfferLogged } from '../../valid-job-offer.mapper';
import { assessOffer } from '../../ove-assessment';
import type { DecideValidJobOfferCommand } from './decide-valid-job-offer.command';

/** The person accepts or refuses a valid job offer (a refusal with its reason); decided once. */
@Injectable()
export class DecideValidJobOfferHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccessRepository,
    private readonly outcomes: OutcomeRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: DecideValidJobOfferCommand): Promise<ValidJobOfferEntity> {
    const existing = await this.outcomes.findOffer(command.validJobOfferId);
    const notFound = new OutcomesError(
      OutcomesErrorCode.OfferNotFound,
      `valid job offer ${command.validJobOfferId} does not exist or is not yours to see`,
    );
    if (!existing) throw notFound;
    const found = await managedCandidate(this.access, identity, existing.candidateId).catch(() => {
      throw notFound;
    });
    return this.dataSource.transaction(async (manager) => {
      const offer = await this.outcomes.lockOffer(manager, command.validJobOfferId);
      if (!offer) throw notFound;
      if (offer.decision !== 'pending') {
        throw new OutcomesError(
          OutcomesErrorCode.OfferAlreadyDecided,
          `this offer was already ${offer.decision}`,
        );
      }
      const now = this.clock.now();
      offer.decision = command.decision;
      offer.decisionReason = command.reason;
      offer.decidedAt = now;
      await this.outcomes.saveOffer(manager, offer);
      const assessment = assessOffer(offer, found.candidate, found.programme);
      await this.outbox.append(manager, [validJobOfferLogged(offer, now, assessment)]);
      return offer;
    });
  }
}
