import { Module } from '@nestjs/common';
import { CandidateScopeModule } from '@passerelle/shared/candidate-scope';
import { CandidateErasureConsumer } from './candidate-erasure.consumer';
import { PersonalDataController } from './personal-data.controller';
import { ExportPersonalDataHandler } from './usecases/export-personal-data/export-personal-data.handler';

/**
 * What career does for the person's rights over all of its areas: their part of the data export
 * (intake gathers it) and the erasure; plus the candidate scope every area checks access against.
 * No GraphQL of its own.
 */
@Module({
  imports: [CandidateScopeModule],
  controllers: [CandidateErasureConsumer, PersonalDataController],
  providers: [ExportPersonalDataHandler],
})
export class PrivacyModule {}
