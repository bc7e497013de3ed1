import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { SUPPRESSION_TYPE_PATHS } from '@passerelle/shared/graphql';
import { CandidateScopeOwnEnrolmentsModule } from '@passerelle/shared/candidate-scope';
import {
  AssignmentRepository,
  DirectoryRepository,
  ReminderRepository,
  SchedulingPersonalDataRepository,
  SessionNoteRepository,
  SessionRepository,
} from '@passerelle/scheduling/data-access';
import { PersonalDataController } from './personal-data.controller';
import { ExportPersonalDataHandler } from './usecases/export-personal-data/export-personal-data.handler';
import { AvailabilityService } from './availability.service';
import { CalendarController } from './calendar.controller';
import { CandidateSessionsResolver } from './candidate-sessions.resolver';
import { ReminderPoller } from './reminder.poller';
import { SessionEditor } from './usecases/session-editor';
import { SessionSlots } from './session-slots.service';
import { SessionResolver } from './session.resolver';
import { BookSessionHandler } from './usecases/book-session/book-session.handler';
import { CancelSessionHandler } from './usecases/cancel-session/cancel-session.handler';
import { CreateWorkshopHandler } from './usecases/create-workshop/create-workshop.handler';
import { EditWorkshopHandler } from './usecases/edit-workshop/edit-workshop.handler';
import { FindAvailableSlotsHandler } from './usecases/find-available-slots/find-available-slots.handler';
import { FindOpenWorkshopsHandler } from './usecases/find-open-workshops/find-open-workshops.handler';
import { LeaveWorkshopHandler } from './usecases/leave-workshop/leave-workshop.handler';
import { JoinWorkshopHandler } from './usecases/join-workshop/join-workshop.handler';
import { RecordAttendanceHandler } from './usecases/record-attendance/record-attendance.handler';
import { RescheduleSessionHandler } from './usecases/reschedule-session/reschedule-session.handler';
import { ReleaseFutureSessionsHandler } from './usecases/release-future-sessions/release-future-sessions.handler';
import { LifecycleEventsConsumer } from './lifecycle-events.consumer';
import { SessionNotesResolver } from './session-notes.resolver';
import { AcknowledgeSessionSummaryHandler } from './usecases/acknowledge-session-summary/acknowledge-session-summary.handler';
import { AmendSessionNoteHandler } from './usecases/amend-session-note/amend-session-note.handler';
import { ReadSessionNotesHandler } from './usecases/read-session-notes/read-session-notes.handler';
import { WriteSessionNoteHandler } from './usecases/write-session-note/write-session-note.handler';

/** The sessions' part of the scheduling subgraph's SDL: sessions, then their notes. */
export const SESSIONS_TYPE_PATHS = [
  join(__dirname, 'sessions.graphql'),
  join(__dirname, 'session-notes.graphql'),
  ...SUPPRESSION_TYPE_PATHS,
];

export const SESSIONS_RESOLVERS = [SessionResolver, CandidateSessionsResolver, SessionNotesResolver];

/**
 * Sessions: free slots, booking, moving, cancelling, workshops, attendance, reminders and the
 * coach's calendar feed.
 */
@Module({
  imports: [CandidateScopeOwnEnrolmentsModule],
  controllers: [CalendarController, LifecycleEventsConsumer, PersonalDataController],
  providers: [
    DirectoryRepository,
    AssignmentRepository,
    SessionRepository,
    ReminderRepository,
    AvailabilityService,
    SessionSlots,
    SessionEditor,
    FindAvailableSlotsHandler,
    BookSessionHandler,
    JoinWorkshopHandler,
    FindOpenWorkshopsHandler,
    LeaveWorkshopHandler,
    RescheduleSessionHandler,
    CancelSessionHandler,
    RecordAttendanceHandler,
    CreateWorkshopHandler,
    EditWorkshopHandler,
    ReleaseFutureSessionsHandler,
    ReminderPoller,
    SchedulingPersonalDataRepository,
    ExportPersonalDataHandler,
    SessionNoteRepository,
    WriteSessionNoteHandler,
    AmendSessionNoteHandler,
    AcknowledgeSessionSummaryHandler,
    ReadSessionNotesHandler,
    ...SESSIONS_RESOLVERS,
  ],
})
export class SessionsModule {}
