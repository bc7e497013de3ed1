import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateAccessRepository, CaseloadRepository } from '@passerelle/intake/data-access';
import { CandidateCoachResolver } from './candidate-coach.resolver';
import { CoachAssignedConsumer } from './coach-assigned.consumer';

export const CASELOAD_TYPE_PATHS = [join(__dirname, 'caseload.graphql')];
export const CASELOAD_RESOLVERS = [CandidateCoachResolver];

@Module({
  controllers: [CoachAssignedConsumer],
  providers: [CaseloadRepository, CandidateAccessRepository, ...CASELOAD_RESOLVERS],
})
export class CaseloadModule {}
