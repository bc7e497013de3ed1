import { Controller } from '@nestjs/common';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { Ctx, Payload } from '@nestjs/microservices';
import type { AnyEvent, EventOf } from '@passerelle/shared/contracts';
import { InboxBatchContext, InboxContext, OnEvent, OnEventBatch } from '@passerelle/shared/messaging';
import { bestRankPerOccupation } from '@passerelle/assessment/domain';
import { AssessmentRepository } from '@passerelle/assessment/data-access';
import { AssignAssessmentHandler } from './usecases/assign-assessment/assign-assessment.handler';

/** What the assessment service learns from other services; each handler is idempotent. */
@Controller()
export class AssessmentEventsConsumer {
  constructor(
    private readonly sessions: AssessmentRepository,
    private readonly assign: AssignAssessmentHandler,
    private readonly scopes: CandidateScopeRepository,
  ) {}

  /**
   * The former occupation (when HR gave its code), to choose the skills a skills inventory asks
   * about. An HR file's people arrive by the thousand: a Kafka batch's enrolments are recorded in
   * one statement (decision 0035), with the access projection's rows (as pathway and scheduling);
   * only people with a session already assigned have their skills inventories looked at.
   */
  @OnEventBatch('CandidateEnrolled.v1')
  async onEnrolled(@Payload() events: readonly AnyEvent[], @Ctx() context: InboxBatchContext): Promise<void> {
    const enrolled = events as readonly EventOf<'CandidateEnrolled.v1'>[];
    await this.scopes.recordEnrolments(context.manager, enrolled);
    const recorded = await this.sessions.recordCandidates(
      context.manager,
      enrolled.map(({ payload: { candidateId, formerOccupationCode, languages } }) => ({
        candidateId,
        formerOccupationCode,
        languages,
      })),
    );
    for (const candidateId of await this.sessions.withAssignedSessions(context.manager, recorded))
      await this.assign.completeSkillInventories(context.manager, candidateId);
  }

  /** A correction file's new former occupation or languages: skills inventories still to come use them. */
  @OnEvent('CandidateDetailsCorrected.v1')
  async onDetailsCorrected(
    @Payload() event: EventOf<'CandidateDetailsCorrected.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, formerOccupationCode, formerJobTitle, languages } = event.payload;
    // A new title without a code: matching resolves it and says so (FormerOccupationResolved).
    const occupation =
      formerOccupationCode !== undefined && (formerOccupationCode !== null || !formerJobTitle);
    await this.sessions.correctCandidate(context.manager, candidateId, {
      ...(occupation ? { formerOccupationCode } : {}),
      ...(languages !== undefined ? { languages } : {}),
    });
  }

  /**
   * Matching resolved the person's former job title (on its own or with their coach): skills
   * inventories not yet started ask about that occupation.
   */
  @OnEvent('FormerOccupationResolved.v1')
  async onFormerOccupationResolved(
    @Payload() event: EventOf<'FormerOccupationResolved.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, romeCode, how, resolvedAt } = event.payload;
    // Matching may resolve the title of a person erased since (another topic, another pace).
    if (await this.sessions.isErased(context.manager, candidateId)) return;
    await this.sessions.recordResolvedOccupation(context.manager, candidateId, {
      romeCode,
      how,
      resolvedAt: new Date(resolvedAt),
    });
    await this.assign.completeSkillInventories(context.manager, candidateId);
  }

  /**
   * Matching no longer stands by its automatic code (the programme's context changed): skills
   * inventories not yet started wait for its next answer instead of asking about that occupation.
   */
  @OnEvent('FormerOccupationWithdrawn.v1')
  async onFormerOccupationWithdrawn(
    @Payload() event: EventOf<'FormerOccupationWithdrawn.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, withdrawnAt } = event.payload;
    await this.sessions.withdrawResolvedOccupation(context.manager, candidateId, new Date(withdrawnAt));
  }

  /** Each assessment milestone of the plan becomes a session, once (keyed by milestone id). */
  @OnEvent('PathwayPlanned.v1')
  async onPathwayPlanned(
    @Payload() event: EventOf<'PathwayPlanned.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    if (await this.sessions.isErased(context.manager, event.payload.candidateId)) return;
    for (const milestone of event.payload.milestones) {
      if (milestone.kind !== 'assessment' || !milestone.instrumentCode) continue;
      await this.assign.fromMilestone(context.manager, {
        candidateId: event.payload.candidateId,
        milestoneId: milestone.milestoneId,
        instrumentCode: milestone.instrumentCode,
      });
    }
  }

  /** Matching's suggestions, shown by title in the report. */
  @OnEvent('OccupationsRecommended.v1')
  async onOccupationsRecommended(
    @Payload() event: EventOf<'OccupationsRecommended.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, computedAt, recommendations } = event.payload;
    if (await this.sessions.isErased(context.manager, candidateId)) return;
    await this.sessions.replaceSuggestions(
      context.manager,
      candidateId,
      new Date(computedAt),
      bestRankPerOccupation(recommendations),
    );
  }

  /** Consent to the privacy notice: a withdrawal stops the person's assessments being answered. */
  @OnEvent('ConsentRecorded.v1')
  async onConsentRecorded(
    @Payload() event: EventOf<'ConsentRecorded.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, purpose, granted, recordedAt } = event.payload;
    if (purpose !== 'privacy_notice') return;
    if (await this.sessions.isErased(context.manager, candidateId)) return;
    await this.sessions.recordConsent(context.manager, {
      candidateId,
      granted,
      recordedAt: new Date(recordedAt),
    });
  }

  /**
   * GDPR erasure: answers, profiles, debrief notes and projections of the person; their id is kept
   * as erased, and every handler above drops a later event about them (matching's suggestions for a
   * person it enrolled just before the erasure arrive after it).
   */
  @OnEvent('CandidateErased.v1')
  onErased(@Payload() event: EventOf<'CandidateErased.v1'>, @Ctx() context: InboxContext): Promise<void> {
    return this.sessions.eraseCandidate(
      context.manager,
      event.payload.candidateId,
      new Date(event.payload.erasedAt),
    );
  }
}
