import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { parseInput } from '@passerelle/shared/graphql';
import { ImportBatchRepository } from '@passerelle/intake/data-access';
import type { ImportErrorPage, ImportReportFile } from '@passerelle/intake/graphql-types';
import { toImportBatchObject, type ImportBatchObject } from './import-batch.object';
import { cancelImportCommandSchema } from './usecases/cancel-import/cancel-import.command';
import { CancelImportHandler } from './usecases/cancel-import/cancel-import.handler';
import { importCandidatesCommandSchema } from './usecases/import-candidates/import-candidates.command';
import { ImportCandidatesHandler } from './usecases/import-candidates/import-candidates.handler';
import { errorReportCsv } from './import-report';
import { ImportError, ImportErrorCode, invalidImportInput } from './import.error';

/** Imports are ops' work, for the programmes their offices serve; no other role sees them. */
@Resolver('ImportBatch')
export class ImportResolver {
  constructor(
    private readonly batches: ImportBatchRepository,
    private readonly handler: ImportCandidatesHandler,
    private readonly cancelHandler: CancelImportHandler,
  ) {}

  @Mutation('importCandidates')
  @Roles('ops')
  async importCandidates(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<ImportBatchObject> {
    const command = parseInput(importCandidatesCommandSchema, input, invalidImportInput);
    const batch = await this.handler.execute(identity, command);
    this.handler.runInBackground(batch.id);
    return toImportBatchObject(batch);
  }

  @Mutation('resumeImport')
  @Roles('ops')
  async resumeImport(
    @Args('id') id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<ImportBatchObject> {
    const batch = await this.handler.checkResumable(identity, id);
    this.handler.runInBackground(batch.id);
    return toImportBatchObject(batch);
  }

  @Mutation('cancelImport')
  @Roles('ops')
  async cancelImport(
    @Args('id') id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<ImportBatchObject> {
    const command = parseInput(cancelImportCommandSchema, { id }, invalidImportInput);
    return toImportBatchObject(await this.cancelHandler.execute(identity, command));
  }

  @Query('importBatch')
  @Roles('ops')
  async importBatch(
    @Args('id') id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<ImportBatchObject | null> {
    const batch = await this.batches.find(id);
    if (!batch) return null;
    try {
      await this.handler.programmeInScope(identity, batch.programmeId);
    } catch (error) {
      // Not found and not allowed look the same, so ids cannot be probed.
      if (error instanceof ImportError && error.code === ImportErrorCode.OutOfScope) return null;
      throw error;
    }
    return toImportBatchObject(batch);
  }

  @Query('importBatches')
  @Roles('ops')
  async importBatches(
    @Args('programmeId') programmeId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<ImportBatchObject[]> {
    await this.handler.programmeInScope(identity, programmeId);
    return (await this.batches.listForProgramme(programmeId)).map(toImportBatchObject);
  }

  @ResolveField('errors')
  @Roles('ops')
  async errors(
    @Parent() batch: ImportBatchObject,
    @Args('offset') offset: number,
    @Args('limit') limit: number,
  ): Promise<ImportErrorPage> {
    if (offset < 0 || limit < 1 || limit > 1000) {
      throw new ImportError(ImportErrorCode.InvalidInput, 'errors: offset >= 0 and limit between 1 and 1000');
    }
    return this.batches.errorPage(batch.id, offset, limit);
  }

  @ResolveField('errorReport')
  @Roles('ops')
  async errorReport(@Parent() batch: ImportBatchObject): Promise<ImportReportFile> {
    return errorReportCsv(this.batches, batch.id, batch.filename);
  }
}
