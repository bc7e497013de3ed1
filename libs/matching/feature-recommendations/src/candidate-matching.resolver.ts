import { Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import {
  CandidateProfileRepository,
  FormerOccupationConfirmationRepository,
  JobOfferRepository,
  ReferenceCatalogueCache,
  ReferenceRepository,
} from '@passerelle/matching/data-access';
import { demandScale, hiddenMarket } from '@passerelle/matching/domain';
import type {
  FormerOccupationConfirmation,
  HiddenMarketOccupation,
  LocalDemand,
  OccupationRecommendation,
  OfferMatch,
  SuggestedCertification,
} from '@passerelle/matching/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';
import { CandidateAccess } from './candidate-access';
import { toRecommendationObject } from './occupation-recommendation.object';
import { toOfferMatchObject } from './offer-match.object';
import { EXTRAS, RecommendationExtras, type WithExtras } from './recommendation-extras';
import { toConfirmationObject } from './former-occupation-confirmation.object';

/** Matching's part of the federated Candidate. A sponsor never reaches individual matching data. */
@Resolver('Candidate')
export class CandidateMatchingResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccess,
    private readonly profiles: CandidateProfileRepository,
    private readonly offers: JobOfferRepository,
    private readonly reference: ReferenceCatalogueCache,
    private readonly referenceTables: ReferenceRepository,
    private readonly confirmations: FormerOccupationConfirmationRepository,
  ) {}

  @ResolveField('formerOccupationConfirmation')
  @Roles('candidate', 'coach', 'ops')
  async formerOccupationConfirmation(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<FormerOccupationConfirmation | null> {
    if (!(await this.access.canRead(identity, candidate.id))) return null;
    const row = await this.confirmations.find(this.dataSource.manager, candidate.id);
    return row && toConfirmationObject(row);
  }

  @ResolveReference()
  @Roles('candidate', 'coach', 'ops')
  resolveReference(reference: { id: string }): { id: string } {
    return { id: reference.id };
  }

  @ResolveField('recommendations')
  @Roles('candidate', 'coach', 'ops')
  async recommendations(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<WithExtras<Omit<OccupationRecommendation, 'localDemand' | 'certifications'>>[]> {
    if (!(await this.access.canRead(identity, candidate.id))) return [];
    const rows = await this.profiles.recommendations(this.dataSource.manager, candidate.id);
    if (rows.length === 0) return [];
    const { catalogue } = await this.reference.get();
    const profile = await this.profiles.find(this.dataSource.manager, candidate.id);
    const extras = new RecommendationExtras(
      this.dataSource,
      this.reference,
      this.referenceTables,
      profile,
      rows,
      catalogue,
    );
    return rows.map((row) => ({ ...toRecommendationObject(row, catalogue), [EXTRAS]: extras }));
  }

  @ResolveField('matches')
  @Roles('candidate', 'coach', 'ops')
  async matches(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<OfferMatch[]> {
    if (!(await this.access.canRead(identity, candidate.id))) return [];
    const rows = await this.profiles.offerMatches(this.dataSource.manager, candidate.id);
    const offers = new Map(
      (
        await this.offers.findMany(
          this.dataSource.manager,
          rows.map((r) => r.offerId),
        )
      ).map((o) => [o.id, o]),
    );
    return rows.flatMap((row) => {
      const offer = offers.get(row.offerId);
      return offer ? [toOfferMatchObject(row, offer)] : [];
    });
  }

  @ResolveField('hiddenMarket')
  @Roles('candidate', 'coach', 'ops')
  async hiddenMarket(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<HiddenMarketOccupation[]> {
    if (!(await this.access.canRead(identity, candidate.id))) return [];
    const manager = this.dataSource.manager;
    const profile = await this.profiles.find(manager, candidate.id);
    if (!profile) return [];
    const rows = await this.profiles.recommendations(manager, candidate.id);
    const { area } = await this.reference.localArea(profile, manager);
    const demand = await this.reference.demandForArea(area, manager);
    return hiddenMarket(
      rows.map((r) => ({
        occupationCode: r.occupationCode,
        label: r.label,
        proximity: r.proximity,
      })),
      (code) => demand.get(code) ?? null,
      demandScale(demand),
    ).map((entry) => ({ ...entry, proximity: toGraphQLEnum(entry.proximity) }));
  }
}

/** A recommendation's fields read beyond the stored row (its item came from `Candidate.recommendations`, already scoped). */
@Resolver('OccupationRecommendation')
export class OccupationRecommendationResolver {
  @ResolveField('localDemand')
  @Roles('candidate', 'coach', 'ops')
  async localDemand(@Parent() recommendation: WithExtras<{ occupationCode: string }>): Promise<LocalDemand> {
    return recommendation[EXTRAS].localDemand(recommendation.occupationCode);
  }

  @ResolveField('certifications')
  @Roles('candidate', 'coach', 'ops')
  async certifications(
    @Parent() recommendation: WithExtras<{ occupationCode: string }>,
  ): Promise<SuggestedCertification[]> {
    return recommendation[EXTRAS].certificationsFor(recommendation.occupationCode);
  }
}
