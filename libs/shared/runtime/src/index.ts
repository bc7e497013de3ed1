export * from './pino-nest.logger';
export * from './service-core.module';
export * from './run-service';
export * from './run-migrations';
export * from './define-service-app';
