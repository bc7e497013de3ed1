import type { PathwayFact } from '@passerelle/pathway/domain';

/** Something happened to the person that may move their plan (a session, an assessment, an outcome). */
export interface RecordFactCommand {
  candidateId: string;
  fact: PathwayFact;
  now: Date;
}
