export {
  InterviewPracticeModule,
  INTERVIEW_PRACTICE_RESOLVERS,
  INTERVIEW_PRACTICE_TYPE_PATHS,
} from './interview-practice.module';
// What the integration tests drive directly.
export { StartInterviewPracticeHandler } from './usecases/start-interview-practice/start-interview-practice.handler';
export { WritePracticeAnswerHandler } from './usecases/write-practice-answer/write-practice-answer.handler';
export { ReviewPracticeAnswerHandler } from './usecases/review-practice-answer/review-practice-answer.handler';
export { ReadPracticeSessionsHandler } from './usecases/read-practice-sessions/read-practice-sessions.handler';
