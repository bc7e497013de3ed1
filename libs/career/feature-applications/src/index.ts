export * from './applications.module';
export * from './applications.error';
export * from './follow-up-sweep.runner';
