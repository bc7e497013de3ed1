import { Module } from '@nestjs/common';
import { CandidateScopeConsumer, CandidateScopeEnrolmentConsumer } from './candidate-scope.consumer';
import { CandidateScopeRepository } from './candidate-scope.repository';

@Module({
  controllers: [CandidateScopeEnrolmentConsumer, CandidateScopeConsumer],
  providers: [CandidateScopeRepository],
  exports: [CandidateScopeRepository],
})
export class CandidateScopeModule {}

/**
 * The same, for a service that records enrolments in its own batch handler, in the batch's
 * transaction (`CandidateScopeRepository.recordEnrolments`): every consumer but the enrolment one.
 */
@Module({
  controllers: [CandidateScopeConsumer],
  providers: [CandidateScopeRepository],
  exports: [CandidateScopeRepository],
})
export class CandidateScopeOwnEnrolmentsModule {}
