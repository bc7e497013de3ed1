export * from './committee.module';
export * from './committee.error';
// What the integration tests, the rebuild and the benchmark drive directly.
export * from './usecases/read-committee-dashboard/read-committee-dashboard.handler';
export * from './usecases/read-committee-dashboard/read-committee-dashboard.query';
export { READ_MODEL_EVENTS, ReadModelEventsConsumer } from './read-model-events.consumer';
