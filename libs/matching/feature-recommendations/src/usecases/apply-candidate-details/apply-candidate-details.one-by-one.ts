import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventOf } from '@passerelle/shared/contracts';
import {
  CandidateProfileRepository,
  ProgrammeTitleContextRepository,
} from '@passerelle/matching/data-access';
import { searchAreaOnEnrolment } from '@passerelle/matching/domain';
import { RecomputeRecommendationsHandler } from '../recompute-recommendations/recompute-recommendations.handler';
import { ResolveFormerOccupationHandler } from '../resolve-former-occupation/resolve-former-occupation.handler';

/**
 * An enrolment or a correction applied on its own, with the per-person use cases (about 30
 * statements each): the reference `ApplyCandidateDetailsHandler` is compared with
 * (`apps/matching/src/candidate-details-batch.int-spec.ts`, `npm run bench:matching-events`).
 */
@Injectable()
export class ApplyCandidateDetailsOneByOne {
  constructor(
    private readonly profiles: CandidateProfileRepository,
    private readonly recompute: RecomputeRecommendationsHandler,
    private readonly resolveOccupation: ResolveFormerOccupationHandler,
    private readonly programmes: ProgrammeTitleContextRepository,
  ) {}

  /**
   * The NAF code to read the title with: the event's, unless the programme was amended after the
   * event was announced (the amendment, read first, found the person not there yet).
   */
  private async nafCodeOf(
    manager: EntityManager,
    programmeId: string,
    announced: string,
    eventCode: string | null | undefined,
  ): Promise<string | null | undefined> {
    const amended = await this.programmes.amendedSince(manager, programmeId, new Date(announced));
    return amended ? amended.employerNafCode : eventCode;
  }

  async enrolled(manager: EntityManager, event: EventOf<'CandidateEnrolled.v1'>, now: Date): Promise<void> {
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
      manager,
      programmeId,
      event.payload.enrolledAt,
      event.payload.employerNafCode,
    );
    await this.profiles.update(manager, candidateId, (profile) => {
      profile.searchDepartments = searchAreaOnEnrolment(profile.searchDepartments, homeDepartmentCode);
      profile.employmentZoneCode = employmentZoneCode ?? null;
      profile.employerNafCode = employerNafCode ?? null;
      profile.service = service ?? null;
    });
    await this.resolveOccupation.execute(manager, {
      candidateId,
      programmeId,
      givenCode: formerOccupationCode,
      formerJobTitle: formerJobTitle ?? null,
      context: { nafCode: employerNafCode ?? null, service: service ?? null },
      now,
    });
    await this.recompute.execute(manager, { candidateId, now });
  }

  async corrected(
    manager: EntityManager,
    event: EventOf<'CandidateDetailsCorrected.v1'>,
    now: Date,
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
            manager,
            programmeId,
            event.payload.correctedAt,
            event.payload.employerNafCode,
          );
    const occupation = formerOccupationCode !== undefined || formerJobTitle !== undefined;
    if (!occupation && homeDepartmentCode === undefined && employmentZoneCode === undefined) return;
    const profile = await this.profiles.update(manager, candidateId, (profile) => {
      if (homeDepartmentCode !== undefined)
        profile.searchDepartments = searchAreaOnEnrolment(profile.searchDepartments, homeDepartmentCode);
      if (employmentZoneCode !== undefined) profile.employmentZoneCode = employmentZoneCode;
      // The title's context travels with the title; absent (an older producer), the kept one holds.
      if (employerNafCode !== undefined) profile.employerNafCode = employerNafCode;
      if (service !== undefined) profile.service = service;
    });
    if (occupation) {
      await this.resolveOccupation.execute(manager, {
        candidateId,
        programmeId,
        givenCode: formerOccupationCode ?? null,
        formerJobTitle: formerJobTitle ?? null,
        context: { nafCode: profile.employerNafCode, service: profile.service },
        now,
      });
    }
    await this.recompute.execute(manager, { candidateId, now });
  }
}
