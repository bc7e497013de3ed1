import { Clock } from '@passerelle/shared/clock';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { isHeldStatus, type EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import {
  CandidateProfileRepository,
  ProgrammeTitleContextRepository,
} from '@passerelle/matching/data-access';
import { searchAreaOnEnrolment } from '@passerelle/matching/domain';
import { RecomputeRecommendationsHandler } from './usecases/recompute-recommendations/recompute-recommendations.handler';
import { RematchOffersHandler } from './usecases/rematch-offers/rematch-offers.handler';
import { ResolveFormerOccupationHandler } from './usecases/resolve-former-occupation/resolve-former-occupation.handler';

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
    private readonly resolveOccupation: ResolveFormerOccupationHandler,
    private readonly programmes: ProgrammeTitleContextRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The NAF code to read the title with: the event's, unless the programme was amended after the
   * event was announced (the amendment, read first, found the person not there yet).
   */
  private async nafCodeOf(
    context: InboxContext,
    programmeId: string,
    announced: string,
    eventCode: string | null | undefined,
  ): Promise<string | null | undefined> {
    const amended = await this.programmes.amendedSince(context.manager, programmeId, new Date(announced));
    return amended ? amended.employerNafCode : eventCode;
  }

  @OnEvent('CandidateEnrolled.v1')
  async onEnrolled(
    @Payload() event: EventOf<'CandidateEnrolled.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const {
      candidateId,
      programmeId,
      formerOccupationCode,
      formerJobTitle,
      homeDepartmentCode,
      employmentZoneCode,
      service,
    } = event.payload;
    const employerNafCode = await this.nafCodeOf(
      context,
      programmeId,
      event.payload.enrolledAt,
      event.payload.employerNafCode,
    );
    const now = this.clock.now();
    await this.profiles.update(context.manager, candidateId, (profile) => {
      profile.searchDepartments = searchAreaOnEnrolment(profile.searchDepartments, homeDepartmentCode);
      profile.employmentZoneCode = employmentZoneCode ?? null;
      profile.employerNafCode = employerNafCode ?? null;
      profile.service = service ?? null;
    });
    await this.resolveOccupation.execute(context.manager, {
      candidateId,
      programmeId,
      givenCode: formerOccupationCode,
      formerJobTitle: formerJobTitle ?? null,
      context: { nafCode: employerNafCode ?? null, service: service ?? null },
      now,
    });
    await this.recompute.execute(context.manager, { candidateId, now });
  }

  /**
   * A correction file changed the former occupation (code or title, resolved again as at
   * enrolment), the home department or the employment zone: the profile follows (a search area the
   * person chose stays theirs) and the suggestions are ranked again.
   */
  @OnEvent('CandidateDetailsCorrected.v1')
  async onDetailsCorrected(
    @Payload() event: EventOf<'CandidateDetailsCorrected.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const {
      candidateId,
      programmeId,
      formerOccupationCode,
      formerJobTitle,
      homeDepartmentCode,
      employmentZoneCode,
      service,
    } = event.payload;
    const employerNafCode =
      event.payload.employerNafCode === undefined
        ? undefined
        : await this.nafCodeOf(
            context,
            programmeId,
            event.payload.correctedAt,
            event.payload.employerNafCode,
          );
    const occupation = formerOccupationCode !== undefined || formerJobTitle !== undefined;
    if (!occupation && homeDepartmentCode === undefined && employmentZoneCode === undefined) return;
    const now = this.clock.now();
    const profile = await this.profiles.update(context.manager, candidateId, (profile) => {
      if (homeDepartmentCode !== undefined)
        profile.searchDepartments = searchAreaOnEnrolment(profile.searchDepartments, homeDepartmentCode);
      if (employmentZoneCode !== undefined) profile.employmentZoneCode = employmentZoneCode;
      // The title's context travels with the title; absent (an older producer), the kept one holds.
      if (employerNafCode !== undefined) profile.employerNafCode = employerNafCode;
      if (service !== undefined) profile.service = service;
    });
    if (occupation) {
      await this.resolveOccupation.execute(context.manager, {
        candidateId,
        programmeId,
        givenCode: formerOccupationCode ?? null,
        formerJobTitle: formerJobTitle ?? null,
        context: { nafCode: profile.employerNafCode, service: profile.service },
        now,
      });
    }
    await this.recompute.execute(context.manager, { candidateId, now });
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
