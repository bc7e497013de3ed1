export * from './committee.module';
export * from './committee.error';
// What the integration tests and the rebuild drive directly.
export * from './usecases/read-committee-dashboard/read-committee-dashboard.handler';
export * from './usecases/read-committee-dashboard/read-committee-dashboard.query';
export { READ_MODEL_EVENTS } from './read-model-events.consumer';
