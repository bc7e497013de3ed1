import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxWriter } from '@passerelle/shared/messaging';
import { pathwayIdOf } from '@passerelle/pathway/domain';
import { PathwayRepository, type PathwayEntity } from '@passerelle/pathway/data-access';
import type { DraftPathwayCommand } from './draft-pathway.command';

@Injectable()
export class DraftPathwayHandler {
  constructor(
    private readonly pathways: PathwayRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * Runs in the caller's transaction (the inbox's), so the draft and its event commit together.
   * The id is derived from the person's, so whichever event drafts it, it is the same pathway.
   * Returns false when the person was erased (a late event must not bring them back).
   */
  async execute(manager: EntityManager, command: DraftPathwayCommand): Promise<boolean> {
    await this.pathways.lockCandidate(manager, command.candidateId);
    if (await this.pathways.isErased(manager, command.candidateId)) return false;
    const pathway = newDraftPathway(command.candidateId, command.programmeId, command.now);
    if (!(await this.pathways.insertIfAbsent(manager, pathway))) return true;
    await this.pathways.appendHistory(manager, {
      pathwayId: pathway.id,
      at: command.now,
      actor: 'system',
      action: 'drafted',
    });
    await this.outbox.emit(manager, 'PathwayDrafted.v1', command.candidateId, {
      pathwayId: pathway.id,
      candidateId: pathway.candidateId,
      programmeId: pathway.programmeId,
      draftedAt: pathway.createdAt.toISOString(),
    });
    return true;
  }
}

/** A person's pathway as an enrolment (or a diagnostic come first) drafts it: nothing planned yet. */
export function newDraftPathway(candidateId: string, programmeId: string, now: Date): PathwayEntity {
  return {
    id: pathwayIdOf(candidateId),
    candidateId: candidateId,
    programmeId: programmeId,
    status: 'draft',
    createdAt: now,
    track: null,
    diagnosedAt: null,
    distressFlag: false,
    templateId: null,
    templateVersion: null,
    plannedTrack: null,
    planStartOn: null,
    planEndOn: null,
    sessionsPlanned: null,
    fitIssues: [],
    planRefusal: null,
    plannedAt: null,
    revision: 0,
    sessionsUsed: 0,
    noShows: 0,
    consecutiveNoShows: 0,
    lastActivityAt: null,
    currentPhase: null,
    outcomeCategory: null,
    completedAt: null,
    riskFindings: [],
    riskUrgency: null,
    riskNextAction: null,
    riskDetectedAt: null,
    riskNextCheckAt: null,
    candidateStatus: 'invited',
    candidateStatusAt: null,
    pausedAt: null,
    resumedAt: null,
  };
}
