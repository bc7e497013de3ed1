export * from './candidates.module';
export { BookSessionHandler } from './sessions/book-session.handler';
export { ReminderPoller } from './sessions/reminder.poller';
export { AvailabilityService } from './sessions/availability.service';
export { SessionSlots } from './sessions/session-context.service';
export { AssignmentEventsConsumer } from './assignment/candidate-events.consumer';
export { CandidateErasureConsumer } from './candidates/candidate-erasure.consumer';
