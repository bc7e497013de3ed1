import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import {
  CareerAccessRepository,
  InterviewPracticeRepository,
  type InterviewPracticeAnswerEntity,
} from '@passerelle/career/data-access';
import { reviewRefusal } from '@passerelle/career/domain';
import { answerRefusal, outOfScope } from '../../interview-practice.error';
import type { ReviewPracticeAnswerCommand } from './review-practice-answer.command';

/** The person's current coach reviews a submitted answer, once; the person then reads the review. */
@Injectable()
export class ReviewPracticeAnswerHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CareerAccessRepository,
    private readonly practice: InterviewPracticeRepository,
    private readonly clock: Clock,
  ) {}

  async execute(
    identity: Identity,
    command: ReviewPracticeAnswerCommand,
  ): Promise<InterviewPracticeAnswerEntity> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const answer = await this.practice.lockAnswerById(manager, command.answerId);
      const access = answer && (await this.access.accessTo(identity, answer.candidateId));
      if (!answer || identity.role !== 'coach' || access?.reader !== 'coach') throw outOfScope('answerId');
      const refusal = reviewRefusal(answer.status);
      if (refusal) throw answerRefusal(refusal);
      const reviewed: InterviewPracticeAnswerEntity = {
        ...answer,
        status: 'reviewed',
        reviewStructure: command.structure,
        reviewConcreteness: command.concreteness,
        reviewResult: command.result,
        reviewClarity: command.clarity,
        reviewComment: command.comment,
        reviewedByCoachId: identity.coachId,
        reviewedAt: now,
      };
      await this.practice.saveAnswer(manager, reviewed);
      return reviewed;
    });
  }
}
