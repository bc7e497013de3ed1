export * from './notification-list.module';
export * from './notification-list.error';
