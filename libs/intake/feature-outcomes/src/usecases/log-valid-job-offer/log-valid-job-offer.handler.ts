import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  CandidateAccessRepository,
  OutcomeRepository,
  type ValidJobOfferEntity,
} from '@passerelle/intake/data-access';
import { managedCandidate } from '../../managed-candidate';
import { candidateNotFound } from '../../outcomes.error';
import type { LogValidJobOfferCommand } from './log-valid-job-offer.command';
import { validJobOfferLogged } from '../../valid-job-offer.mapper';
import { assessOffer } from '../../ove-assessment';

/**
 * A valid job offer (OVE) is logged when made, pending the person's decision
 * (decide-valid-job-offer), and announced as ValidJobOfferLogged.
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

  async execute(identity: Identity, command: LogValidJobOfferCommand): Promise<ValidJobOfferEntity> {
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
      const assessment = assessOffer(offer, found.candidate, found.programme);
      await this.outbox.append(manager, [validJobOfferLogged(offer, now, assessment)]);
      return offer;
    });
  }
}
