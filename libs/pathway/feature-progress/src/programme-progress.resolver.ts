import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { sponsorSuppression } from '@passerelle/shared/disclosure';
import { parseInput, toGraphQLEnum } from '@passerelle/shared/graphql';
import type { ProgrammePathwayProgress } from '@passerelle/pathway/graphql-types';
import { invalidProgressInput } from './progress.error';
import { ReadProgrammeProgressHandler } from './usecases/read-programme-progress/read-programme-progress.handler';
import { readProgrammeProgressSchema } from './usecases/read-programme-progress/read-programme-progress.query';

@Resolver('ProgrammePathwayProgress')
export class ProgrammeProgressResolver {
  constructor(private readonly progress: ReadProgrammeProgressHandler) {}

  @Query('programmePathwayProgress')
  @Roles('sponsor', 'ops')
  async programmePathwayProgress(
    @Args('programmeId') programmeId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<ProgrammePathwayProgress | null> {
    const query = parseInput(readProgrammeProgressSchema, { programmeId }, invalidProgressInput);
    const shown = await this.progress.execute(identity, query);
    if (!shown) return null;
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
