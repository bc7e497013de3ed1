import { Inject, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { forwardedIdentityMiddleware } from '@passerelle/shared/auth';
import { join } from 'node:path';
import { SERVICE_CONFIG, type ServiceConfig } from '@passerelle/shared/config';
import {
  CandidateImportRepository,
  EmploymentZoneRepository,
  ImportBatchRepository,
  ImportUploadRepository,
  ProgrammeRepository,
} from '@passerelle/intake/data-access';
import { CancelImportHandler } from './usecases/cancel-import/cancel-import.handler';
import { ImportCandidatesHandler } from './usecases/import-candidates/import-candidates.handler';
import { ImportFaults, NO_IMPORT_FAULTS } from './usecases/run-import/import-faults';
import { RunImportHandler } from './usecases/run-import/run-import.handler';
import { ImportResolver } from './import.resolver';
import { ImportSweeper } from './import.sweeper';
import { UploadController } from './upload.controller';

/** The import's part of the intake subgraph's SDL. */
export const IMPORT_TYPE_PATHS = [join(__dirname, 'import.graphql')];
export const IMPORT_RESOLVERS = [ImportResolver];

/** The HR file import: upload route, GraphQL, the runner and the sweeper that resumes stopped imports. */
@Module({
  controllers: [UploadController],
  providers: [
    ProgrammeRepository,
    ImportUploadRepository,
    ImportBatchRepository,
    CandidateImportRepository,
    EmploymentZoneRepository,
    RunImportHandler,
    { provide: ImportFaults, useValue: NO_IMPORT_FAULTS },
    ImportCandidatesHandler,
    CancelImportHandler,
    ImportSweeper,
    ...IMPORT_RESOLVERS,
  ],
})
export class ImportModule implements NestModule {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: ServiceConfig) {}

  configure(consumer: MiddlewareConsumer): void {
    // Like /graphql, the upload route trusts only the identity the gateway signed.
    consumer
      .apply(forwardedIdentityMiddleware(this.config.INTERNAL_IDENTITY_SECRET))
      .forRoutes(UploadController);
  }
}
