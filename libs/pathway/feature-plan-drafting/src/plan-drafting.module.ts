import { Module } from '@nestjs/common';
import { CandidateScopeOwnEnrolmentsModule } from '@passerelle/shared/candidate-scope';
import {
  PathwayRepository,
  PathwayTemplateRepository,
  PlanReconciler,
  ProgrammeTermsRepository,
} from '@passerelle/pathway/data-access';
import { CandidateEventsConsumer } from './candidate-events.consumer';
import { ProgrammeEventsConsumer } from './programme-events.consumer';
import { DraftPathwayHandler } from './usecases/draft-pathway/draft-pathway.handler';
import { DraftPathwaysHandler } from './usecases/draft-pathways/draft-pathways.handler';
import { EraseCandidateHandler } from './usecases/erase-candidate/erase-candidate.handler';
import { RecordDiagnosisHandler } from './usecases/record-diagnosis/record-diagnosis.handler';
import { RecordProgrammeTermsHandler } from './usecases/record-programme-terms/record-programme-terms.handler';
import { RecordCandidateStatusHandler } from './usecases/record-candidate-status/record-candidate-status.handler';
import { RedatePlansHandler } from './usecases/redate-plans/redate-plans.handler';

/**
 * From intake's events to a planned pathway: drafted at enrolment, planned once the diagnostic and
 * the programme's terms are known, re-planned on a new track, erased on request. No GraphQL.
 */
@Module({
  // Enrolments reach the access projection through the batch handler below (one transaction).
  imports: [CandidateScopeOwnEnrolmentsModule],
  controllers: [CandidateEventsConsumer, ProgrammeEventsConsumer],
  providers: [
    PathwayRepository,
    PathwayTemplateRepository,
    ProgrammeTermsRepository,
    PlanReconciler,
    DraftPathwayHandler,
    DraftPathwaysHandler,
    RecordDiagnosisHandler,
    RecordProgrammeTermsHandler,
    EraseCandidateHandler,
    RecordCandidateStatusHandler,
    RedatePlansHandler,
  ],
})
export class PlanDraftingModule {}
