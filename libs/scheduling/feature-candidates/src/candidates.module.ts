import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateScopeModule } from '@passerelle/shared/candidate-scope';
import { CoachingSessionRepository } from '@passerelle/scheduling/data-access';
import { CandidateErasureConsumer } from './candidate-erasure.consumer';
import { CandidateSessionsResolver } from './candidate-sessions.resolver';

export const SCHEDULING_TYPE_PATHS = [join(__dirname, 'scheduling.graphql')];
export const SCHEDULING_RESOLVERS = [CandidateSessionsResolver];

@Module({
  imports: [CandidateScopeModule],
  controllers: [CandidateErasureConsumer],
  providers: [CoachingSessionRepository, ...SCHEDULING_RESOLVERS],
})
export class SchedulingCandidatesModule {}
