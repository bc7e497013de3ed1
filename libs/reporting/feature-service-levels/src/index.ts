export * from './service-levels.module';
export * from './service-levels.error';
// What the integration tests drive directly.
export * from './usecases/read-service-level-breaches/read-service-level-breaches.handler';
export * from './usecases/read-service-level-breaches/read-service-level-breaches.query';
export * from './usecases/read-coach-workload/read-coach-workload.handler';
export * from './usecases/read-service-level-summary/read-service-level-summary.handler';
