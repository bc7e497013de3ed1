import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateScopeModule } from '@passerelle/shared/candidate-scope';
import {
  AssessmentRepository,
  InstrumentRepository,
  RomeReferenceRepository,
} from '@passerelle/assessment/data-access';
import { AssessmentEventsConsumer } from './assessment-events.consumer';
import { AssessmentResolver } from './assessment.resolver';
import { AssignAssessmentHandler } from './assign-assessment.handler';
import { CandidateAssessmentsResolver } from './candidate-assessments.resolver';
import { InstrumentsResolver } from './instruments.resolver';
import { ProgrammeScopeReader } from './programme-scope.reader';
import { RecordDebriefHandler } from './record-debrief.handler';
import { ReportBuilder } from './report/report.builder';
import { ReportService } from './report/report.service';
import { SaveAnswersHandler } from './save-answers.handler';
import { SessionItemsReader } from './session-items.reader';
import { SubmitAssessmentHandler } from './submit-assessment.handler';

export const ASSESSMENT_TYPE_PATHS = [join(__dirname, 'assessment.graphql')];
export const ASSESSMENT_RESOLVERS = [CandidateAssessmentsResolver, AssessmentResolver, InstrumentsResolver];

@Module({
  imports: [CandidateScopeModule],
  controllers: [AssessmentEventsConsumer],
  providers: [
    AssessmentRepository,
    InstrumentRepository,
    RomeReferenceRepository,
    ProgrammeScopeReader,
    SessionItemsReader,
    AssignAssessmentHandler,
    SaveAnswersHandler,
    SubmitAssessmentHandler,
    RecordDebriefHandler,
    ReportBuilder,
    ReportService,
    ...ASSESSMENT_RESOLVERS,
  ],
})
export class AssessmentCandidatesModule {}
