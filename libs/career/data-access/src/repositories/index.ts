export * from './career-access.repository';
export * from './project.repository';
export * from './application.repository';
export * from './interview-practice.repository';
export * from './cv.repository';
