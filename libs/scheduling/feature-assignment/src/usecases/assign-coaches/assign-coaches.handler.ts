import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import type { EventOf } from '@passerelle/shared/contracts';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import { currentContext, runWithContext } from '@passerelle/shared/observability';
import {
  AssignmentRepository,
  type AssignmentQueueEntity,
  type CandidateProfileEntity,
  type CoachAssignmentEntity,
} from '@passerelle/scheduling/data-access';
import { decideInOrder, type AssignmentTurn, type CurrentAssignment } from '@passerelle/scheduling/domain';
import type { AssignCoachesCommand, Enrolment } from './assign-coaches.command';

type Profile = Pick<
  CandidateProfileEntity,
  'candidateId' | 'programmeId' | 'officeIds' | 'languages' | 'track' | 'updatedAt'
>;

/**
 * The batch form of assignment on enrolment (decision 0047, issue 16): a few statements for the
 * whole batch instead of about a dozen per person, in the batch's inbox transaction. The result is
 * the one `AssignCoachesOneByOne` gives each enrolment in turn (compared in
 * `apps/scheduling/src/assign-batch.int-spec.ts`):
 *
 * - read once: the terms of the batch's programmes (the offices serving each), then the coaches of
 *   all those offices locked in one statement (id order, as one by one locks them: two partitions'
 *   batches wait for each other instead of over-filling a coach) with their load, then each
 *   person's profile, current coach and status in one;
 * - decided in memory, in the batch's order, by the domain's rules (`decideInOrder`: each
 *   assignment takes its place in the coach's caseload before the next person is decided), each
 *   person's profile as their enrolments leave it;
 * - written once: profiles, new assignments (leaving the queue), queue entries with their reason,
 *   the access projection's coaches, and CoachAssigned events, each naming its own enrolment as
 *   its cause.
 */
@Injectable()
export class AssignCoachesHandler {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly scopes: CandidateScopeRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(manager: EntityManager, { enrolments, now }: AssignCoachesCommand): Promise<void> {
    if (enrolments.length === 0) return;
    const terms = await this.assignments.programmeOfficesOf(
      manager,
      enrolments.map((enrolment) => enrolment.programmeId),
    );
    // As one by one: the programme's terms, or before they arrive the offices of the enrolment.
    const servingOf = (enrolment: Enrolment) => terms.get(enrolment.programmeId) ?? enrolment.officeIds;
    const offices = [...new Set(enrolments.flatMap(servingOf))];
    const coaches = offices.length > 0 ? await this.assignments.lockCoachesWithLoad(manager, offices) : [];
    const states = await this.assignments.assignmentStatesOf(
      manager,
      enrolments.map((enrolment) => enrolment.candidateId),
    );

    const profiles = new Map<string, Profile>();
    const current = new Map<string, CurrentAssignment>();
    const turns: AssignmentTurn[] = enrolments.map((enrolment) => {
      const { candidateId } = enrolment;
      const state = states.get(candidateId);
      if (!state) throw new Error(`no assignment state read for ${candidateId}`);
      if (state.current) current.set(candidateId, state.current);
      const profile = enrolled(profiles.get(candidateId) ?? state.profile, enrolment);
      profiles.set(candidateId, profile);
      return {
        person: {
          candidateId,
          languages: profile.languages,
          track: profile.track,
          reachOfficeIds: profile.officeIds,
        },
        trigger: 'enrolled',
        programmeOfficeIds: servingOf(enrolment),
        holdsPlace: state.holdsPlace,
      };
    });
    const changes = decideInOrder(turns, {
      current,
      coaches: coaches.map(({ coach, activeCaseload }) => ({
        coachId: coach.id,
        officeIds: coach.officeIds,
        languages: coach.languages,
        specialties: coach.specialties,
        maxCaseload: coach.maxCaseload,
        activeCaseload,
        active: coach.active,
      })),
    });

    const assigned: CoachAssignmentEntity[] = [];
    const followed = new Set(current.keys());
    const queued = new Map<string, AssignmentQueueEntity>();
    const events: EventOf<'CoachAssigned.v1'>[] = [];
    enrolments.forEach((enrolment, i) => {
      const change = changes[i];
      const { candidateId, programmeId } = enrolment;
      if (change?.action === 'enqueue') {
        const waiting = queued.get(candidateId);
        // As `enqueue`'s upsert: a person already waiting keeps their programme and time in line.
        queued.set(candidateId, {
          candidateId,
          programmeId: waiting?.programmeId ?? programmeId,
          officeIds: [...servingOf(enrolment)],
          reasonCode: change.decision.reasonCode,
          explanation: change.decision.explanation,
          queuedAt: waiting?.queuedAt ?? now,
        });
      } else if (change?.action === 'assign') {
        // On enrolment only people without a coach are decided: nobody has one ended here.
        if (followed.has(candidateId))
          throw new Error(`${candidateId} would be assigned over a current coach; redo one by one`);
        followed.add(candidateId);
        queued.delete(candidateId);
        const row: CoachAssignmentEntity = {
          id: randomUUID(),
          candidateId,
          programmeId,
          coachId: change.decision.coachId,
          officeId: change.decision.officeId,
          mode: 'automatic',
          reason: null,
          explanation: change.decision.explanation,
          assignedBy: 'scheduling:enrolled',
          assignedAt: now,
          endedAt: null,
        };
        assigned.push(row);
        events.push(
          causedBy(enrolment, () =>
            createEvent('CoachAssigned.v1', candidateId, {
              candidateId,
              programmeId,
              coachId: row.coachId,
              officeId: row.officeId,
              previousCoachId: null,
              mode: row.mode,
              assignedAt: row.assignedAt.toISOString(),
            }),
          ),
        );
      }
    });

    await this.assignments.recordEnrolments(manager, [...profiles.values()]);
    await this.assignments.saveBatch(manager, { assigned, queued: [...queued.values()] });
    // Our own access projection learns the coaches at once, not after the round trip through Kafka.
    await this.scopes.recordCoachAssignments(manager, events);
    await this.outbox.append(manager, events);
  }
}

/**
 * The profile as `AssignmentRepository.recordEnrolment` leaves it: created with the enrolment's
 * languages, or given its programme and offices (languages, track and mobility kept), the latest
 * time winning.
 */
function enrolled(known: Profile | null, enrolment: Enrolment): Profile {
  const { candidateId, programmeId, enrolledAt } = enrolment;
  const officeIds = [...enrolment.officeIds];
  if (!known)
    return {
      candidateId,
      programmeId,
      officeIds,
      languages: [...enrolment.languages],
      track: null,
      updatedAt: enrolledAt,
    };
  const updatedAt = known.updatedAt > enrolledAt ? known.updatedAt : enrolledAt;
  return { ...known, programmeId, officeIds, updatedAt };
}

/** Runs `work` as the inbox runs a single event's handler: under that event's correlation and cause. */
function causedBy<T>(enrolment: Enrolment, work: () => T): T {
  return runWithContext(
    {
      correlationId: enrolment.correlationId,
      causationId: enrolment.eventId,
      traceparent: currentContext()?.traceparent ?? null,
    },
    work,
  );
}
