export * from './outgoing-message.entity';
export * from './session-calendar.entity';
export * from './job-lead.entity';
export * from './at-risk-item.entity';
export * from './digest-sent.entity';
export * from './queue-alert.entity';
export * from './in-app-notification.entity';
export * from './notification-preference.entity';
