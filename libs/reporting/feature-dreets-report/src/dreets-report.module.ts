import { Inject, Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { forwardedIdentityMiddleware } from '@passerelle/shared/auth';
import { DreetsReportRepository, ReportingRepository } from '@passerelle/reporting/data-access';
import { DreetsReportController } from './dreets-report.controller';
import { DownloadDreetsReportHandler } from './usecases/download-dreets-report/download-dreets-report.handler';

const IDENTITY_SECRET = Symbol('DREETS_REPORT_IDENTITY_SECRET');

/** The DREETS report over HTTP, behind the same forwarded-identity check as /graphql. */
@Module({})
export class DreetsReportModule implements NestModule {
  constructor(@Inject(IDENTITY_SECRET) private readonly identitySecret: string) {}

  static forRoot(options: { identitySecret: string }): DynamicModule {
    return {
      module: DreetsReportModule,
      controllers: [DreetsReportController],
      providers: [
        { provide: IDENTITY_SECRET, useValue: options.identitySecret },
        ReportingRepository,
        DreetsReportRepository,
        DownloadDreetsReportHandler,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(forwardedIdentityMiddleware(this.identitySecret)).forRoutes(DreetsReportController);
  }
}
