import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateScopeModule } from '@passerelle/shared/candidate-scope';
import { AssessmentRepository } from '@passerelle/assessment/data-access';
import { CandidateErasureConsumer } from './candidate-erasure.consumer';
import { CandidateAssessmentsResolver } from './candidate-assessments.resolver';

export const ASSESSMENT_TYPE_PATHS = [join(__dirname, 'assessment.graphql')];
export const ASSESSMENT_RESOLVERS = [CandidateAssessmentsResolver];

@Module({
  imports: [CandidateScopeModule],
  controllers: [CandidateErasureConsumer],
  providers: [AssessmentRepository, ...ASSESSMENT_RESOLVERS],
})
export class AssessmentCandidatesModule {}
