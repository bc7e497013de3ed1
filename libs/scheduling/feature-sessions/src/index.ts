export { SessionsModule, SESSIONS_RESOLVERS, SESSIONS_TYPE_PATHS } from './sessions.module';
// What the benchmark and the integration tests drive directly.
export { AvailabilityService } from './availability.service';
export { ReminderPoller } from './reminder.poller';
export { SessionSlots } from './session-slots.service';
export { BookSessionHandler } from './usecases/book-session/book-session.handler';
export {
  bookSessionCommandSchema,
  type BookSessionCommand,
} from './usecases/book-session/book-session.command';
export { LifecycleEventsConsumer } from './lifecycle-events.consumer';
export { ExportPersonalDataHandler } from './usecases/export-personal-data/export-personal-data.handler';
