import type { Identity } from '@passerelle/shared/auth';
import { toGraphQLEnum, toGraphQLEnumOrNull } from '@passerelle/shared/graphql';
import { sessionBudgetView } from '@passerelle/pathway/domain';
import type {
  MilestoneEntity,
  PathwayEntity,
  PathwayHistoryEntity,
  ProgrammeTermsEntity,
} from '@passerelle/pathway/data-access';
import type {
  Milestone,
  Pathway,
  PathwayHistoryEntry,
  RiskAssessment,
} from '@passerelle/pathway/graphql-types';

/** The plan as GraphQL shows it (the generated `Pathway`), less its history: a field resolver reads it. */
export type PathwayObject = Omit<Pathway, 'history'>;

export function toMilestoneObject(m: MilestoneEntity): Milestone {
  return {
    id: m.id,
    position: m.position,
    phase: toGraphQLEnum(m.phase),
    kind: toGraphQLEnum(m.kind),
    title: m.title,
    dueOn: m.dueOn,
    sessionKind: toGraphQLEnumOrNull(m.sessionKind),
    instrumentCode: m.instrumentCode,
    dependsOn: m.dependsOn,
    status: toGraphQLEnum(m.status),
    reachedAt: m.reachedAt,
    addedByCoach: m.origin === 'coach',
  };
}

export function riskOf(p: PathwayEntity): RiskAssessment | null {
  if (p.riskUrgency === null || p.riskDetectedAt === null || p.riskNextAction === null) return null;
  return {
    urgency: toGraphQLEnum(p.riskUrgency),
    reasons: p.riskFindings.map((f) => ({ reason: toGraphQLEnum(f.reason), detail: f.detail })),
    nextAction: p.riskNextAction,
    detectedAt: p.riskDetectedAt,
  };
}

/**
 * The plan as a reader may see it. The risk assessment (which may say "distress") is for the
 * coach and ops, not for the person it is about.
 */
export function toPathwayObject(
  p: PathwayEntity,
  milestones: MilestoneEntity[],
  terms: ProgrammeTermsEntity | null,
  reader: Identity,
): PathwayObject {
  const planned = milestones.filter((m) => m.kind === 'session').length;
  return {
    id: p.id,
    candidateId: p.candidateId,
    status: toGraphQLEnum(p.status),
    track: toGraphQLEnumOrNull(p.track),
    currentPhase: toGraphQLEnumOrNull(p.currentPhase),
    createdAt: p.createdAt,
    plannedAt: p.plannedAt,
    completedAt: p.completedAt,
    startOn: p.planStartOn,
    endOn: p.planEndOn,
    template: p.templateId && p.templateVersion ? { id: p.templateId, version: p.templateVersion } : null,
    milestones: p.plannedAt === null ? [] : milestones.map(toMilestoneObject),
    fitIssues: p.fitIssues,
    planRefusal: p.planRefusal,
    budget: terms && sessionBudgetView(terms.sessionBudgetPerPerson, planned, p.sessionsUsed),
    risk: reader.role === 'coach' || reader.role === 'ops' ? riskOf(p) : null,
  };
}

export function toHistoryObject(h: PathwayHistoryEntity): PathwayHistoryEntry {
  return {
    at: h.at,
    actor: h.actor,
    action: h.action,
    milestoneId: h.milestoneId,
    reason: h.reason,
    details: JSON.stringify(h.details),
  };
}
