/** Test helpers of the import, for its int specs, the e2e specs and the benchmark. */
export * from './hr-files';
export * from './zip-files';
export * from './import-test-kit';
export * from './simulated-crash';
