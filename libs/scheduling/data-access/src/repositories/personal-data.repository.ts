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
import { SessionNoteReadEntity } from '../entities/session-note-read.entity';
import { SessionNoteVersionEntity } from '../entities/session-note-version.entity';
import { SessionNoteEntity } from '../entities/session-note.entity';

/**
 * A person's data as scheduling holds it (GDPR access). A workshop is shared: the person gets the
 * session itself (when, where, its state) and their own place in it, never the other participants.
 * Their session notes are theirs too: the summaries and the coach's confidential notes, every
 * version, and who read the confidential ones (docs/scheduling.md, "Session notes").
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
    const notes = await manager.find(SessionNoteEntity, {
      where: { candidateId },
      order: { createdAt: 'ASC', type: 'ASC' },
    });
    const [profile, assignments, queue, sessions, bookings, reminders, waiting, proposals, versions, reads] =
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
        manager.find(SessionNoteVersionEntity, {
          where: { noteId: In(notes.map((note) => note.id)) },
          order: { noteId: 'ASC', version: 'ASC' },
        }),
        manager.find(SessionNoteReadEntity, { where: { candidateId }, order: { readAt: 'ASC' } }),
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
      sessionNotes: notes,
      sessionNoteVersions: versions,
      sessionNoteReads: reads,
    };
  }
}
