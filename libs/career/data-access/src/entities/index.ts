export * from './project.entity';
export * from './application.entity';
