import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { createEvent } from '@passerelle/shared/messaging';
import {
  CandidateProfileRepository,
  type CandidateProfileEntity,
  type OccupationRecommendationEntity,
  type OfferMatchEntity,
  type ReferenceView,
} from '@passerelle/matching/data-access';
import {
  demandScale,
  occupationRanker,
  rankPersonOffers,
  type LabourDemand,
  type OccupationRecommendation,
} from '@passerelle/matching/domain';
import { profileToDomain } from '../../profile.mapper';
import { OFFERS_PER_PERSON, toDomainOffer } from '../rematch-offers/rematch-offers.handler';
import { RECOMMENDATIONS_PER_PERSON, recommendationRow } from './recompute-recommendations.handler';

/** What a batch ranks once for the people who share it (pure functions of their keys). */
export interface RankingMemo {
  /** What each profile alone decides of its ranking. */
  rankers: Map<string, ReturnType<typeof occupationRanker>>;
  /** By the area's demand (one map per area and release), then by the person's profile. */
  rankings: Map<ReadonlyMap<string, LabourDemand>, Map<string, OccupationRecommendation[]>>;
}

export const newRankingMemo = (): RankingMemo => ({ rankers: new Map(), rankings: new Map() });

/** A person of the batch to rank again: their locked profile, and how to announce what it caused. */
export interface PersonToRank {
  profile: CandidateProfileEntity;
  /** Their recommendations once ranked again (stored and announced), else null. */
  recommendations: OccupationRecommendationEntity[] | null;
  announce(create: () => unknown): void;
}

/**
 * `RecomputeRecommendationsHandler` for many people at once (an enrolment batch, a programme's
 * amendment): each person's suggestions ranked as one at a time, a profile's ranking worked out
 * once per area, the suggestions and the offers of all written with one or two statements per
 * table; the events handed to each person's `announce`. The profiles are locked by the caller.
 */
@Injectable()
export class RecomputeRecommendationsForMany {
  constructor(private readonly profiles: CandidateProfileRepository) {}

  async execute(
    manager: EntityManager,
    steps: readonly PersonToRank[],
    view: ReferenceView,
    memo: RankingMemo,
    now: Date,
  ): Promise<void> {
    const { snapshot } = view;
    // The recommendations (RecomputeRecommendationsHandler's rules).
    const ids = steps.map((step) => step.profile.candidateId);
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
      step.announce(() =>
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
      step.announce(() =>
        createEvent('OffersMatched.v1', candidateId, {
          candidateId,
          computedAt: now.toISOString(),
          offers: offersMatched,
        }),
      );
    }
    await this.profiles.replaceOfferMatchesOf(manager, replaced, matchRows);
  }
}

/** The occupations a person's leads are searched in: their project's targets and their suggestions. */
function targetsOf(
  profile: CandidateProfileEntity,
  recommendations: readonly OccupationRecommendationEntity[],
): Set<string> {
  return new Set([...profile.projectTargetCodes, ...recommendations.map((r) => r.occupationCode)]);
}
