import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { SUPPRESSION_TYPE_PATHS } from '@passerelle/shared/graphql';
import { CandidateScopeOwnEnrolmentsModule } from '@passerelle/shared/candidate-scope';
import {
  PathwayPersonalDataRepository,
  PathwayRepository,
  PathwayTemplateRepository,
  PlanReconciler,
  ProgrammeTermsRepository,
} from '@passerelle/pathway/data-access';
import { PersonalDataController } from './personal-data.controller';
import { ExportPersonalDataHandler } from './usecases/export-personal-data/export-personal-data.handler';
import { AtRiskResolver } from './at-risk.resolver';
import { ProgrammeProgressResolver } from './programme-progress.resolver';
import { ProgressEventsConsumer } from './progress-events.consumer';
import { CareerEventsConsumer } from './career-events.consumer';
import { RiskSweepRunner } from './risk-sweep.runner';
import { ReadProgrammeProgressHandler } from './usecases/read-programme-progress/read-programme-progress.handler';
import { RecordFactHandler } from './usecases/record-fact/record-fact.handler';

export const PROGRESS_TYPE_PATHS = [join(__dirname, 'progress.graphql'), ...SUPPRESSION_TYPE_PATHS];
export const PROGRESS_RESOLVERS = [AtRiskResolver, ProgrammeProgressResolver];

/** What people did (sessions, assessments, outcomes), the progress derived from it, and the risk. */
@Module({
  imports: [CandidateScopeOwnEnrolmentsModule],
  controllers: [ProgressEventsConsumer, CareerEventsConsumer, PersonalDataController],
  providers: [
    PathwayRepository,
    PathwayTemplateRepository,
    ProgrammeTermsRepository,
    PlanReconciler,
    ReadProgrammeProgressHandler,
    RecordFactHandler,
    RiskSweepRunner,
    PathwayPersonalDataRepository,
    ExportPersonalDataHandler,
    ...PROGRESS_RESOLVERS,
  ],
  exports: [RecordFactHandler, RiskSweepRunner],
})
export class ProgressModule {}
