export * from './project.module';
export * from './project.error';
