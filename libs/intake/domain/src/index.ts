export * from './spreadsheet-safe';
export * from './job-title';
export * from './import-columns';
export * from './import-dates';
export * from './import-row';
export * from './file-sniffing';
