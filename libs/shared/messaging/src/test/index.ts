/** Test helpers of the messaging lib, for its int specs and the benchmark. */
export * from './messaging-test-kit';
