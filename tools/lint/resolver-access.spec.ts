import 'reflect-metadata';
import { Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, resolverMethodsWithoutAccessRule } from '@passerelle/shared/auth';
import { ASSESSMENTS_RESOLVERS } from '@passerelle/assessment/feature-assessments';
import { INSTRUMENTS_RESOLVERS } from '@passerelle/assessment/feature-instruments';
import { REPORTS_RESOLVERS } from '@passerelle/assessment/feature-reports';
import { ENROLLMENT_RESOLVERS } from '@passerelle/intake/feature-enrollment';
import { IMPORT_RESOLVERS } from '@passerelle/intake/feature-import';
import { OFFERS_RESOLVERS } from '@passerelle/matching/feature-offers';
import { RECOMMENDATIONS_RESOLVERS } from '@passerelle/matching/feature-recommendations';
import { REFERENCE_RESOLVERS } from '@passerelle/matching/feature-reference';
import { ASSIGNMENT_RESOLVERS } from '@passerelle/scheduling/feature-assignment';
import { DIRECTORY_RESOLVERS } from '@passerelle/scheduling/feature-directory';
import { SESSIONS_RESOLVERS } from '@passerelle/scheduling/feature-sessions';
import { INTERVIEW_PRACTICE_RESOLVERS } from '@passerelle/career/feature-interview-practice';
import { PROJECT_RESOLVERS } from '@passerelle/career/feature-project';
import { CV_RESOLVERS } from '@passerelle/career/feature-cv';
import { PATHWAY_RESOLVERS } from '../../apps/pathway/src/pathway.app';

describe('every resolver declares who may call it', () => {
  it.each([
    ['intake', ENROLLMENT_RESOLVERS],
    ['intake import', IMPORT_RESOLVERS],
    ['assessment assessments', ASSESSMENTS_RESOLVERS],
    ['assessment instruments', INSTRUMENTS_RESOLVERS],
    ['assessment reports', REPORTS_RESOLVERS],
    ['pathway', PATHWAY_RESOLVERS],
    ['matching offers', OFFERS_RESOLVERS],
    ['matching recommendations', RECOMMENDATIONS_RESOLVERS],
    ['matching reference', REFERENCE_RESOLVERS],
    ['scheduling directory', DIRECTORY_RESOLVERS],
    ['scheduling assignment', ASSIGNMENT_RESOLVERS],
    ['scheduling sessions', SESSIONS_RESOLVERS],
    ['career project', PROJECT_RESOLVERS],
    ['career interview practice', INTERVIEW_PRACTICE_RESOLVERS],
    ['career CV', CV_RESOLVERS],
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
