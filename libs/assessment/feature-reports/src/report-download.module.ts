import { Inject, Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { forwardedIdentityMiddleware } from '@passerelle/shared/auth';
import { CandidateScopeOwnEnrolmentsModule } from '@passerelle/shared/candidate-scope';
import {
  AssessmentRepository,
  InstrumentRepository,
  RomeReferenceRepository,
} from '@passerelle/assessment/data-access';
import { ReportDownloadController } from './report-download.controller';
import { ReportBuilder } from './report.builder';
import { ReportService } from './report.service';

const IDENTITY_SECRET = Symbol('REPORT_IDENTITY_SECRET');

/** The report over HTTP, behind the same forwarded-identity check as /graphql. */
@Module({})
export class ReportDownloadModule implements NestModule {
  constructor(@Inject(IDENTITY_SECRET) private readonly identitySecret: string) {}

  static forRoot(options: { identitySecret: string }): DynamicModule {
    return {
      module: ReportDownloadModule,
      imports: [CandidateScopeOwnEnrolmentsModule],
      controllers: [ReportDownloadController],
      providers: [
        { provide: IDENTITY_SECRET, useValue: options.identitySecret },
        AssessmentRepository,
        InstrumentRepository,
        RomeReferenceRepository,
        ReportBuilder,
        ReportService,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(forwardedIdentityMiddleware(this.identitySecret)).forRoutes(ReportDownloadController);
  }
}
