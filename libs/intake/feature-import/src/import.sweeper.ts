import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ImportBatchRepository, ImportUploadRepository } from '@passerelle/intake/data-access';
import { RunImportHandler } from './usecases/run-import/run-import.handler';
import { UNCLAIMED_UPLOAD_TTL_MS } from './upload-policy';

const SWEEP_EVERY_MS = 15_000;

/**
 * Picks up imports whose process died (their lease ran out) and finishes them, on whichever
 * replica sees them first; the lease makes sure only one runs each. The runner ends, instead of
 * resuming, a batch that was asked to cancel or that keeps stopping without getting further. It
 * also deletes uploads no import claimed within 15 minutes.
 */
@Injectable()
export class ImportSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ImportSweeper.name);
  private timer: NodeJS.Timeout | null = null;
  private sweeping = false;

  constructor(
    private readonly batches: ImportBatchRepository,
    private readonly runner: RunImportHandler,
    private readonly uploads: ImportUploadRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async sweep(): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      const deleted = await this.uploads.deleteUnclaimed(UNCLAIMED_UPLOAD_TTL_MS);
      if (deleted > 0) this.logger.log(`deleted ${deleted} uploads no import claimed`);
      for (const id of await this.batches.findAbandoned()) {
        this.logger.log(`resuming import ${id}, left by a stopped process`);
        // One batch that stops again must not keep the others waiting for the next sweep.
        await this.runner.run(id).catch((error: unknown) => {
          this.logger.error(`import ${id} stopped again: ${(error as Error).message}`);
        });
      }
    } catch (error) {
      this.logger.error(`import sweep failed: ${(error as Error).message}`);
    } finally {
      this.sweeping = false;
    }
  }
}
