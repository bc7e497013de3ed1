export * from './project.entity';
