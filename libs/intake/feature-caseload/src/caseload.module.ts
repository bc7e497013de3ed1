import { Module } from '@nestjs/common';
import { join } from 'node:path';
import {
  CandidateAccessRepository,
  CandidateRiskRepository,
  CaseloadRepository,
} from '@passerelle/intake/data-access';
import { CandidateCoachResolver } from './candidate-coach.resolver';
import { CoachAssignedConsumer } from './coach-assigned.consumer';
import { RiskEventsConsumer } from './risk-events.consumer';

export const CASELOAD_TYPE_PATHS = [join(__dirname, 'caseload.graphql')];
export const CASELOAD_RESOLVERS = [CandidateCoachResolver];

@Module({
  controllers: [CoachAssignedConsumer, RiskEventsConsumer],
  providers: [CaseloadRepository, CandidateAccessRepository, CandidateRiskRepository, ...CASELOAD_RESOLVERS],
})
export class CaseloadModule {}
