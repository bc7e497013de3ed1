import 'reflect-metadata';
import { Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, resolverMethodsWithoutAccessRule } from '@passerelle/shared/auth';
import { ASSESSMENT_RESOLVERS } from '@passerelle/assessment/feature-candidates';
import { INTAKE_RESOLVERS } from '@passerelle/intake/feature-enrollment';
import { IMPORT_RESOLVERS } from '@passerelle/intake/feature-import';
import { MATCHING_RESOLVERS } from '@passerelle/matching/feature-candidates';
import { PATHWAY_RESOLVERS } from '@passerelle/pathway/feature-planning';
import { ASSIGNMENT_RESOLVERS } from '@passerelle/scheduling/feature-assignment';
import { DIRECTORY_RESOLVERS } from '@passerelle/scheduling/feature-directory';
import { SESSIONS_RESOLVERS } from '@passerelle/scheduling/feature-sessions';

describe('every resolver declares who may call it', () => {
  it.each([
    ['intake', INTAKE_RESOLVERS],
    ['intake import', IMPORT_RESOLVERS],
    ['assessment', ASSESSMENT_RESOLVERS],
    ['pathway', PATHWAY_RESOLVERS],
    ['matching', MATCHING_RESOLVERS],
    ['scheduling directory', DIRECTORY_RESOLVERS],
    ['scheduling assignment', ASSIGNMENT_RESOLVERS],
    ['scheduling sessions', SESSIONS_RESOLVERS],
  ])('%s', (_service, resolvers) => {
    expect(resolvers.length).toBeGreaterThan(0);
    expect(resolverMethodsWithoutAccessRule(resolvers)).toEqual([]);
  });

  it('finds a query and a field resolver that forgot their rule', () => {
    @Resolver('Probe')
    class ProbeResolver {
      @Query('guarded')
      @Roles('ops')
      guarded(): string {
        return 'ok';
      }

      @Query('forgotten')
      forgotten(): string {
        return 'leak';
      }

      @ResolveField('alsoForgotten')
      alsoForgotten(): string {
        return 'leak';
      }
    }
    expect(resolverMethodsWithoutAccessRule([ProbeResolver])).toEqual([
      'ProbeResolver.forgotten',
      'ProbeResolver.alsoForgotten',
    ]);
  });
});
