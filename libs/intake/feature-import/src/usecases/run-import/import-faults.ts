/**
 * Where a test makes an import stop as a killed process would. The module provides NO_IMPORT_FAULTS;
 * an int spec provides its own. An error thrown here stops the run at once and nothing more is
 * written for it (a killed process records nothing): the batch stays running until its lease ends.
 */
export abstract class ImportFaults {
  /** Called after each committed chunk, with how many this run has committed. */
  abstract afterChunk(committedChunks: number): void | Promise<void>;
}

class NoImportFaults extends ImportFaults {
  afterChunk(): void {
    // Production: an import is only stopped by its process dying.
  }
}

export const NO_IMPORT_FAULTS: ImportFaults = new NoImportFaults();
