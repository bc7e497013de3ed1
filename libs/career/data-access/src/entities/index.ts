export * from './project.entity';
export * from './cv.entity';
