import type { CandidateStatus } from '@passerelle/shared/contracts';

/** A person paused, placed or exited: their sessions after `after` are given up. */
export interface ReleaseFutureSessionsCommand {
  candidateId: string;
  status: Extract<CandidateStatus, 'paused' | 'placed' | 'exited'>;
  after: Date;
}
