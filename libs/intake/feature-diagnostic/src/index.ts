export * from './diagnostic.module';
export * from './diagnostic.error';
