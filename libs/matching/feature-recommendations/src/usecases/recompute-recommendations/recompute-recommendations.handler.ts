import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  CandidateProfileRepository,
  ReferenceCatalogueCache,
  type OccupationRecommendationEntity,
} from '@passerelle/matching/data-access';
import { demandScale, rankOccupations, type OccupationRecommendation } from '@passerelle/matching/domain';
import { profileToDomain } from '../../profile.mapper';
import type { RecomputeRecommendationsCommand } from './recompute-recommendations.command';
import { RematchOffersHandler } from '../rematch-offers/rematch-offers.handler';

export const RECOMMENDATIONS_PER_PERSON = 20;

/** A ranked occupation as the row that stores it for the person (one path per person, one per batch). */
export function recommendationRow(
  candidateId: string,
  r: OccupationRecommendation,
  now: Date,
): OccupationRecommendationEntity {
  return {
    id: randomUUID(),
    candidateId,
    occupationCode: r.occupationCode,
    rank: r.rank,
    computedAt: now,
    label: r.label,
    score: r.score,
    proximity: r.proximity,
    explanation: r.explanation,
    explanationEn: r.explanationEn,
    levelStep: r.levelStep,
    sharedSkillCodes: r.sharedSkillCodes,
    missingSkillCodes: r.missingSkillCodes,
    mobilityOrder: r.mobilityOrder,
    components: { ...r.components },
  };
}

/**
 * Re-ranks a person's target occupations from their profile, stores them with explanations,
 * announces OccupationsRecommended, then re-matches their offers: all in the caller's transaction.
 */
@Injectable()
export class RecomputeRecommendationsHandler {
  constructor(
    private readonly profiles: CandidateProfileRepository,
    private readonly reference: ReferenceCatalogueCache,
    private readonly outbox: OutboxWriter,
    private readonly rematch: RematchOffersHandler,
  ) {}

  async execute(
    manager: EntityManager,
    { candidateId, now }: RecomputeRecommendationsCommand,
  ): Promise<void> {
    const profile = await this.profiles.findForUpdate(manager, candidateId);
    if (!profile) return;
    const snapshot = await this.reference.get(manager);
    // Matching knows no address: the person's employment zone while they search at home, else
    // their search area, else France (the score reads the same figures, from a finer area).
    const { area } = await this.reference.localArea(profile, manager);
    const demand = await this.reference.demandForArea(area, manager);
    const ranked = rankOccupations(
      profileToDomain(profile),
      {
        catalogue: snapshot.catalogue,
        skills: snapshot.skills,
        demandFor: (code) => demand.get(code) ?? null,
        demandScale: demandScale(demand),
        mobility: snapshot.mobility,
      },
      { limit: RECOMMENDATIONS_PER_PERSON },
    );
    const previous = await this.profiles.recommendations(manager, candidateId);
    if (ranked.length === 0 && previous.length === 0) return;
    const rows = ranked.map((r) => recommendationRow(candidateId, r, now));
    await this.profiles.replaceRecommendations(manager, candidateId, rows);
    await this.outbox.emit(manager, 'OccupationsRecommended.v1', candidateId, {
      candidateId,
      computedAt: now.toISOString(),
      recommendations: ranked.map((r) => ({
        occupationCode: r.occupationCode,
        rank: r.rank,
        score: r.score,
        proximity: r.proximity,
      })),
    });
    await this.rematch.execute(manager, { candidateId, now });
  }
}
