export * from './messages.module';
export * from './recipient-directory';
export * from './message-queue';
// What the integration tests and the benchmark drive directly.
export * from './digest.runner';
export * from './session-events.consumer';
export * from './people-events.consumer';
export * from './usecases/remind-session/remind-session.handler';
export * from './usecases/notify-session-change/notify-session-change.handler';
export * from './usecases/notify-session-change/notify-session-change.command';
export * from './usecases/apply-awaiting-events/apply-awaiting-events.handler';
export * from './usecases/send-access-link/send-access-link.handler';
export * from './usecases/send-access-links/send-access-links.handler';
export * from './usecases/send-access-link/send-access-link.command';
