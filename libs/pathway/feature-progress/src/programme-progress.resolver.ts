import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, servesAnyOffice, type Identity } from '@passerelle/shared/auth';
import { peoplePerBucket } from '@passerelle/pathway/domain';
import { PathwayRepository, ProgrammeTermsRepository } from '@passerelle/pathway/data-access';
import { sponsorSuppression, suppressList } from '@passerelle/shared/disclosure';
import { parseInput, toGraphQLEnum } from '@passerelle/shared/graphql';
import type { ProgrammePathwayProgress } from '@passerelle/pathway/graphql-types';
import { z } from 'zod';
import { invalidProgressInput } from './progress.error';

const idSchema = z.uuid('must be an id (uuid)');

@Resolver('ProgrammePathwayProgress')
export class ProgrammeProgressResolver {
  constructor(
    private readonly pathways: PathwayRepository,
    private readonly terms: ProgrammeTermsRepository,
  ) {}

  @Query('programmePathwayProgress')
  @Roles('sponsor', 'ops')
  async programmePathwayProgress(
    @Args('programmeId') programmeId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<ProgrammePathwayProgress | null> {
    parseInput(idSchema, programmeId, invalidProgressInput);
    const terms = await this.terms.find(programmeId);
    if (!terms) return null;
    const allowed =
      identity.role === 'sponsor'
        ? identity.sponsorIds.includes(terms.sponsorId)
        : servesAnyOffice(identity, terms.officeIds);
    if (!allowed) return null;
    const buckets = peoplePerBucket(await this.pathways.peopleByStatusAndPhase(programmeId));
    // The platform's disclosure control (docs/decisions/0012), for ops as for sponsors; default k.
    const shown = suppressList(buckets.map(({ bucket, people }) => ({ key: bucket, count: people })));
    return {
      programmeId,
      total: shown.total.count,
      totalSuppression: sponsorSuppression(shown.total.suppressed),
      suppressionThreshold: shown.k,
      phases: shown.cells.map((cell) => ({
        phase: toGraphQLEnum(cell.key),
        people: cell.count,
        suppressed: cell.suppressed !== null,
        suppression: sponsorSuppression(cell.suppressed),
      })),
    };
  }
}
