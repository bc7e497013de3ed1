export * from './candidates.module';
export * from './assessment.error';
export * from './report/render-report';
export type { ReportModel } from './report/report.model';
export * from './report/report-download.module';
