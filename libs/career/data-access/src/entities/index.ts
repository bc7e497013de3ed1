export * from './project.entity';
export * from './application.entity';
export * from './interview-practice-session.entity';
export * from './interview-practice-question.entity';
export * from './interview-practice-answer.entity';
export * from './cv.entity';
