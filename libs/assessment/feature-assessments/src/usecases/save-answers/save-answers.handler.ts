import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import {
  acceptsFreeTextSkills,
  describeIssues,
  validateAnswers,
  validateFreeTextSkills,
} from '@passerelle/assessment/domain';
import { AssessmentRepository, type AssessmentEntity } from '@passerelle/assessment/data-access';
import { AssessmentError, AssessmentErrorCode } from '../../assessment.error';
import { lockOpenSession } from '../../lock-open-session';
import { SessionItemsReader } from '../../session-items.reader';
import type { SaveAnswersCommand } from './save-answers.command';

/** Saves progress: the person answers at their own pace and comes back later. */
@Injectable()
export class SaveAnswersHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: AssessmentRepository,
    private readonly items: SessionItemsReader,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: SaveAnswersCommand): Promise<AssessmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const session = await lockOpenSession(this.sessions, manager, identity, command.assessmentId);
      const { instrument, items } = await this.items.of(session, manager);
      const answers = Object.fromEntries(command.answers.map((answer) => [answer.itemId, answer.value]));
      const issues = validateAnswers(
        items.map((item) => item.itemId),
        instrument.responseFormat,
        answers,
        { complete: false },
      );
      const free = command.freeTextSkills ?? undefined;
      if (free && !acceptsFreeTextSkills(instrument.kind)) {
        throw new AssessmentError(
          AssessmentErrorCode.InvalidInput,
          'freeTextSkills: skills of your own belong to the skills inventory',
          { field: 'freeTextSkills' },
        );
      }
      const freeIssues = free ? validateFreeTextSkills(free) : [];
      if (issues.length || freeIssues.length) {
        throw new AssessmentError(
          AssessmentErrorCode.InvalidAnswers,
          [describeIssues(issues), ...freeIssues.map((issue) => issue.message)].filter(Boolean).join('; '),
          {
            issues: [
              ...issues,
              ...freeIssues.map((issue) => ({
                itemId: `free-text-${issue.index + 1}`,
                message: issue.message,
              })),
            ],
          },
        );
      }
      await this.sessions.saveAnswers(manager, session, answers);
      if (free) await this.sessions.replaceFreeSkills(manager, session, free);
      await this.sessions.update(manager, session.id, { status: 'in_progress', updatedAt: this.clock.now() });
      return this.sessions.getById(session.id, manager);
    });
  }
}
