import { Module } from '@nestjs/common';
import { CandidateScopeConsumer } from './candidate-scope.consumer';
import { CandidateScopeRepository } from './candidate-scope.repository';

@Module({
  controllers: [CandidateScopeConsumer],
  providers: [CandidateScopeRepository],
  exports: [CandidateScopeRepository],
})
export class CandidateScopeModule {}
