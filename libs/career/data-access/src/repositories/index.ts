export * from './career-access.repository';
export * from './project.repository';
export * from './cv.repository';
