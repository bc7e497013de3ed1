export * from './privacy.module';
export * from './privacy.error';
export { EXPORT_FORMAT } from './export-personal-data.handler';
