export * from './outgoing-message.repository';
export * from './session-calendar.repository';
export * from './digest.repository';
export * from './assignment-queue.repository';
export * from './in-app-notification.repository';
export * from './preference.repository';
export * from './recipient-consent.repository';
export * from './sms-sink.repository';
