import { createEvent } from '@passerelle/shared/messaging';
import type { EventOf, SessionKind, Track } from '@passerelle/shared/contracts';
import type { MilestoneKind, PathwayPhase, PlanMilestone } from '@passerelle/pathway/domain';
import type { MilestoneEntity } from './milestone.entity';
import type { PathwayEntity } from './pathway.entity';

export function toPlanMilestone(m: MilestoneEntity): PlanMilestone {
  return {
    id: m.id,
    phase: m.phase as PathwayPhase,
    kind: m.kind as MilestoneKind,
    title: m.title,
    dueOn: m.dueOn,
    sessionKind: m.sessionKind as SessionKind | null,
    instrumentCode: m.instrumentCode,
    dependsOn: m.dependsOn,
  };
}

/** The plan as it stands: emitted when first planned and again after each change to its milestones. */
/** Only for a planned pathway (template and track set). */
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
    track: pathway.plannedTrack as Track,
    templateId: pathway.templateId ?? missing('templateId'),
    templateVersion: pathway.templateVersion ?? missing('templateVersion'),
    milestones: milestones.map((m) => ({
      milestoneId: m.id,
      phase: m.phase as PathwayPhase,
      kind: m.kind as MilestoneKind,
      dueOn: m.dueOn,
      sessionKind: m.sessionKind as SessionKind | null,
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
