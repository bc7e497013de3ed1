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
  type OccupationRecommendationEntity,
  type OfferMatchEntity,
  type OfferedOccupation,
  type ReferenceView,
} from '@passerelle/matching/data-access';
import {
  demandScale,
  occupationRanker,
  rankPersonOffers,
  resolveJobTitle,
  searchAreaOnEnrolment,
  type LabourDemand,
  type OccupationRecommendation,
  type TitleContext,
  type TitleResolution,
} from '@passerelle/matching/domain';
import { profileToDomain } from '../../profile.mapper';
import {
  RECOMMENDATIONS_PER_PERSON,
  recommendationRow,
} from '../recompute-recommendations/recompute-recommendations.handler';
import { OFFERS_PER_PERSON, toDomainOffer } from '../rematch-offers/rematch-offers.handler';
import type { ApplyCandidateDetailsCommand, CandidateDetailsEvent } from './apply-candidate-details.command';

/** What a person's event asks of the title resolver (as `ResolveFormerOccupationCommand`). */
interface Resolution {
  programmeId: string;
  givenCode: string | null;
  formerJobTitle: string | null;
  context: TitleContext;
}

/** What a batch computes once for the people who share it (pure functions of their keys). */
interface BatchMemo {
  titles: Map<string, TitleResolution>;
  /** What each profile alone decides of its ranking. */
  rankers: Map<string, ReturnType<typeof occupationRanker>>;
  /** By the area's demand (one map per area and release), then by the person's profile. */
  rankings: Map<ReadonlyMap<string, LabourDemand>, Map<string, OccupationRecommendation[]>>;
}

/** A person's part of a round: their event, and what it produced to write and announce. */
interface Step {
  event: CandidateDetailsEvent;
  profile: CandidateProfileEntity;
  /** Their recommendations when ranked again (stored and announced), else null. */
  recommendations: OccupationRecommendationEntity[] | null;
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
    const memo: BatchMemo = { titles: new Map(), rankers: new Map(), rankings: new Map() };
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
      return { event, profile, recommendations: null, announced: [] };
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

    // The recommendations (RecomputeRecommendationsHandler's rules).
    const ids = steps.map((step) => step.event.payload.candidateId);
    const recommended = await this.profiles.withRecommendations(manager, ids);
    await view.prepare(steps.map((step) => step.profile));
    const rows: OccupationRecommendationEntity[] = [];
    for (const step of steps) {
      const { profile } = step;
      const { candidateId } = profile;
      const demand = view.demandForArea(view.localArea(profile).area);
      // The ranking is a pure function of the person's profile and their area's demand: people
      // enrolled together often share a profile (a former occupation, nothing else known yet), and
      // an area too. What the profile alone decides is worked out once (`occupationRanker`), each
      // area's ranking of it once.
      const rankingKey = JSON.stringify(profileToDomain(profile));
      const byProfile = memo.rankings.get(demand) ?? new Map<string, OccupationRecommendation[]>();
      memo.rankings.set(demand, byProfile);
      let list = byProfile.get(rankingKey);
      if (!list) {
        let ranker = memo.rankers.get(rankingKey);
        if (!ranker) {
          ranker = occupationRanker(profileToDomain(profile), snapshot, {
            limit: RECOMMENDATIONS_PER_PERSON,
          });
          memo.rankers.set(rankingKey, ranker);
        }
        list = ranker({ demandFor: (code) => demand.get(code) ?? null, demandScale: demandScale(demand) });
        byProfile.set(rankingKey, list);
      }
      if (list.length === 0 && !recommended.has(candidateId)) continue;
      const personRows = list.map((r) => recommendationRow(candidateId, r, now));
      rows.push(...personRows);
      step.recommendations = personRows;
      this.announce(step, () =>
        createEvent('OccupationsRecommended.v1', candidateId, {
          candidateId,
          computedAt: now.toISOString(),
          recommendations: list.map((r) => ({
            occupationCode: r.occupationCode,
            rank: r.rank,
            score: r.score,
            proximity: r.proximity,
          })),
        }),
      );
    }
    const rematched = steps.filter((step) => step.recommendations !== null);
    await this.profiles.replaceRecommendationsOf(
      manager,
      rematched.map((step) => step.profile.candidateId),
      rows,
    );

    // The offers of those ranked again (RematchOffersHandler's rules).
    const rematchIds = rematched.map((step) => step.profile.candidateId);
    const previous = await this.profiles.offerMatchesOf(manager, rematchIds);
    const feedback = await this.profiles.feedbackOf(manager, rematchIds);
    const searching = rematched.filter((step) => !step.profile.leadsHeld);
    // Each person's (occupation, department) pairs, or occupations anywhere for those searching
    // anywhere: the offers someone of the batch can get, in one statement.
    const anywhere = new Set<string>();
    const pairs = new Set<string>();
    for (const { profile, recommendations } of searching)
      for (const code of targetsOf(profile, recommendations ?? []))
        if (profile.searchDepartments.length === 0) anywhere.add(code);
        else for (const department of profile.searchDepartments) pairs.add(`${code} ${department}`);
    const offers = await this.profiles.liveOffersAmong(
      manager,
      [...anywhere],
      [...pairs].map((pair) => pair.split(' ') as [string, string]),
      now.toISOString().slice(0, 10),
    );
    const offersByOccupation = new Map<string, typeof offers>();
    for (const offer of offers)
      offersByOccupation.set(offer.occupationCode, [
        ...(offersByOccupation.get(offer.occupationCode) ?? []),
        offer,
      ]);
    const matchRows: OfferMatchEntity[] = [];
    const replaced: string[] = [];
    for (const step of rematched) {
      const { profile } = step;
      const { candidateId } = profile;
      const before = previous.get(candidateId) ?? [];
      let list: OfferMatchEntity[] | null;
      if (profile.leadsHeld) {
        list = before.length === 0 ? null : [];
      } else {
        const recommendations = step.recommendations ?? [];
        const area = profile.searchDepartments.length > 0 ? new Set(profile.searchDepartments) : null;
        const codes = targetsOf(profile, recommendations);
        const live = [...codes]
          .flatMap((code) => offersByOccupation.get(code) ?? [])
          .filter((offer) => !area || area.has(offer.departmentCode));
        const result = rankPersonOffers(
          {
            candidateId,
            profile: profileToDomain(profile),
            recommendations,
            projectTargets: profile.projectTargetCodes,
            feedback: feedback.get(candidateId) ?? [],
            searchDepartments: profile.searchDepartments,
            offers: live.map(toDomainOffer),
            previous: before,
          },
          snapshot,
          OFFERS_PER_PERSON,
        );
        list = result && result.map((offer) => ({ candidateId, ...offer, computedAt: now }));
      }
      if (!list) continue;
      replaced.push(candidateId);
      matchRows.push(...list);
      const offersMatched = list.map((row) => ({ offerId: row.offerId, rank: row.rank, score: row.score }));
      this.announce(step, () =>
        createEvent('OffersMatched.v1', candidateId, {
          candidateId,
          computedAt: now.toISOString(),
          offers: offersMatched,
        }),
      );
    }
    await this.profiles.replaceOfferMatchesOf(manager, replaced, matchRows);
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

/** The occupations a person's leads are searched in: their project's targets and their suggestions. */
function targetsOf(
  profile: CandidateProfileEntity,
  recommendations: readonly OccupationRecommendationEntity[],
): Set<string> {
  return new Set([...profile.projectTargetCodes, ...recommendations.map((r) => r.occupationCode)]);
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
