import { createEvent } from '@passerelle/shared/messaging';
import type { EventOf } from '@passerelle/shared/contracts';
import type { PlanMilestone } from '@passerelle/pathway/domain';
import type { MilestoneEntity } from './milestone.entity';
import type { PathwayEntity } from './pathway.entity';

export function toPlanMilestone(m: MilestoneEntity): PlanMilestone {
  return {
    id: m.id,
    phase: m.phase,
    kind: m.kind,
    title: m.title,
    dueOn: m.dueOn,
    sessionKind: m.sessionKind,
    instrumentCode: m.instrumentCode,
    dependsOn: m.dependsOn,
    templateKey: m.templateKey,
  };
}

/**
 * The plan as it stands: emitted when first planned and again after each change to its milestones.
 * Only for a planned pathway (template and track set).
 */
export function plannedEvent(
  pathway: PathwayEntity,
  milestones: MilestoneEntity[],
  sessionBudget: number,
  now: Date,
): EventOf<'PathwayPlanned.v1'> {
  return createEvent('PathwayPlanned.v1', pathway.candidateId, {
    pathwayId: pathway.id,
    candidateId: pathway.candidateId,
    programmeId: pathway.programmeId,
    track: pathway.plannedTrack ?? missing('plannedTrack'),
    templateId: pathway.templateId ?? missing('templateId'),
    templateVersion: pathway.templateVersion ?? missing('templateVersion'),
    milestones: milestones.map((m) => ({
      milestoneId: m.id,
      phase: m.phase,
      kind: m.kind,
      dueOn: m.dueOn,
      sessionKind: m.sessionKind,
      instrumentCode: m.instrumentCode,
    })),
    sessionsPlanned: milestones.filter((m) => m.kind === 'session').length,
    sessionBudget,
    plannedAt: now.toISOString(),
  });
}

function missing(field: string): never {
  throw new Error(`a planned pathway has no ${field}`);
}
