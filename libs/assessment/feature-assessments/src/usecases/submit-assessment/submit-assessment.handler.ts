import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  scoreAssessment,
  SubmissionInvalidError,
  type AssessmentResult,
} from '@passerelle/assessment/domain';
import { AssessmentRepository, type AssessmentEntity } from '@passerelle/assessment/data-access';
import { AssessmentError, AssessmentErrorCode } from '../../assessment.error';
import { lockOpenSession } from '../../lock-open-session';
import { SessionItemsReader } from '../../session-items.reader';
import type { SubmitAssessmentCommand } from './submit-assessment.command';

/**
 * Submission: every item answered and in range, then scored by the domain library, stored as a
 * profile, and announced (AssessmentCompleted, with the profile) in the same transaction.
 */
@Injectable()
export class SubmitAssessmentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: AssessmentRepository,
    private readonly items: SessionItemsReader,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, { assessmentId }: SubmitAssessmentCommand): Promise<AssessmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const session = await lockOpenSession(this.sessions, manager, identity, assessmentId);
      const { instrument, items } = await this.items.of(session, manager);
      const answers = await this.sessions.answers(session.id, manager);
      const freeTextSkills = await this.sessions.freeSkills(session.id, manager);
      let result: AssessmentResult;
      try {
        result = scoreAssessment(instrument, {
          answers,
          itemIds: items.map((item) => item.itemId),
          skillLabels: Object.fromEntries(items.map((item) => [item.itemId, item.text.fr])),
          freeTextSkills,
        });
      } catch (error) {
        if (!(error instanceof SubmissionInvalidError)) throw error;
        throw new AssessmentError(
          AssessmentErrorCode.InvalidAnswers,
          `the assessment cannot be submitted yet: ${error.message}`,
          { issues: error.issues },
        );
      }
      const completedAt = this.clock.now();
      await this.sessions.insertProfile(manager, {
        assessmentId: session.id,
        candidateId: session.candidateId,
        kind: result.kind,
        hollandCode: result.kind === 'riasec' ? result.riasec.hollandCode : null,
        result,
        computedAt: completedAt,
      });
      await this.sessions.update(manager, session.id, {
        status: 'completed',
        submittedAt: completedAt,
        updatedAt: completedAt,
      });
      await this.outbox.emit(manager, 'AssessmentCompleted.v1', session.candidateId, {
        assessmentId: session.id,
        candidateId: session.candidateId,
        instrumentCode: session.instrumentCode,
        instrumentVersion: instrument.version,
        milestoneId: session.milestoneId,
        completedAt: completedAt.toISOString(),
        riasec:
          result.kind === 'riasec'
            ? {
                scores: result.riasec.scores,
                hollandCode: result.riasec.hollandCode,
                differentiation: result.riasec.differentiation,
                consistency: result.riasec.consistency,
              }
            : null,
        workValues:
          result.kind === 'work_values'
            ? { scores: result.workValues.scores, top: result.workValues.top }
            : null,
        skills:
          result.kind === 'skills_inventory'
            ? items.map((item) => ({ skillCode: item.itemId, rating: answers[item.itemId] }))
            : [],
        targetOccupationCodes: session.targetOccupationCodes,
      });
      return this.sessions.getById(session.id, manager);
    });
  }
}
