export * from './progress.module';
export * from './progress.error';
export * from './risk-sweep.runner';
export * from './usecases/record-fact/record-fact.command';
export * from './usecases/record-fact/record-fact.handler';
