export * from './test-infrastructure';
export * from './wait-for';
export * from './topic-reader';
export * from './free-port';
export * from './graphql-client';
export * from './graphql-error';
export * from './gateway-builders';
