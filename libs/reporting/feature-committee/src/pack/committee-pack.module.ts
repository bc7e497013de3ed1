import { Inject, Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { forwardedIdentityMiddleware } from '@passerelle/shared/auth';
import {
  DashboardCountsRepository,
  PackDownloadRepository,
  ReportingRepository,
} from '@passerelle/reporting/data-access';
import { DownloadCommitteePackHandler } from '../usecases/download-committee-pack/download-committee-pack.handler';
import { ReadCommitteeDashboardHandler } from '../usecases/read-committee-dashboard/read-committee-dashboard.handler';
import { CommitteePackController } from './committee-pack.controller';

const IDENTITY_SECRET = Symbol('COMMITTEE_PACK_IDENTITY_SECRET');

/** The committee pack over HTTP, behind the same forwarded-identity check as /graphql. */
@Module({})
export class CommitteePackModule implements NestModule {
  constructor(@Inject(IDENTITY_SECRET) private readonly identitySecret: string) {}

  static forRoot(options: { identitySecret: string }): DynamicModule {
    return {
      module: CommitteePackModule,
      controllers: [CommitteePackController],
      providers: [
        { provide: IDENTITY_SECRET, useValue: options.identitySecret },
        ReportingRepository,
        DashboardCountsRepository,
        PackDownloadRepository,
        ReadCommitteeDashboardHandler,
        DownloadCommitteePackHandler,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(forwardedIdentityMiddleware(this.identitySecret)).forRoutes(CommitteePackController);
  }
}
