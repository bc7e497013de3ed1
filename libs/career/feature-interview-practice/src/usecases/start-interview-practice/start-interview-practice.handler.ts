import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import {
  CareerAccessRepository,
  InterviewPracticeRepository,
  ProjectRepository,
  type PracticeSessionRecord,
} from '@passerelle/career/data-access';
import { INTERVIEW_QUESTION_BANK_VERSION, selectInterviewQuestions } from '@passerelle/career/domain';
import { outOfScope } from '../../interview-practice.error';
import type { StartInterviewPracticeCommand } from './start-interview-practice.command';

/**
 * Draws a session's questions from the bank for the person (their own, or their coach's caseload)
 * and keeps them in order; the session's id is the seed, so its questions never change. Without
 * occupations given, the targets of the person's professional project (its last validated version,
 * else its draft) choose the family questions.
 */
@Injectable()
export class StartInterviewPracticeHandler {
  constructor(
    private readonly access: CareerAccessRepository,
    private readonly practice: InterviewPracticeRepository,
    private readonly projects: ProjectRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: StartInterviewPracticeCommand): Promise<PracticeSessionRecord> {
    const access = await this.access.accessTo(identity, command.candidateId);
    if (!access || (identity.role !== 'candidate' && identity.role !== 'coach'))
      throw outOfScope('candidateId');
    const occupationCodes =
      command.occupationCodes.length > 0
        ? command.occupationCodes
        : await this.projectTargets(command.candidateId);
    const id = randomUUID();
    const selected = selectInterviewQuestions({
      occupationCodes,
      offerSkills: command.offerSkills,
      count: command.questionCount,
      seed: id,
    });
    const session = {
      id,
      candidateId: command.candidateId,
      applicationId: command.applicationId,
      occupationCodes: [...new Set(occupationCodes)],
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

  /** The occupations of the person's project: the last validated version's, else the latest draft's. */
  private async projectTargets(candidateId: string): Promise<string[]> {
    const found = await this.projects.ofCandidate(candidateId);
    if (!found) return [];
    const versions = [...found.versions].reverse();
    const chosen = versions.find((version) => version.status === 'validated') ?? versions[0];
    return chosen ? chosen.targets.map((target) => target.occupationCode) : [];
  }
}
