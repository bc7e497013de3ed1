export * from './request-context';
export * from './logger';
export * from './metrics';
export * from './health.controller';
export * from './correlation.middleware';
