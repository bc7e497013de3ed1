import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateScopeOwnEnrolmentsModule } from '@passerelle/shared/candidate-scope';
import {
  AssessmentPersonalDataRepository,
  AssessmentRepository,
  InstrumentRepository,
  RomeReferenceRepository,
} from '@passerelle/assessment/data-access';
import { AssessmentEventsConsumer } from './assessment-events.consumer';
import { AssessmentResolver } from './assessment.resolver';
import { PersonalDataController } from './personal-data.controller';
import { ExportPersonalDataHandler } from './usecases/export-personal-data/export-personal-data.handler';
import { CandidateAssessmentsResolver } from './candidate-assessments.resolver';
import { SessionItemsReader } from './session-items.reader';
import { AssignAssessmentHandler } from './usecases/assign-assessment/assign-assessment.handler';
import { RecordDebriefHandler } from './usecases/record-debrief/record-debrief.handler';
import { SaveAnswersHandler } from './usecases/save-answers/save-answers.handler';
import { SubmitAssessmentHandler } from './usecases/submit-assessment/submit-assessment.handler';

export const ASSESSMENTS_TYPE_PATHS = [join(__dirname, 'assessments.graphql')];
export const ASSESSMENTS_RESOLVERS = [CandidateAssessmentsResolver, AssessmentResolver];

/** A person's sessions: assigned, answered, submitted and scored, debriefed; and the events that drive them. */
@Module({
  imports: [CandidateScopeOwnEnrolmentsModule],
  controllers: [AssessmentEventsConsumer, PersonalDataController],
  providers: [
    AssessmentPersonalDataRepository,
    AssessmentRepository,
    InstrumentRepository,
    RomeReferenceRepository,
    SessionItemsReader,
    AssignAssessmentHandler,
    SaveAnswersHandler,
    SubmitAssessmentHandler,
    RecordDebriefHandler,
    ExportPersonalDataHandler,
    ...ASSESSMENTS_RESOLVERS,
  ],
})
export class AssessmentsModule {}
