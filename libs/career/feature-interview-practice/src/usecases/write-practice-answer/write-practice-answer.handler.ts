import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import {
  CareerAccessRepository,
  InterviewPracticeRepository,
  type InterviewPracticeAnswerEntity,
} from '@passerelle/career/data-access';
import { checkStarAnswer, saveDraftRefusal, submitRefusal } from '@passerelle/career/domain';
import {
  answerRefusal,
  InterviewPracticeError,
  InterviewPracticeErrorCode,
  outOfScope,
} from '../../interview-practice.error';
import type { WritePracticeAnswerCommand } from './write-practice-answer.command';

/**
 * The person writes their answer to a question of their session: drafts as often as they like,
 * then one submission with the four STAR parts filled; a submitted answer is no longer edited.
 */
@Injectable()
export class WritePracticeAnswerHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CareerAccessRepository,
    private readonly practice: InterviewPracticeRepository,
    private readonly clock: Clock,
  ) {}

  async execute(
    identity: Identity,
    command: WritePracticeAnswerCommand,
  ): Promise<InterviewPracticeAnswerEntity> {
    const record = await this.practice.record(command.sessionId);
    const access = record && (await this.access.accessTo(identity, record.session.candidateId));
    if (!record || !access) throw outOfScope('sessionId');
    if (access.reader !== 'owner')
      throw new InterviewPracticeError(
        InterviewPracticeErrorCode.PersonAnswers,
        'the person writes their own answers; their coach reviews them once submitted',
      );
    if (!record.questions.some((question) => question.questionId === command.questionId))
      throw new InterviewPracticeError(
        InterviewPracticeErrorCode.QuestionNotInSession,
        `questionId: ${command.questionId} is not a question of this session`,
        { field: 'questionId' },
      );
    const parts = {
      situation: command.situation,
      task: command.task,
      action: command.action,
      result: command.result,
    };
    const check = checkStarAnswer(parts);
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const existing = await this.practice.lockAnswer(manager, command.sessionId, command.questionId);
      const refusal = command.submit
        ? submitRefusal(existing?.status, check)
        : saveDraftRefusal(existing?.status, check);
      if (refusal)
        throw answerRefusal(
          refusal,
          refusal === 'ANSWER_INCOMPLETE'
            ? check.missingParts
            : refusal === 'ANSWER_TOO_LONG'
              ? check.tooLongParts
              : [],
        );
      const answer: InterviewPracticeAnswerEntity = {
        ...(existing ?? {
          id: randomUUID(),
          sessionId: command.sessionId,
          questionId: command.questionId,
          candidateId: record.session.candidateId,
          submittedAt: null,
          reviewStructure: null,
          reviewConcreteness: null,
          reviewResult: null,
          reviewClarity: null,
          reviewComment: null,
          reviewedByCoachId: null,
          reviewedAt: null,
        }),
        ...parts,
        status: command.submit ? 'submitted' : 'draft',
        savedAt: now,
        submittedAt: command.submit ? now : null,
      };
      await this.practice.saveAnswer(manager, answer);
      return answer;
    });
  }
}
