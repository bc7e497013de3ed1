export * from './csv-file';
export * from './reference-files';
export * from './rome-catalogue';
