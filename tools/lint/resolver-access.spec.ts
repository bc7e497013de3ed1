import 'reflect-metadata';
import { Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, resolverMethodsWithoutAccessRule } from '@passerelle/shared/auth';
import { ASSESSMENT_RESOLVERS } from '@passerelle/assessment/feature-candidates';
import { INTAKE_RESOLVERS } from '@passerelle/intake/feature-enrollment';
import { IMPORT_RESOLVERS } from '@passerelle/intake/feature-import';
import { MATCHING_RESOLVERS } from '@passerelle/matching/feature-candidates';
import { PATHWAY_RESOLVERS } from '../../apps/pathway/src/pathway.app';
import { SCHEDULING_RESOLVERS } from '@passerelle/scheduling/feature-candidates';

describe('every resolver declares who may call it', () => {
  it.each([
    ['intake', INTAKE_RESOLVERS],
    ['intake import', IMPORT_RESOLVERS],
    ['assessment', ASSESSMENT_RESOLVERS],
    ['pathway', PATHWAY_RESOLVERS],
    ['matching', MATCHING_RESOLVERS],
    ['scheduling', SCHEDULING_RESOLVERS],
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
