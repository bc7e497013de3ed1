import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { DataSource } from 'typeorm';
import { canReadCandidate, type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { OutboxWriter } from '@passerelle/shared/messaging';
import { debriefRefusal, isTheirCoach } from '@passerelle/assessment/domain';
import { AssessmentRepository, type AssessmentEntity } from '@passerelle/assessment/data-access';
import { AssessmentError, AssessmentErrorCode } from '../../assessment.error';
import type { RecordDebriefCommand } from './record-debrief.command';

/**
 * The debrief gate: the person's coach records the conversation about the results, which
 * releases them to the person (ResultsReleased). The notes stay the coach's.
 */
@Injectable()
export class RecordDebriefHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: AssessmentRepository,
    private readonly scopes: CandidateScopeRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: RecordDebriefCommand): Promise<AssessmentEntity> {
    if (identity.role !== 'coach') {
      throw new AssessmentError(AssessmentErrorCode.OutOfScope, 'only the person’s coach records a debrief');
    }
    return this.dataSource.transaction(async (manager) => {
      const session = await this.sessions.lockById(manager, command.assessmentId);
      const scope = session && (await this.scopes.find(session.candidateId));
      const readsPerson = !!scope && canReadCandidate(identity, scope);
      if (!session || !isTheirCoach({ role: identity.role, readsPerson })) {
        throw new AssessmentError(
          AssessmentErrorCode.NotFound,
          `assessment ${command.assessmentId} not found`,
        );
      }
      const refusal = debriefRefusal(session.status);
      if (refusal === 'not_submitted') {
        throw new AssessmentError(
          AssessmentErrorCode.NotSubmitted,
          `assessment ${session.id} is not submitted yet: debrief once the person has finished it`,
        );
      }
      if (refusal === 'already_released') {
        throw new AssessmentError(
          AssessmentErrorCode.AlreadyReleased,
          `the results of assessment ${session.id} were released on ${session.releasedAt?.toISOString()}`,
        );
      }
      const releasedAt = this.clock.now();
      await this.sessions.insertDebrief(manager, {
        assessmentId: session.id,
        candidateId: session.candidateId,
        coachId: identity.coachId,
        notes: command.notes,
        debriefedAt: releasedAt,
      });
      await this.sessions.update(manager, session.id, {
        status: 'released',
        releasedAt,
        updatedAt: releasedAt,
      });
      await this.outbox.emit(manager, 'ResultsReleased.v1', session.candidateId, {
        assessmentId: session.id,
        candidateId: session.candidateId,
        coachId: identity.coachId,
        milestoneId: session.milestoneId,
        releasedAt: releasedAt.toISOString(),
      });
      return this.sessions.getById(session.id, manager);
    });
  }
}
