import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AnyEvent } from '@passerelle/shared/contracts';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import { currentContext, runWithContext } from '@passerelle/shared/observability';
import {
  CandidateProfileRepository,
  FormerOccupationConfirmationRepository,
  ProgrammeTitleContextRepository,
  ReferenceCatalogueCache,
  type CandidateProfileEntity,
  type OfferedOccupation,
  type ReferenceView,
} from '@passerelle/matching/data-access';
import {
  resolveJobTitle,
  searchAreaOnEnrolment,
  type TitleContext,
  type TitleResolution,
} from '@passerelle/matching/domain';
import {
  newRankingMemo,
  RecomputeRecommendationsForMany,
  type PersonToRank,
  type RankingMemo,
} from '../recompute-recommendations/recompute-recommendations.for-many';
import type { ApplyCandidateDetailsCommand, CandidateDetailsEvent } from './apply-candidate-details.command';

/** What a person's event asks of the title resolver (as `ResolveFormerOccupationCommand`). */
interface Resolution {
  programmeId: string;
  givenCode: string | null;
  formerJobTitle: string | null;
  context: TitleContext;
}

/** What a batch computes once for the people who share it (pure functions of their keys). */
interface BatchMemo extends RankingMemo {
  titles: Map<string, TitleResolution>;
}

/** A person's part of a round: their event, and what it produced to write and announce. */
interface Step {
  event: CandidateDetailsEvent;
  profile: CandidateProfileEntity;
  announced: AnyEvent[];
}

/**
 * Intake's enrolments and corrections per Kafka batch (decision 0035, issue 16): what
 * `ApplyCandidateDetailsOneByOne` does for each person (profile, former occupation, recommendations,
 * offers), with the reference read once (`ReferenceCatalogueCache.view`: one release check, zones and
 * areas from memory) and each table written in one or two set-based statements for the batch, the
 * events in one outbox statement. A person's events apply in their order: a person twice in the
 * batch is applied in rounds (each round has each person at most once). The tables and events are
 * those of the one-by-one path (`candidate-details-batch.int-spec.ts`), each event caused by its own.
 */
@Injectable()
export class ApplyCandidateDetailsHandler {
  constructor(
    private readonly profiles: CandidateProfileRepository,
    private readonly confirmations: FormerOccupationConfirmationRepository,
    private readonly reference: ReferenceCatalogueCache,
    private readonly outbox: OutboxWriter,
    private readonly programmes: ProgrammeTitleContextRepository,
    private readonly recomputeMany: RecomputeRecommendationsForMany,
  ) {}

  async execute(manager: EntityManager, { events, now }: ApplyCandidateDetailsCommand): Promise<void> {
    // A correction of nothing matching keeps (languages only, say) changes nothing, as one at a time.
    const effective = events.filter(changesMatching);
    if (effective.length === 0) return;
    const view = await this.reference.view(manager);
    const amendments = await this.programmes.amendmentsOf(
      manager,
      effective.map((event) => event.payload.programmeId),
    );
    const memo: BatchMemo = { titles: new Map(), ...newRankingMemo() };
    const announced: AnyEvent[] = [];
    for (const round of rounds(effective))
      announced.push(...(await this.applyRound(manager, round, view, memo, amendments, now)));
    await this.outbox.append(manager, announced);
  }

  private async applyRound(
    manager: EntityManager,
    events: readonly CandidateDetailsEvent[],
    view: ReferenceView,
    memo: BatchMemo,
    amendments: Amendments,
    now: Date,
  ): Promise<AnyEvent[]> {
    const { snapshot } = view;
    const profiles = await this.profiles.updateMany(
      manager,
      events.map((event) => event.payload.candidateId),
    );
    const steps: Step[] = events.map((event) => {
      const profile = profiles.get(event.payload.candidateId);
      if (!profile) throw new Error(`profile ${event.payload.candidateId} was not created`);
      return { event, profile, announced: [] };
    });

    // The profile, then the former occupation (ResolveFormerOccupationHandler's rules).
    const closed: string[] = [];
    const opened: Parameters<FormerOccupationConfirmationRepository['replaceMany']>[2][number][] = [];
    for (const step of steps) {
      const resolution = changeProfile(step.event, step.profile, amendments);
      if (!resolution) continue;
      const { candidateId } = step.event.payload;
      const { programmeId, givenCode, formerJobTitle, context } = resolution;
      // Kept to read the title again when the programme's NAF code changes (ReResolveFormerOccupations).
      step.profile.programmeId = programmeId;
      step.profile.formerJobTitle = formerJobTitle?.trim() || null;
      closed.push(candidateId);
      if (givenCode) {
        step.profile.formerOccupationCode = givenCode;
        step.profile.formerOccupationSource = 'given';
        continue;
      }
      // An HR file repeats its titles: each title in its context is resolved once per batch.
      const titleKey = JSON.stringify([formerJobTitle, context.nafCode ?? null, context.service ?? null]);
      let resolved = memo.titles.get(titleKey);
      if (!resolved) {
        resolved = resolveJobTitle(snapshot.titles, formerJobTitle, undefined, context);
        memo.titles.set(titleKey, resolved);
      }
      if (resolved.outcome === 'automatic') {
        step.profile.formerOccupationCode = resolved.romeCode;
        step.profile.formerOccupationSource = 'automatic';
        this.announce(step, () =>
          createEvent('FormerOccupationResolved.v1', candidateId, {
            candidateId,
            programmeId,
            romeCode: resolved.romeCode,
            how: 'automatic',
            confidence: resolved.confidence,
            resolvedAt: now.toISOString(),
          }),
        );
        continue;
      }
      step.profile.formerOccupationCode = null;
      step.profile.formerOccupationSource = null;
      if (resolved.outcome === 'none' || !formerJobTitle) continue;
      opened.push({
        candidateId,
        programmeId,
        formerJobTitle: formerJobTitle.trim(),
        candidates: resolved.candidates.map((match): OfferedOccupation => ({
          romeCode: match.romeCode,
          label: snapshot.catalogue.byCode.get(match.romeCode)?.label ?? match.titleLabel,
          confidence: match.confidence,
        })),
        createdAt: now,
      });
    }
    await this.profiles.saveDetails(
      manager,
      steps.map((step) => step.profile),
      now,
    );
    await this.confirmations.replaceMany(manager, closed, opened);

    // The recommendations and offers (RecomputeRecommendationsHandler's rules), for the batch.
    const people = steps.map((step): PersonToRank => ({
      profile: step.profile,
      recommendations: null,
      announce: (create) => this.announce(step, create),
    }));
    await this.recomputeMany.execute(manager, people, view, memo, now);
    return steps.flatMap((step) => step.announced);
  }

  /** An event the person's own event caused (a run is applied under its first event's context). */
  private announce(step: Step, create: () => unknown): void {
    const { eventId, correlationId } = step.event;
    const traceparent = currentContext()?.traceparent ?? null;
    step.announced.push(
      runWithContext({ correlationId, causationId: eventId, traceparent }, create) as AnyEvent,
    );
  }
}

/** Whether the event changes anything matching keeps: a correction may carry only other details. */
function changesMatching(event: CandidateDetailsEvent): boolean {
  if (event.type === 'CandidateEnrolled') return true;
  const { formerOccupationCode, formerJobTitle, homeDepartmentCode, employmentZoneCode } = event.payload;
  return (
    formerOccupationCode !== undefined ||
    formerJobTitle !== undefined ||
    homeDepartmentCode !== undefined ||
    employmentZoneCode !== undefined
  );
}

/**
 * Applies the event to the profile (as `ApplyCandidateDetailsOneByOne`) and says what the title
 * resolver is to do, or null when the former occupation is not concerned.
 */
function changeProfile(
  event: CandidateDetailsEvent,
  profile: CandidateProfileEntity,
  amendments: Amendments,
): Resolution | null {
  if (event.type === 'CandidateEnrolled') {
    const p = event.payload;
    const employerNafCode = nafCodeOf(amendments, p.programmeId, p.enrolledAt, p.employerNafCode);
    profile.searchDepartments = searchAreaOnEnrolment(profile.searchDepartments, p.homeDepartmentCode);
    profile.employmentZoneCode = p.employmentZoneCode ?? null;
    profile.employerNafCode = employerNafCode ?? null;
    profile.service = p.service ?? null;
    return {
      programmeId: p.programmeId,
      givenCode: p.formerOccupationCode,
      formerJobTitle: p.formerJobTitle ?? null,
      context: { nafCode: employerNafCode ?? null, service: p.service ?? null },
    };
  }
  const p = event.payload;
  const employerNafCode =
    p.employerNafCode === undefined
      ? undefined
      : nafCodeOf(amendments, p.programmeId, p.correctedAt, p.employerNafCode);
  if (p.homeDepartmentCode !== undefined)
    profile.searchDepartments = searchAreaOnEnrolment(profile.searchDepartments, p.homeDepartmentCode);
  if (p.employmentZoneCode !== undefined) profile.employmentZoneCode = p.employmentZoneCode;
  if (employerNafCode !== undefined) profile.employerNafCode = employerNafCode;
  if (p.service !== undefined) profile.service = p.service;
  if (p.formerOccupationCode === undefined && p.formerJobTitle === undefined) return null;
  return {
    programmeId: p.programmeId,
    givenCode: p.formerOccupationCode ?? null,
    formerJobTitle: p.formerJobTitle ?? null,
    context: { nafCode: profile.employerNafCode, service: profile.service },
  };
}

/** The last NAF code amendment of each programme of the batch (decision 0039). */
type Amendments = ReadonlyMap<string, { employerNafCode: string | null; amendedAt: Date }>;

/**
 * The NAF code to read the title with: the event's, unless the programme was amended after the
 * event was announced (the amendment, applied first, found the person not there yet).
 */
function nafCodeOf(
  amendments: Amendments,
  programmeId: string,
  announced: string,
  eventCode: string | null | undefined,
): string | null | undefined {
  const amendment = amendments.get(programmeId);
  return amendment && amendment.amendedAt > new Date(announced) ? amendment.employerNafCode : eventCode;
}

/** The events in rounds: each person at most once per round, a person's events in their order. */
function rounds(events: readonly CandidateDetailsEvent[]): CandidateDetailsEvent[][] {
  const result: CandidateDetailsEvent[][] = [];
  const seen = new Map<string, number>();
  for (const event of events) {
    const round = seen.get(event.payload.candidateId) ?? 0;
    seen.set(event.payload.candidateId, round + 1);
    (result[round] ??= []).push(event);
  }
  return result;
}
