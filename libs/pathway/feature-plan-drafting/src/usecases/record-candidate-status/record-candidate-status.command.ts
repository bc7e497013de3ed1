import type { CandidateStatus } from '@passerelle/shared/contracts';

/** Intake's decision about where a person stands, as pathway honours it. */
export interface RecordCandidateStatusCommand {
  candidateId: string;
  to: CandidateStatus;
  changedAt: Date;
  now: Date;
}
