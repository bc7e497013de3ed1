import { Clock } from '@passerelle/shared/clock';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { isHeldStatus, type EventOf } from '@passerelle/shared/contracts';
import { InboxBatchContext, InboxContext, OnEvent, OnEventBatch } from '@passerelle/shared/messaging';
import { CandidateProfileRepository } from '@passerelle/matching/data-access';
import { RecomputeRecommendationsHandler } from './usecases/recompute-recommendations/recompute-recommendations.handler';
import { RematchOffersHandler } from './usecases/rematch-offers/rematch-offers.handler';
import { ApplyCandidateDetailsHandler } from './usecases/apply-candidate-details/apply-candidate-details.handler';
import type { CandidateDetailsEvent } from './usecases/apply-candidate-details/apply-candidate-details.command';

/**
 * Keeps each person's matching profile (codes and scores only) from intake's and assessment's
 * events, and recomputes their recommendations and offers each time it changes.
 */
@Controller()
export class CandidateEventsConsumer {
  constructor(
    private readonly profiles: CandidateProfileRepository,
    private readonly recompute: RecomputeRecommendationsHandler,
    private readonly rematch: RematchOffersHandler,
    private readonly applyDetails: ApplyCandidateDetailsHandler,
    private readonly clock: Clock,
  ) {}

  /**
   * Enrolments and corrections (a correction file changed the former occupation, code or title,
   * resolved again as at enrolment; the home department or the employment zone: a search area the
   * person chose stays theirs), per Kafka batch (decision 0035): each person's profile, former
   * occupation, suggestions and offers, as one at a time (`ApplyCandidateDetailsHandler`).
   */
  @OnEventBatch('CandidateEnrolled.v1', 'CandidateDetailsCorrected.v1')
  async onDetails(
    @Payload() events: readonly CandidateDetailsEvent[],
    @Ctx() context: InboxBatchContext,
  ): Promise<void> {
    await this.applyDetails.execute(context.manager, { events, now: this.clock.now() });
  }

  @OnEvent('CandidateDiagnosed.v1')
  async onDiagnosed(
    @Payload() event: EventOf<'CandidateDiagnosed.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, track, mobilityRadiusKm } = event.payload;
    await this.profiles.update(context.manager, candidateId, (profile) => {
      profile.track = track;
      profile.mobilityRadiusKm = mobilityRadiusKm;
    });
    await this.recompute.execute(context.manager, { candidateId, now: this.clock.now() });
  }

  @OnEvent('AssessmentCompleted.v1')
  async onAssessed(
    @Payload() event: EventOf<'AssessmentCompleted.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { assessmentId, candidateId, riasec, skills } = event.payload;
    if (!riasec && skills.length === 0) return;
    await this.profiles.update(context.manager, candidateId, (profile) => {
      // The interests count once the coach has released the results (ResultsReleased): the person
      // hears them at the debrief, not first from their suggestions.
      if (riasec && profile.releasedAssessmentIds.includes(assessmentId))
        profile.hollandCode = riasec.hollandCode;
      else if (riasec) {
        profile.pendingHollandCode = riasec.hollandCode;
        profile.pendingAssessmentId = assessmentId;
      }
      if (skills.length > 0)
        profile.ratedSkills = skills.map(({ skillCode, rating }) => ({ skillCode, rating }));
    });
    if (skills.length > 0 || riasec)
      await this.recompute.execute(context.manager, { candidateId, now: this.clock.now() });
  }

  /** The results are released: a Holland code waiting for this assessment now counts, and the person is ranked again. */
  @OnEvent('ResultsReleased.v1')
  async onResultsReleased(
    @Payload() event: EventOf<'ResultsReleased.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { assessmentId, candidateId } = event.payload;
    let changed = false;
    await this.profiles.update(context.manager, candidateId, (profile) => {
      if (!profile.releasedAssessmentIds.includes(assessmentId))
        profile.releasedAssessmentIds = [...profile.releasedAssessmentIds, assessmentId];
      if (profile.pendingAssessmentId === assessmentId && profile.pendingHollandCode !== null) {
        profile.hollandCode = profile.pendingHollandCode;
        profile.pendingHollandCode = null;
        profile.pendingAssessmentId = null;
        changed = true;
      }
    });
    if (changed) await this.recompute.execute(context.manager, { candidateId, now: this.clock.now() });
  }

  /**
   * Paused, placed or exited: leads stop (the list empties); back, they are matched again. The
   * latest change wins. Recommendations stay: they describe the person, not a search in progress.
   */
  @OnEvent('CandidateStatusChanged.v1')
  async onStatusChanged(
    @Payload() event: EventOf<'CandidateStatusChanged.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, to, changedAt } = event.payload;
    const at = new Date(changedAt);
    let applies = false;
    await this.profiles.update(context.manager, candidateId, (profile) => {
      if (profile.statusChangedAt !== null && profile.statusChangedAt >= at) return;
      applies = true;
      profile.leadsHeld = isHeldStatus(to);
      profile.statusChangedAt = at;
    });
    if (applies) await this.rematch.execute(context.manager, { candidateId, now: this.clock.now() });
  }

  /** GDPR: the profile, recommendations, offer matches and feedback go. */
  @OnEvent('CandidateErased.v1')
  async onErased(
    @Payload() event: EventOf<'CandidateErased.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.profiles.erase(context.manager, event.payload.candidateId);
  }
}
