import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import {
  CareerAccessRepository,
  InterviewPracticeRepository,
  type PracticeSessionRecord,
} from '@passerelle/career/data-access';
import { INTERVIEW_QUESTION_BANK_VERSION, selectInterviewQuestions } from '@passerelle/career/domain';
import { outOfScope } from '../../interview-practice.error';
import type { StartInterviewPracticeCommand } from './start-interview-practice.command';

/**
 * Draws a session's questions from the bank for the person (their own, or their coach's caseload)
 * and keeps them in order; the session's id is the seed, so its questions never change.
 */
@Injectable()
export class StartInterviewPracticeHandler {
  constructor(
    private readonly access: CareerAccessRepository,
    private readonly practice: InterviewPracticeRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: StartInterviewPracticeCommand): Promise<PracticeSessionRecord> {
    const access = await this.access.accessTo(identity, command.candidateId);
    if (!access || (identity.role !== 'candidate' && identity.role !== 'coach'))
      throw outOfScope('candidateId');
    const id = randomUUID();
    const selected = selectInterviewQuestions({
      occupationCodes: command.occupationCodes,
      offerSkills: command.offerSkills,
      count: command.questionCount,
      seed: id,
    });
    const session = {
      id,
      candidateId: command.candidateId,
      applicationId: command.applicationId,
      occupationCodes: [...new Set(command.occupationCodes)],
      offerSkills: command.offerSkills,
      bankVersion: INTERVIEW_QUESTION_BANK_VERSION,
      startedBy: identity.subject,
      startedByRole: identity.role,
      startedAt: this.clock.now(),
    };
    const questions = selected.map((question, index) => ({
      sessionId: id,
      position: index + 1,
      questionId: question.questionId,
      reason: question.reason,
      matchedSkills: question.matchedSkills,
    }));
    await this.practice.createSession(session, questions);
    return { session, questions, answers: [] };
  }
}
