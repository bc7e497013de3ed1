import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { parseInput } from '@passerelle/shared/graphql';
import type {
  InterviewPracticeGuide,
  InterviewPracticeSession,
  PracticeAnswer,
} from '@passerelle/career/graphql-types';
import { invalidPracticeInput } from './interview-practice.error';
import { toAnswerObject, toGuideObject, toPracticeSessionObject } from './interview-practice.object';
import { ReadPracticeSessionsHandler } from './usecases/read-practice-sessions/read-practice-sessions.handler';
import {
  readPracticeSessionQuerySchema,
  readPracticeSessionsQuerySchema,
} from './usecases/read-practice-sessions/read-practice-sessions.query';
import { reviewPracticeAnswerCommandSchema } from './usecases/review-practice-answer/review-practice-answer.command';
import { ReviewPracticeAnswerHandler } from './usecases/review-practice-answer/review-practice-answer.handler';
import { startInterviewPracticeCommandSchema } from './usecases/start-interview-practice/start-interview-practice.command';
import { StartInterviewPracticeHandler } from './usecases/start-interview-practice/start-interview-practice.handler';
import { writePracticeAnswerCommandSchema } from './usecases/write-practice-answer/write-practice-answer.command';
import { WritePracticeAnswerHandler } from './usecases/write-practice-answer/write-practice-answer.handler';

/**
 * Interview practice: the person, or their coach, starts a session of questions from the bank; the
 * person answers in writing against STAR; their coach reviews. Ops, sponsors and committee members
 * are refused by role, another person or coach by scope: FORBIDDEN either way (decision 0030).
 */
@Resolver()
export class InterviewPracticeResolver {
  constructor(
    private readonly read: ReadPracticeSessionsHandler,
    private readonly start: StartInterviewPracticeHandler,
    private readonly write: WritePracticeAnswerHandler,
    private readonly review: ReviewPracticeAnswerHandler,
  ) {}

  @Query('interviewPracticeGuide')
  @Roles('candidate', 'coach')
  interviewPracticeGuide(): InterviewPracticeGuide {
    return toGuideObject();
  }

  @Query('interviewPracticeSessions')
  @Roles('candidate', 'coach')
  async interviewPracticeSessions(
    @Args('candidateId') candidateId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<InterviewPracticeSession[]> {
    const query = parseInput(readPracticeSessionsQuerySchema, { candidateId }, invalidPracticeInput);
    return (await this.read.ofCandidate(identity, query.candidateId)).map(toPracticeSessionObject);
  }

  @Query('interviewPracticeSession')
  @Roles('candidate', 'coach')
  async interviewPracticeSession(
    @Args('id') id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<InterviewPracticeSession> {
    const query = parseInput(readPracticeSessionQuerySchema, { id }, invalidPracticeInput);
    return toPracticeSessionObject(await this.read.one(identity, query.id));
  }

  @Mutation('startInterviewPractice')
  @Roles('candidate', 'coach')
  async startInterviewPractice(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<InterviewPracticeSession> {
    const command = parseInput(startInterviewPracticeCommandSchema, input, invalidPracticeInput);
    return toPracticeSessionObject(await this.start.execute(identity, command));
  }

  @Mutation('savePracticeAnswer')
  @Roles('candidate', 'coach')
  async savePracticeAnswer(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<PracticeAnswer> {
    const command = parseInput(writePracticeAnswerCommandSchema, input, invalidPracticeInput);
    return toAnswerObject(await this.write.execute(identity, { ...command, submit: false }));
  }

  @Mutation('submitPracticeAnswer')
  @Roles('candidate', 'coach')
  async submitPracticeAnswer(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<PracticeAnswer> {
    const command = parseInput(writePracticeAnswerCommandSchema, input, invalidPracticeInput);
    return toAnswerObject(await this.write.execute(identity, { ...command, submit: true }));
  }

  @Mutation('reviewPracticeAnswer')
  @Roles('coach')
  async reviewPracticeAnswer(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<PracticeAnswer> {
    const command = parseInput(reviewPracticeAnswerCommandSchema, input, invalidPracticeInput);
    return toAnswerObject(await this.review.execute(identity, command));
  }
}
