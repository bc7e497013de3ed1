export * from './request-context';
export * from './logger';
export * from './metrics';
export * from './readiness';
export * from './health.controller';
export * from './internal-server';
export * from './correlation.middleware';
