export * from './outcomes.module';
export * from './outcomes.error';
