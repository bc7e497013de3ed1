import { ImportFaults } from '../usecases/run-import/import-faults';

export class SimulatedCrash extends Error {
  override name = 'SimulatedCrash';
}

/** Stops the run as a killed process would, once it has committed this many chunks. */
export const crashAfterChunks = (chunks: number): ImportFaults =>
  new (class extends ImportFaults {
    afterChunk(committedChunks: number): void {
      if (committedChunks >= chunks) {
        throw new SimulatedCrash(`stopped after ${committedChunks} chunks, as a killed process would`);
      }
    }
  })();
