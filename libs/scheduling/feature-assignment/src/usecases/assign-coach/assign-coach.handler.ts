import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { Clock } from '@passerelle/shared/clock';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import { AssignmentRepository, type CoachAssignmentEntity } from '@passerelle/scheduling/data-access';
import {
  decideAssignmentChange,
  mayChangeCoach,
  type AssignmentDecision,
} from '@passerelle/scheduling/domain';
import type { AssignCoachCommand } from './assign-coach.command';

/**
 * Chooses a coach for a person (domain rules `mayChangeCoach`, `decideAssignmentChange`) inside the
 * caller's transaction, which is the inbox transaction of the event that triggered it: the
 * assignment, its CoachAssigned event and the inbox row commit together. A person nobody fits goes
 * to the ops queue with the reason.
 */
@Injectable()
export class AssignCoachHandler {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly scopes: CandidateScopeRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(manager: EntityManager, command: AssignCoachCommand): Promise<AssignmentDecision | null> {
    const { candidateId, trigger } = command;
    const profile = await this.assignments.findProfile(candidateId, manager);
    if (!profile) return null; // not enrolled yet: the enrolment will trigger the assignment
    const programme = await this.assignments.findProgrammeOffices(profile.programmeId, manager);
    const programmeOfficeIds = programme?.officeIds ?? profile.officeIds;
    if (programmeOfficeIds.length === 0) return null; // offices unknown until enrolment or programme terms
    const current = await this.assignments.currentAssignmentOf(candidateId, manager);
    const track = profile.track;
    if (!mayChangeCoach(current, trigger, track)) return null;
    const coaches = await this.assignments.lockCoachesWithLoad(manager, programmeOfficeIds);
    const change = decideAssignmentChange(
      { candidateId, languages: profile.languages, track, reachOfficeIds: profile.officeIds },
      programmeOfficeIds,
      coaches.map(({ coach, activeCaseload }) => ({
        coachId: coach.id,
        officeIds: coach.officeIds,
        languages: coach.languages,
        specialties: coach.specialties,
        maxCaseload: coach.maxCaseload,
        activeCaseload,
        active: coach.active,
      })),
      current,
    );
    switch (change.action) {
      case 'keep':
        return change.decision;
      case 'enqueue':
        await this.assignments.enqueue(manager, {
          candidateId,
          programmeId: profile.programmeId,
          officeIds: programmeOfficeIds,
          reasonCode: change.decision.reasonCode,
          explanation: change.decision.explanation,
          queuedAt: this.clock.now(),
        });
        return change.decision;
      case 'assign':
        await this.record(
          manager,
          {
            id: randomUUID(),
            candidateId,
            programmeId: profile.programmeId,
            coachId: change.decision.coachId,
            officeId: change.decision.officeId,
            mode: 'automatic',
            reason: null,
            explanation: change.decision.explanation,
            assignedBy: `scheduling:${trigger}`,
            assignedAt: this.clock.now(),
            endedAt: null,
          },
          current?.coachId ?? null,
        );
        return change.decision;
    }
  }

  /** Writes the assignment, the local coach projection and CoachAssigned, in the caller's transaction. */
  async record(
    manager: EntityManager,
    row: CoachAssignmentEntity,
    previousCoachId: string | null,
  ): Promise<void> {
    await this.assignments.assign(manager, row);
    const event = createEvent('CoachAssigned.v1', row.candidateId, {
      candidateId: row.candidateId,
      programmeId: row.programmeId,
      coachId: row.coachId,
      officeId: row.officeId,
      previousCoachId,
      mode: row.mode,
      assignedAt: row.assignedAt.toISOString(),
    });
    // Our own access projection learns the coach at once, not after the round trip through Kafka.
    await this.scopes.recordCoachAssignment(manager, event);
    await this.outbox.append(manager, [event]);
  }
}
