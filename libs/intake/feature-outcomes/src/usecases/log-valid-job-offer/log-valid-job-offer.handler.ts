import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import {
  CandidateAccessRepository,
  OutcomeRepository,
  type ValidJobOfferEntity,
} from '@passerelle/intake/data-access';
import { parseInput } from '@passerelle/shared/graphql';
import { managedCandidate } from '../../managed-candidate';
import {
  OutcomesError,
  OutcomesErrorCode,
  candidateNotFound,
  invalidOutcomesInput,
} from '../../outcomes.error';
import {
  decideValidJobOfferCommandSchema,
  logValidJobOfferCommandSchema,
} from './log-valid-job-offer.command';

const toEvent = (offer: ValidJobOfferEntity, at: Date) =>
  createEvent('ValidJobOfferLogged.v1', offer.candidateId, {
    candidateId: offer.candidateId,
    programmeId: offer.programmeId,
    validJobOfferId: offer.id,
    occupationCode: offer.occupationCode,
    decision: offer.decision,
    loggedAt: at.toISOString(),
  });

/**
 * Valid job offers (OVE): logged when made, then the person's decision with, for a refusal, its
 * reason. Each step is announced as ValidJobOfferLogged with the decision so far.
 */
@Injectable()
export class LogValidJobOfferHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccessRepository,
    private readonly outcomes: OutcomeRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async log(identity: Identity, input: unknown): Promise<ValidJobOfferEntity> {
    const command = parseInput(logValidJobOfferCommandSchema, input, invalidOutcomesInput);
    const found = await managedCandidate(this.access, identity, command.candidateId);
    const now = this.clock.now();
    const offer: ValidJobOfferEntity = {
      id: randomUUID(),
      ...command,
      programmeId: found.programme.id,
      decision: 'pending',
      decisionReason: null,
      loggedBy: identity.subject,
      loggedAt: now,
      decidedAt: null,
    };
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.access.hold(manager, command.candidateId)))
        throw candidateNotFound(command.candidateId);
      await this.outcomes.saveOffer(manager, offer);
      await this.outbox.append(manager, [toEvent(offer, now)]);
      return offer;
    });
  }

  async decide(identity: Identity, input: unknown): Promise<ValidJobOfferEntity> {
    const command = parseInput(decideValidJobOfferCommandSchema, input, invalidOutcomesInput);
    const existing = await this.outcomes.findOffer(command.validJobOfferId);
    const notFound = new OutcomesError(
      OutcomesErrorCode.OfferNotFound,
      `valid job offer ${command.validJobOfferId} does not exist or is not yours to see`,
    );
    if (!existing) throw notFound;
    await managedCandidate(this.access, identity, existing.candidateId).catch(() => {
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
      await this.outbox.append(manager, [toEvent(offer, now)]);
      return offer;
    });
  }
}
