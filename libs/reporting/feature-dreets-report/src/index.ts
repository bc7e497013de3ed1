export * from './dreets-report.module';
export * from './dreets-report.error';
// What the integration tests drive directly.
export * from './usecases/download-dreets-report/download-dreets-report.handler';
export * from './usecases/download-dreets-report/download-dreets-report.command';
export * from './dreets-report-downloads.module';
