export * from './caseload.module';
