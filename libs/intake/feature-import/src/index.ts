export * from './import.module';
export * from './import.error';
export * from './import-runner';
export * from './import-candidates.handler';
export * from './hr-file.reader';
export * from './import-report';
export * from './upload.controller';
export * from './rome-titles.reader';
