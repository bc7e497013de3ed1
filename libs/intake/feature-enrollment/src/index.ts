export * from './enrollment.module';
export * from './enrollment.error';
