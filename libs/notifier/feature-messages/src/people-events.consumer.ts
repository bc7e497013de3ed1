import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { Clock } from '@passerelle/shared/clock';
import type { AnyEvent, EventOf } from '@passerelle/shared/contracts';
import { InboxBatchContext, InboxContext, OnEvent, OnEventBatch } from '@passerelle/shared/messaging';
import { AlertDistressHandler } from './usecases/alert-distress/alert-distress.handler';
import { AnnounceResultsHandler } from './usecases/announce-results/announce-results.handler';
import { CollectAtRiskHandler } from './usecases/collect-at-risk/collect-at-risk.handler';
import { CollectJobLeadsHandler } from './usecases/collect-job-leads/collect-job-leads.handler';
import { EraseCandidateHandler } from './usecases/erase-candidate/erase-candidate.handler';
import { HonourConsentHandler } from './usecases/honour-consent/honour-consent.handler';
import { RemindApplicationFollowUpHandler } from './usecases/remind-application-follow-up/remind-application-follow-up.handler';
import { SendAccessLinksHandler } from './usecases/send-access-links/send-access-links.handler';

/** Identity's invitations, and what intake (consents too), assessment, pathway, matching and career say about a person. */
@Controller()
export class PeopleEventsConsumer {
  constructor(
    private readonly accessLinks: SendAccessLinksHandler,
    private readonly results: AnnounceResultsHandler,
    private readonly jobLeads: CollectJobLeadsHandler,
    private readonly distress: AlertDistressHandler,
    private readonly atRisk: CollectAtRiskHandler,
    private readonly erase: EraseCandidateHandler,
    private readonly consent: HonourConsentHandler,
    private readonly followUp: RemindApplicationFollowUpHandler,
    private readonly clock: Clock,
  ) {}

  /**
   * An HR file's invitations arrive by the thousand: a Kafka batch's are written together, with
   * one call of each kind to identity (decision 0055; `SendAccessLinksHandler`), with the results
   * of `SendAccessLinkHandler` one by one.
   */
  @OnEventBatch('InvitationIssued.v1')
  async onInvitationIssued(
    @Payload() events: readonly AnyEvent[],
    @Ctx() context: InboxBatchContext,
  ): Promise<void> {
    const issued = events as readonly EventOf<'InvitationIssued.v1'>[];
    await this.accessLinks.execute(
      context.manager,
      issued.map(({ eventId, payload: { invitationId, accountId, purpose } }) => ({
        eventId,
        invitationId,
        accountId,
        purpose,
      })),
      this.clock.now(),
    );
  }

  @OnEvent('ResultsReleased.v1')
  async onResultsReleased(
    @Payload() event: EventOf<'ResultsReleased.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.results.execute(
      context.manager,
      { eventId: event.eventId, candidateId: event.payload.candidateId },
      this.clock.now(),
    );
  }

  @OnEvent('OffersMatched.v1')
  async onOffersMatched(
    @Payload() event: EventOf<'OffersMatched.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.jobLeads.execute(context.manager, {
      candidateId: event.payload.candidateId,
      offers: event.payload.offers,
      computedAt: new Date(event.payload.computedAt),
    });
  }

  @OnEvent('CandidateDiagnosed.v1')
  async onDiagnosed(
    @Payload() event: EventOf<'CandidateDiagnosed.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    if (!event.payload.distressFlag) return;
    await this.distress.execute(
      context.manager,
      { eventId: event.eventId, candidateId: event.payload.candidateId },
      this.clock.now(),
    );
  }

  @OnEvent('CandidateAtRisk.v1')
  async onAtRisk(
    @Payload() event: EventOf<'CandidateAtRisk.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.atRisk.execute(context.manager, {
      eventId: event.eventId,
      candidateId: event.payload.candidateId,
      urgency: event.payload.urgency,
      reasons: event.payload.reasons,
      detectedAt: new Date(event.payload.detectedAt),
    });
  }

  @OnEvent('ConsentRecorded.v1')
  async onConsentRecorded(
    @Payload() event: EventOf<'ConsentRecorded.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.consent.execute(context.manager, event.payload);
  }

  @OnEvent('ApplicationFollowUpDue.v1')
  async onApplicationFollowUpDue(
    @Payload() event: EventOf<'ApplicationFollowUpDue.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { applicationId, candidateId, sentOn, dueOn } = event.payload;
    await this.followUp.execute(
      context.manager,
      { applicationId, candidateId, sentOn, dueOn },
      this.clock.now(),
    );
  }

  @OnEvent('CandidateErased.v1')
  async onErased(
    @Payload() event: EventOf<'CandidateErased.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.erase.execute(context.manager, {
      candidateId: event.payload.candidateId,
      erasedAt: new Date(event.payload.erasedAt),
    });
  }
}
