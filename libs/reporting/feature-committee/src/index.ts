export * from './committee.module';
export * from './committee.error';
export * from './pack/committee-pack.module';
// What the integration tests, the rebuild and the benchmark drive directly.
export * from './usecases/read-committee-dashboard/read-committee-dashboard.handler';
export * from './usecases/read-committee-dashboard/read-committee-dashboard.query';
export { READ_MODEL_EVENTS, ReadModelEventsConsumer, readModelFactsOf } from './read-model-events.consumer';
export * from './usecases/download-committee-pack/download-committee-pack.handler';
export * from './usecases/download-committee-pack/download-committee-pack.command';
