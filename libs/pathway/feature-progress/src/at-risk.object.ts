import type { PathwayEntity } from '@passerelle/pathway/data-access';

const upper = (value: string): string => value.toUpperCase();

export interface AtRiskCandidateObject {
  candidateId: string;
  pathwayId: string;
  urgency: string;
  reasons: { reason: string; detail: string }[];
  nextAction: string;
  detectedAt: Date;
  currentPhase: string | null;
}

/** A pathway on the at-risk list; null when its last assessment found no risk. */
export function toAtRiskCandidateObject(p: PathwayEntity): AtRiskCandidateObject | null {
  if (p.riskUrgency === null || p.riskDetectedAt === null || p.riskNextAction === null) return null;
  return {
    candidateId: p.candidateId,
    pathwayId: p.id,
    urgency: upper(p.riskUrgency),
    reasons: p.riskFindings.map((f) => ({ reason: upper(f.reason), detail: f.detail })),
    nextAction: p.riskNextAction,
    detectedAt: p.riskDetectedAt,
    currentPhase: p.currentPhase?.toUpperCase() ?? null,
  };
}
