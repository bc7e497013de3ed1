import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { CandidateRiskRepository } from '@passerelle/intake/data-access';

/**
 * Pathway decides who is at risk; intake keeps the urgency so the people list filters and shows it
 * in one query. A projection only: the latest word wins, by when pathway decided it.
 */
@Controller()
export class RiskEventsConsumer {
  constructor(private readonly risks: CandidateRiskRepository) {}

  @OnEvent('CandidateAtRisk.v1')
  async onAtRisk(
    @Payload() event: EventOf<'CandidateAtRisk.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, urgency, detectedAt } = event.payload;
    await this.risks.raise(context.manager, candidateId, urgency, new Date(detectedAt));
  }

  @OnEvent('CandidateRiskCleared.v1')
  async onCleared(
    @Payload() event: EventOf<'CandidateRiskCleared.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.risks.clear(context.manager, event.payload.candidateId, new Date(event.payload.clearedAt));
  }
}
