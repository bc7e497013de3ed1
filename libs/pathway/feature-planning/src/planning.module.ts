import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateScopeModule } from '@passerelle/shared/candidate-scope';
import {
  PathwayRepository,
  PathwayTemplateRepository,
  ProgrammeTermsRepository,
} from '@passerelle/pathway/data-access';
import { AtRiskResolver } from './at-risk.resolver';
import { CandidateEventsConsumer } from './candidate-events.consumer';
import { CandidatePathwayResolver } from './candidate-pathway.resolver';
import { CustomisePlanHandler } from './customise-plan.handler';
import { DraftPathwayHandler } from './draft-pathway.handler';
import { PathwayAccess } from './pathway-access';
import { PathwayReader } from './pathway-reader';
import { PathwayResolver } from './pathway.resolver';
import { PlanReconciler } from './plan-reconciler';
import { ProgrammeEventsConsumer } from './programme-events.consumer';
import { ProgrammeProgressResolver } from './programme-progress.resolver';
import { ProgressEventsConsumer } from './progress-events.consumer';
import { PublishTemplateHandler } from './publish-template.handler';
import { RecordDiagnosisHandler } from './record-diagnosis.handler';
import { RecordFactHandler } from './record-fact.handler';
import { RecordProgrammeTermsHandler } from './record-programme-terms.handler';
import { RiskSweepRunner } from './risk-sweep.runner';
import { TemplateResolver } from './template.resolver';

export const PATHWAY_TYPE_PATHS = [join(__dirname, 'pathway.graphql')];
export const PATHWAY_RESOLVERS = [
  CandidatePathwayResolver,
  PathwayResolver,
  AtRiskResolver,
  ProgrammeProgressResolver,
  TemplateResolver,
];

/** The consumers, handlers and repositories, without GraphQL (the handler-level tests use this). */
@Module({
  imports: [CandidateScopeModule],
  controllers: [CandidateEventsConsumer, ProgrammeEventsConsumer, ProgressEventsConsumer],
  providers: [
    PathwayRepository,
    PathwayTemplateRepository,
    ProgrammeTermsRepository,
    PlanReconciler,
    DraftPathwayHandler,
    RecordDiagnosisHandler,
    RecordProgrammeTermsHandler,
    RecordFactHandler,
    CustomisePlanHandler,
    PublishTemplateHandler,
    RiskSweepRunner,
    PathwayAccess,
    PathwayReader,
  ],
  exports: [
    PathwayRepository,
    PathwayTemplateRepository,
    ProgrammeTermsRepository,
    PlanReconciler,
    CustomisePlanHandler,
    PublishTemplateHandler,
    RiskSweepRunner,
    PathwayAccess,
    PathwayReader,
  ],
})
export class PlanningCoreModule {}

@Module({
  imports: [PlanningCoreModule],
  providers: [...PATHWAY_RESOLVERS],
})
export class PlanningModule {}
