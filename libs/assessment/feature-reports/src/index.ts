export * from './reports.module';
export * from './report-download.module';
export * from './render-report';
export type { ReportModel } from './report.model';
