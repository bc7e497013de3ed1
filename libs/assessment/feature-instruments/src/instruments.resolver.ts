import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, servesAnyOffice, type Identity } from '@passerelle/shared/auth';
import { AssessmentRepository, InstrumentRepository } from '@passerelle/assessment/data-access';
import { languageOf, toAssessmentCompletion } from '@passerelle/assessment/domain';
import type { AssessmentCompletion } from '@passerelle/assessment/graphql-types';
import { toInstrumentObject, type GraphQLLanguage, type InstrumentObject } from './instrument.object';
import { ProgrammeScopeReader } from './programme-scope.reader';

@Resolver('Instrument')
export class InstrumentsResolver {
  constructor(
    private readonly instruments: InstrumentRepository,
    private readonly sessions: AssessmentRepository,
    private readonly programmes: ProgrammeScopeReader,
  ) {}

  @Query('instruments')
  @Roles('candidate', 'coach', 'ops')
  async list(): Promise<InstrumentObject[]> {
    return (await this.instruments.listLatest()).map(toInstrumentObject);
  }

  @ResolveField('title')
  @Roles('candidate', 'coach', 'ops')
  title(
    @Parent() instrument: InstrumentObject,
    @Args('language') language: GraphQLLanguage | undefined,
  ): string {
    return instrument.titles[languageOf(language)];
  }

  /** Completion counts per programme: ops of its offices, and its sponsor through disclosure control. */
  @Query('assessmentCompletion')
  @Roles('ops', 'sponsor')
  async assessmentCompletion(
    @Args('programmeId') programmeId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<AssessmentCompletion[]> {
    const programme = await this.programmes.find(programmeId);
    if (!programme) return [];
    const allowed =
      identity.role === 'sponsor'
        ? identity.sponsorIds.includes(programme.sponsorId)
        : servesAnyOffice(identity, programme.officeIds);
    if (!allowed) return [];
    const [catalogue, { counts, people }] = await Promise.all([
      this.instruments.listLatest(),
      this.sessions.completionCounts(programmeId),
    ]);
    return toAssessmentCompletion(
      identity.role === 'sponsor' ? 'sponsor' : 'ops',
      catalogue.map((instrument) => instrument.code),
      counts,
      people,
    );
  }
}
