import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import {
  FINISHED_IMPORT_STATUSES,
  ImportBatchRepository,
  ImportUploadRepository,
  ProgrammeRepository,
  type ImportBatchEntity,
  type ProgrammeEntity,
} from '@passerelle/intake/data-access';
import { fieldFromEnum, type ImportCandidatesCommand } from './import-candidates.command';
import { ImportError, ImportErrorCode } from '../../import.error';
import { RunImportHandler } from '../run-import/run-import.handler';
import { programmeInScope, programmeOpenForImport } from '../../programme-scope';

/**
 * Starts (or resumes) the import of an uploaded file into a programme, for ops of one of the
 * programme's offices. The GraphQL mutation answers at once with the batch and the work goes on
 * in the background; the CLI awaits the same runner with a progress bar.
 */
@Injectable()
export class ImportCandidatesHandler {
  private readonly logger = new Logger(ImportCandidatesHandler.name);

  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly uploads: ImportUploadRepository,
    private readonly batches: ImportBatchRepository,
    private readonly runner: RunImportHandler,
  ) {}

  async execute(identity: Identity, command: ImportCandidatesCommand): Promise<ImportBatchEntity> {
    const programme = await programmeOpenForImport(this.programmes, identity, command.programmeId);
    const upload = await this.uploads.find(command.file);
    const forThisProgramme = upload?.programmeId === null || upload?.programmeId === programme.id;
    if (!upload || upload.uploadedBy !== identity.subject || !upload.complete || !forThisProgramme) {
      throw new ImportError(
        ImportErrorCode.UploadNotFound,
        `upload ${command.file} is not a complete file you uploaded for this programme: upload the file again`,
      );
    }
    const mapping = command.columnMapping
      ? Object.fromEntries(command.columnMapping.map((entry) => [fieldFromEnum(entry.field), entry.header]))
      : null;
    if (mapping && command.saveColumnMapping) {
      await this.batches.saveMapping(programme.sponsorId, mapping, identity.subject);
    }
    return this.batches.insert({
      id: randomUUID(),
      programmeId: programme.id,
      sponsorId: programme.sponsorId,
      uploadId: upload.id,
      filename: upload.filename,
      requestedBy: identity.subject,
      columnMapping: mapping,
    });
  }

  /** A resumed import continues after its last committed chunk; a finished one is left alone. */
  async checkResumable(identity: Identity, batchId: string): Promise<ImportBatchEntity> {
    const batch = await this.batches.find(batchId);
    if (!batch) throw new ImportError(ImportErrorCode.BatchNotFound, `import ${batchId} does not exist`);
    await programmeOpenForImport(this.programmes, identity, batch.programmeId);
    if (FINISHED_IMPORT_STATUSES.includes(batch.status)) {
      throw new ImportError(ImportErrorCode.AlreadyFinished, `import ${batchId} is already ${batch.status}`);
    }
    // A lease measures a process's liveness, not business time: the machine's clock, not the service's.
    if (batch.leaseUntil && batch.leaseUntil > new Date() && !this.runner.isRunningHere(batchId)) {
      throw new ImportError(
        ImportErrorCode.Busy,
        `import ${batchId} is being run by another process; it resumes by itself if that process stops`,
      );
    }
    return batch;
  }

  /** Runs in the background: the client follows the batch record. */
  runInBackground(batchId: string): void {
    this.runner.run(batchId).catch((error: unknown) => {
      this.logger.error(
        `import ${batchId} stopped: ${(error as Error).message}; it resumes once its lease runs out`,
      );
    });
  }

  programmeInScope(identity: Identity, programmeId: string): Promise<ProgrammeEntity> {
    return programmeInScope(this.programmes, identity, programmeId);
  }
}
