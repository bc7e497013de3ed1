export * from './committee.module';
export * from './committee.error';
export * from './pack/committee-pack.module';
// What the integration tests and the rebuild drive directly.
export * from './usecases/read-committee-dashboard/read-committee-dashboard.handler';
export * from './usecases/read-committee-dashboard/read-committee-dashboard.query';
export { READ_MODEL_EVENTS } from './read-model-events.consumer';
export * from './usecases/download-committee-pack/download-committee-pack.handler';
export * from './usecases/download-committee-pack/download-committee-pack.command';
