import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Track } from '@passerelle/shared/contracts';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import { AssignmentRepository, type CoachAssignmentEntity } from '@passerelle/scheduling/data-access';
import { chooseCoach, type AssignmentDecision } from '@passerelle/scheduling/domain';

export type AssignmentTrigger = 'enrolled' | 'diagnosed' | 'programme_amended';

/**
 * Chooses a coach for a person (domain rule `chooseCoach`) inside the caller's transaction, which
 * is the inbox transaction of the event that triggered it: the assignment, its CoachAssigned event
 * and the inbox row commit together. A person nobody fits goes to the ops queue with the reason.
 */
@Injectable()
export class AssignCoachHandler {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly scopes: CandidateScopeRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(
    manager: EntityManager,
    candidateId: string,
    trigger: AssignmentTrigger,
  ): Promise<AssignmentDecision | null> {
    const profile = await this.assignments.findProfile(candidateId, manager);
    if (!profile) return null; // not enrolled yet: the enrolment will trigger the assignment
    const programme = await this.assignments.findProgrammeOffices(profile.programmeId, manager);
    const programmeOfficeIds = programme?.officeIds ?? profile.officeIds;
    if (programmeOfficeIds.length === 0) return null; // offices unknown until enrolment or programme terms
    const current = await this.assignments.currentAssignmentOf(candidateId, manager);
    const track = (profile.track as Track | null) ?? null;
    if (current) {
      // Already followed: a diagnosis only moves an automatic assignment whose coach lacks the track.
      if (trigger !== 'diagnosed' || current.mode !== 'automatic' || !track) return null;
    }
    const coaches = await this.assignments.lockCoachesWithLoad(manager, programmeOfficeIds);
    if (current) {
      const coach = coaches.find((c) => c.coach.id === current.coachId);
      if (track && coach?.coach.specialties.includes(track)) return null;
    }
    const decision = chooseCoach(
      { candidateId, languages: profile.languages, track, reachOfficeIds: profile.officeIds },
      programmeOfficeIds,
      coaches.map(({ coach, activeCaseload }) => ({
        coachId: coach.id,
        officeIds: coach.officeIds,
        languages: coach.languages,
        specialties: coach.specialties,
        maxCaseload: coach.maxCaseload,
        // The person's own current coach counts them already: compare as if they were free.
        activeCaseload: activeCaseload - (current?.coachId === coach.id ? 1 : 0),
        active: coach.active,
      })),
    );
    if (decision.outcome === 'unassigned') {
      // Someone already followed keeps their coach; only people without one wait in the queue.
      if (!current)
        await this.assignments.enqueue(manager, {
          candidateId,
          programmeId: profile.programmeId,
          officeIds: programmeOfficeIds,
          reasonCode: decision.reasonCode,
          explanation: decision.explanation,
          queuedAt: this.clock.now(),
        });
      return decision;
    }
    if (current?.coachId === decision.coachId) return null;
    await this.record(
      manager,
      {
        id: randomUUID(),
        candidateId,
        programmeId: profile.programmeId,
        coachId: decision.coachId,
        officeId: decision.officeId,
        mode: 'automatic',
        reason: null,
        explanation: decision.explanation,
        assignedBy: `scheduling:${trigger}`,
        assignedAt: this.clock.now(),
        endedAt: null,
      },
      current?.coachId ?? null,
    );
    return decision;
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
