import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateScopeOwnEnrolmentsModule } from '@passerelle/shared/candidate-scope';
import {
  AssessmentRepository,
  InstrumentRepository,
  RomeReferenceRepository,
} from '@passerelle/assessment/data-access';
import { AssessmentReportResolver } from './assessment-report.resolver';
import { ReportBuilder } from './report.builder';
import { ReportService } from './report.service';

export const REPORTS_TYPE_PATHS = [join(__dirname, 'reports.graphql')];
export const REPORTS_RESOLVERS = [AssessmentReportResolver];

/** An assessment's PDF report through GraphQL (the HTTP download is `ReportDownloadModule`). */
@Module({
  imports: [CandidateScopeOwnEnrolmentsModule],
  providers: [
    AssessmentRepository,
    InstrumentRepository,
    RomeReferenceRepository,
    ReportBuilder,
    ReportService,
    ...REPORTS_RESOLVERS,
  ],
})
export class ReportsModule {}
