import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AssignmentQueueEntity } from '../entities/assignment-queue.entity';
import { BookingEntity } from '../entities/booking.entity';
import { CandidateProfileEntity } from '../entities/candidate-profile.entity';
import { CoachAssignmentEntity } from '../entities/coach-assignment.entity';
import { SessionParticipantEntity } from '../entities/session-participant.entity';
import { SessionReminderEntity } from '../entities/session-reminder.entity';
import { SessionEntity } from '../entities/session.entity';
import { WorkshopWaitingListEntity } from '../entities/workshop-waiting-list.entity';
import { CoachChangeProposalEntity } from '../entities/coach-change-proposal.entity';

/**
 * A person's data as scheduling holds it (GDPR access). A workshop is shared: the person gets the
 * session itself (when, where, its state) and their own place in it, never the other participants.
 */
@Injectable()
export class SchedulingPersonalDataRepository {
  constructor(private readonly dataSource: DataSource) {}

  async sections(candidateId: string): Promise<Record<string, object[]>> {
    const manager = this.dataSource.manager;
    const places = await manager.find(SessionParticipantEntity, {
      where: { candidateId },
      order: { bookedAt: 'ASC' },
    });
    const [profile, assignments, queue, sessions, bookings, reminders, waiting, proposals] =
      await Promise.all([
        manager.findBy(CandidateProfileEntity, { candidateId }),
        manager.find(CoachAssignmentEntity, { where: { candidateId }, order: { assignedAt: 'ASC' } }),
        manager.findBy(AssignmentQueueEntity, { candidateId }),
        manager.find(SessionEntity, {
          where: { id: In(places.map((place) => place.sessionId)) },
          order: { startsAt: 'ASC' },
        }),
        manager.findBy(BookingEntity, { resourceKind: 'candidate', resourceId: candidateId }),
        manager.find(SessionReminderEntity, { where: { candidateId }, order: { dueAt: 'ASC' } }),
        manager.findBy(WorkshopWaitingListEntity, { candidateId }),
        manager.findBy(CoachChangeProposalEntity, { candidateId }),
      ]);
    return {
      profile,
      coachAssignments: assignments,
      assignmentQueue: queue,
      sessions,
      sessionPlaces: places,
      bookings,
      reminders,
      workshopWaitingLists: waiting,
      coachChangeProposals: proposals,
    };
  }
}
