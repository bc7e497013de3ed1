import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, servesAnyOffice, type Identity } from '@passerelle/shared/auth';
import { suppressSmallGroups } from '@passerelle/pathway/domain';
import { PathwayRepository, ProgrammeTermsRepository } from '@passerelle/pathway/data-access';
import { idSchema, parseInput } from './parse-input';

/** Groups smaller than this are not shown: a sponsor must not be able to single anyone out. */
export const SUPPRESSION_THRESHOLD = 5;

const PHASE_ORDER = [
  'not_planned',
  'welcome_and_diagnostic',
  'exploring_options',
  'validating_project',
  'job_search',
  'follow_up_in_job',
  'completed',
];

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
  ) {
    parseInput(idSchema, programmeId);
    const terms = await this.terms.find(programmeId);
    if (!terms) return null;
    const allowed =
      identity.role === 'sponsor'
        ? identity.sponsorIds.includes(terms.sponsorId)
        : servesAnyOffice(identity, terms.officeIds);
    if (!allowed) return null;
    const counts = new Map(
      (await this.pathways.progressByPhase(programmeId)).map((row) => [row.phase, row.people]),
    );
    const shown = suppressSmallGroups(
      PHASE_ORDER.map((phase) => ({ group: phase, count: counts.get(phase) ?? 0 })),
      SUPPRESSION_THRESHOLD,
    );
    return {
      programmeId,
      total: shown.total,
      suppressionThreshold: SUPPRESSION_THRESHOLD,
      phases: shown.groups.map((g) => ({
        phase: g.group.toUpperCase(),
        people: g.count,
        suppressed: g.suppressed,
      })),
    };
  }
}
