import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, servesAnyOffice, type Identity } from '@passerelle/shared/auth';
import { AssessmentRepository, InstrumentRepository } from '@passerelle/assessment/data-access';
import type { Localised } from '@passerelle/assessment/domain';
import { languageOf, toInstrumentObject, type GraphQLLanguage } from './assessment.object';
import { ProgrammeScopeReader } from './programme-scope.reader';

/** Sponsors see a count only when at least this many people are in it. */
export const SMALL_GROUP = 5;

@Resolver('Instrument')
export class InstrumentsResolver {
  constructor(
    private readonly instruments: InstrumentRepository,
    private readonly sessions: AssessmentRepository,
    private readonly programmes: ProgrammeScopeReader,
  ) {}

  @Query('instruments')
  @Roles('candidate', 'coach', 'ops')
  async list() {
    return (await this.instruments.listLatest()).map(toInstrumentObject);
  }

  @ResolveField('title')
  @Roles('candidate', 'coach', 'ops')
  title(
    @Parent() instrument: { titles: Localised },
    @Args('language') language: GraphQLLanguage | undefined,
  ): string {
    return instrument.titles[languageOf(language)];
  }

  /** Completion counts per programme: ops of its offices, and its sponsor with small groups hidden. */
  @Query('assessmentCompletion')
  @Roles('ops', 'sponsor')
  async assessmentCompletion(
    @Args('programmeId') programmeId: string,
    @CurrentIdentity() identity: Identity,
  ) {
    const programme = await this.programmes.find(programmeId);
    if (!programme) return [];
    const allowed =
      identity.role === 'sponsor'
        ? identity.sponsorIds.includes(programme.sponsorId)
        : servesAnyOffice(identity, programme.officeIds);
    if (!allowed) return [];
    const shown = (count: number) =>
      identity.role === 'sponsor' && count > 0 && count < SMALL_GROUP ? null : count;
    const byInstrument = new Map<string, Record<string, number>>();
    for (const row of await this.sessions.completionCounts(programmeId)) {
      const counts = byInstrument.get(row.instrumentCode) ?? {};
      counts[row.status] = row.count;
      byInstrument.set(row.instrumentCode, counts);
    }
    return [...byInstrument].map(([instrumentCode, counts]) => ({
      instrumentCode,
      assigned: shown(counts['assigned'] ?? 0),
      inProgress: shown(counts['in_progress'] ?? 0),
      completed: shown(counts['completed'] ?? 0),
      released: shown(counts['released'] ?? 0),
    }));
  }
}
