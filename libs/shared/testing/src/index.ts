export * from './test-infrastructure';
export * from './wait-for';
export * from './topic-reader';
