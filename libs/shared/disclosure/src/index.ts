export * from './threshold';
export * from './suppression';
export * from './audit-table';
export * from './suppress-table';
export * from './suppress-list';
