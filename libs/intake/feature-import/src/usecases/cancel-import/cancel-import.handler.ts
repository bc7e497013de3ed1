import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import {
  FINISHED_IMPORT_STATUSES,
  ImportBatchRepository,
  ProgrammeRepository,
  type ImportBatchEntity,
} from '@passerelle/intake/data-access';
import type { CancelImportCommand } from './cancel-import.command';
import { ImportError, ImportErrorCode } from '../../import.error';
import { programmeInScope } from '../../programme-scope';

/** How long the mutation waits for a running import to reach its next chunk boundary: several chunks. */
const WAIT_FOR_BOUNDARY_MS = 3000;
const POLL_MS = 100;

const isOver = (batch: ImportBatchEntity) => FINISHED_IMPORT_STATUSES.includes(batch.status);

/**
 * Cancels an import for ops of one of the programme's offices. What committed stays (those people
 * stay enrolled, their events are in the outbox); the rest of the file is not read. A batch no
 * process is running is cancelled at once; a running one stops at its next chunk boundary, on
 * whichever replica runs it, which notices the request when it commits that chunk.
 */
@Injectable()
export class CancelImportHandler {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly batches: ImportBatchRepository,
    private readonly clock: Clock,
  ) {}

  /** Answers the batch once it is cancelled, or, after `waitMs`, as it stands (its cancel requested). */
  async execute(
    identity: Identity,
    { id }: CancelImportCommand,
    waitMs = WAIT_FOR_BOUNDARY_MS,
  ): Promise<ImportBatchEntity> {
    const batch = await this.batches.find(id);
    if (!batch) throw new ImportError(ImportErrorCode.BatchNotFound, `import ${id} does not exist`);
    await programmeInScope(this.programmes, identity, batch.programmeId);
    if (!(await this.batches.requestCancel(id, identity.subject, this.clock.now()))) {
      const now = await this.batches.find(id);
      if (!now || isOver(now)) {
        throw new ImportError(
          ImportErrorCode.AlreadyFinished,
          `import ${id} is already ${now?.status ?? 'gone'}`,
        );
      }
      // Someone already asked: this request joins theirs.
    }
    await this.batches.cancelIfIdle(id);
    return this.settled(id, waitMs);
  }

  private async settled(id: string, waitMs: number): Promise<ImportBatchEntity> {
    // Waiting on another process, not business time: the machine's clock, as for leases.
    const deadline = Date.now() + waitMs;
    for (;;) {
      const batch = await this.batches.find(id);
      if (!batch) throw new ImportError(ImportErrorCode.BatchNotFound, `import ${id} does not exist`);
      if (isOver(batch) || Date.now() >= deadline) return batch;
      await sleep(POLL_MS);
    }
  }
}
