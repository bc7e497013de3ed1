export * from './privacy.module';
export * from './privacy.error';
export { EXPORT_FORMAT } from './usecases/export-personal-data/export-personal-data.handler';
