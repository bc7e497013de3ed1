import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateScopeModule } from '@passerelle/shared/candidate-scope';
import { ApplicationRepository, CareerAccessRepository } from '@passerelle/career/data-access';
import { ApplicationsResolver } from './applications.resolver';
import { CandidateApplicationsResolver } from './candidate-applications.resolver';
import { FollowUpSweepRunner } from './follow-up-sweep.runner';
import { ApplicationAccess } from './usecases/application-access';
import { ChangeApplicationStatusHandler } from './usecases/change-application-status/change-application-status.handler';
import { EditApplicationHandler } from './usecases/edit-application/edit-application.handler';
import { MarkOveLoggedHandler } from './usecases/mark-ove-logged/mark-ove-logged.handler';
import { ReadApplicationsHandler } from './usecases/read-applications/read-applications.handler';
import { RecordApplicationHandler } from './usecases/record-application/record-application.handler';

export const APPLICATIONS_TYPE_PATHS = [join(__dirname, 'applications.graphql')];
export const APPLICATIONS_RESOLVERS = [ApplicationsResolver, CandidateApplicationsResolver];

/** Job applications: recording, statuses, the follow-up sweep and the OVE flag. */
@Module({
  imports: [CandidateScopeModule],
  providers: [
    CareerAccessRepository,
    ApplicationRepository,
    ApplicationAccess,
    ReadApplicationsHandler,
    RecordApplicationHandler,
    ChangeApplicationStatusHandler,
    EditApplicationHandler,
    MarkOveLoggedHandler,
    FollowUpSweepRunner,
    ...APPLICATIONS_RESOLVERS,
  ],
  exports: [FollowUpSweepRunner],
})
export class ApplicationsModule {}
