import type { PathwayEntity } from '@passerelle/pathway/data-access';
import type { AtRiskCandidate } from '@passerelle/pathway/graphql-types';
import { toGraphQLEnum, toGraphQLEnumOrNull } from '@passerelle/shared/graphql';

/** A pathway on the at-risk list; null when its last assessment found no risk. */
export function toAtRiskCandidateObject(p: PathwayEntity): AtRiskCandidate | null {
  if (p.riskUrgency === null || p.riskDetectedAt === null || p.riskNextAction === null) return null;
  return {
    candidateId: p.candidateId,
    pathwayId: p.id,
    urgency: toGraphQLEnum(p.riskUrgency),
    reasons: p.riskFindings.map((f) => ({ reason: toGraphQLEnum(f.reason), detail: f.detail })),
    nextAction: p.riskNextAction,
    detectedAt: p.riskDetectedAt,
    currentPhase: toGraphQLEnumOrNull(p.currentPhase),
  };
}
