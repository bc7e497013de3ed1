export * from './csv-file';
export * from './riasec-items.reader';
export * from './project-instrument.reader';
export * from './rome.reader';
export * from './import-reference';
