import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateScopeModule } from '@passerelle/shared/candidate-scope';
import {
  AssignmentRepository,
  DirectoryRepository,
  ReminderRepository,
  SessionRepository,
} from '@passerelle/scheduling/data-access';
import { AssignCoachHandler } from './assignment/assign-coach.handler';
import { CoachAssignmentResolver } from './assignment/assignment.resolver';
import { AssignmentEventsConsumer } from './assignment/candidate-events.consumer';
import { ReassignCoachHandler } from './assignment/reassign-coach.handler';
import { CandidateErasureConsumer } from './candidates/candidate-erasure.consumer';
import { CandidateSchedulingResolver } from './candidates/candidate-scheduling.resolver';
import { CoachResolver, OfficeResolver } from './directory/directory.resolver';
import { DirectoryHandler } from './directory/directory.handler';
import { AvailabilityQuery } from './sessions/availability.query';
import { AvailabilityService } from './sessions/availability.service';
import { BookSessionHandler } from './sessions/book-session.handler';
import { CalendarController } from './sessions/calendar.controller';
import { CancelSessionHandler } from './sessions/cancel-session.handler';
import { JoinWorkshopHandler } from './sessions/join-workshop.handler';
import { RecordAttendanceHandler } from './sessions/record-attendance.handler';
import { ReminderPoller } from './sessions/reminder.poller';
import { RescheduleSessionHandler } from './sessions/reschedule-session.handler';
import { SessionSlots } from './sessions/session-context.service';
import { SessionLoader } from './sessions/session-loader.service';
import { SessionResolver } from './sessions/session.resolver';

/** The scheduling subgraph's SDL (one file: the supergraph is composed from it). */
export const SCHEDULING_TYPE_PATHS = [join(__dirname, 'scheduling.graphql')];
export const SCHEDULING_RESOLVERS = [
  CandidateSchedulingResolver,
  OfficeResolver,
  CoachResolver,
  CoachAssignmentResolver,
  SessionResolver,
];

export const SCHEDULING_HANDLERS = [
  DirectoryHandler,
  AssignCoachHandler,
  ReassignCoachHandler,
  AvailabilityService,
  AvailabilityQuery,
  SessionSlots,
  SessionLoader,
  BookSessionHandler,
  JoinWorkshopHandler,
  RescheduleSessionHandler,
  CancelSessionHandler,
  RecordAttendanceHandler,
  ReminderPoller,
];

/**
 * Scheduling's features: offices, rooms and coaches (directory/), fair assignment (assignment/),
 * sessions with availability, reminders and the calendar feed (sessions/), and the federated
 * Candidate's sessions and coach (candidates/).
 */
@Module({
  imports: [CandidateScopeModule],
  controllers: [AssignmentEventsConsumer, CandidateErasureConsumer, CalendarController],
  providers: [
    DirectoryRepository,
    AssignmentRepository,
    SessionRepository,
    ReminderRepository,
    ...SCHEDULING_HANDLERS,
    ...SCHEDULING_RESOLVERS,
  ],
})
export class SchedulingCandidatesModule {}
