import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateScopeModule } from '@passerelle/shared/candidate-scope';
import {
  CareerAccessRepository,
  InterviewPracticeRepository,
  ProjectRepository,
} from '@passerelle/career/data-access';
import { InterviewPracticeResolver } from './interview-practice.resolver';
import { ReadPracticeSessionsHandler } from './usecases/read-practice-sessions/read-practice-sessions.handler';
import { ReviewPracticeAnswerHandler } from './usecases/review-practice-answer/review-practice-answer.handler';
import { StartInterviewPracticeHandler } from './usecases/start-interview-practice/start-interview-practice.handler';
import { WritePracticeAnswerHandler } from './usecases/write-practice-answer/write-practice-answer.handler';

/** Interview practice's part of the career subgraph's SDL. */
export const INTERVIEW_PRACTICE_TYPE_PATHS = [join(__dirname, 'interview-practice.graphql')];

export const INTERVIEW_PRACTICE_RESOLVERS = [InterviewPracticeResolver];

/** Interview practice: sessions of questions from the bank, STAR answers, the coach's reviews. */
@Module({
  imports: [CandidateScopeModule],
  providers: [
    CareerAccessRepository,
    InterviewPracticeRepository,
    ProjectRepository,
    ReadPracticeSessionsHandler,
    StartInterviewPracticeHandler,
    WritePracticeAnswerHandler,
    ReviewPracticeAnswerHandler,
    ...INTERVIEW_PRACTICE_RESOLVERS,
  ],
})
export class InterviewPracticeModule {}
