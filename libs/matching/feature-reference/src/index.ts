export * from './csv-file';
export * from './reference-files';
export * from './labour-files';
export * from './rome-catalogue';
export * from './table-sync';
export * from './reference-import';
export * from './reference.module';
export * from './reference-data.error';
