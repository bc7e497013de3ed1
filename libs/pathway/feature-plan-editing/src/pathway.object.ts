import type { Identity } from '@passerelle/shared/auth';
import { sessionBudgetView, type SessionBudgetView } from '@passerelle/pathway/domain';
import type {
  MilestoneEntity,
  PathwayEntity,
  PathwayHistoryEntity,
  ProgrammeTermsEntity,
} from '@passerelle/pathway/data-access';

const upper = (value: string): string => value.toUpperCase();
const upperOrNull = (value: string | null): string | null => (value === null ? null : value.toUpperCase());

export interface RiskFindingObject {
  reason: string;
  detail: string;
}

export interface PathwayObject {
  id: string;
  candidateId: string;
  status: string;
  track: string | null;
  currentPhase: string | null;
  createdAt: Date;
  plannedAt: Date | null;
  completedAt: Date | null;
  startOn: string | null;
  endOn: string | null;
  template: { id: string; version: number } | null;
  milestones: MilestoneObject[];
  fitIssues: { code: string; milestoneKey: string | null; message: string }[];
  planRefusal: string | null;
  budget: SessionBudgetView | null;
  risk: { urgency: string; reasons: RiskFindingObject[]; nextAction: string; detectedAt: Date } | null;
}

export interface MilestoneObject {
  id: string;
  position: number;
  phase: string;
  kind: string;
  title: string;
  dueOn: string;
  sessionKind: string | null;
  instrumentCode: string | null;
  dependsOn: string[];
  status: string;
  reachedAt: Date | null;
  addedByCoach: boolean;
}

export function toMilestoneObject(m: MilestoneEntity): MilestoneObject {
  return {
    id: m.id,
    position: m.position,
    phase: upper(m.phase),
    kind: upper(m.kind),
    title: m.title,
    dueOn: m.dueOn,
    sessionKind: upperOrNull(m.sessionKind),
    instrumentCode: m.instrumentCode,
    dependsOn: m.dependsOn,
    status: upper(m.status),
    reachedAt: m.reachedAt,
    addedByCoach: m.origin === 'coach',
  };
}

export function riskOf(p: PathwayEntity): PathwayObject['risk'] {
  if (p.riskUrgency === null || p.riskDetectedAt === null || p.riskNextAction === null) return null;
  return {
    urgency: upper(p.riskUrgency),
    reasons: p.riskFindings.map((f) => ({ reason: upper(f.reason), detail: f.detail })),
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
    status: upper(p.status),
    track: upperOrNull(p.track),
    currentPhase: upperOrNull(p.currentPhase),
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

export function toHistoryObject(h: PathwayHistoryEntity) {
  return {
    at: h.at,
    actor: h.actor,
    action: h.action,
    milestoneId: h.milestoneId,
    reason: h.reason,
    details: JSON.stringify(h.details),
  };
}
