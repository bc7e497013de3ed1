export * from './career-access.repository';
export * from './project.repository';
