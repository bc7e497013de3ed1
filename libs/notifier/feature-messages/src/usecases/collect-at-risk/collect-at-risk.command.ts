import type { Urgency } from '@passerelle/notifier/domain';

/** CandidateAtRisk: kept for the coach's next daily digest. */
export interface CollectAtRiskCommand {
  eventId: string;
  candidateId: string;
  urgency: Urgency;
  reasons: string[];
  detectedAt: Date;
}
