import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { OutboxWriter, createEvent } from '@passerelle/shared/messaging';
import {
  DirectoryChangeRepository,
  DirectoryRepository,
  SessionRepository,
  type CoachChangeProposalEntity,
} from '@passerelle/scheduling/data-access';
import { coachChangeAnswerRefusal } from '@passerelle/scheduling/domain';
import { directoryChange } from '../../directory-audit';
import { DirectoryError, DirectoryErrorCode } from '../../directory.error';
import { coachHoldEnd } from '../../session-move-options';
import { slotPayload } from '../../session-payload';
import type { AnswerCoachChangeCommand } from './answer-coach-change.command';

/**
 * The person answers a coach change offered for their session. Declined, the session stays as it
 * is and ops see the answer. Accepted, the session changes coach in one transaction (the old
 * coach's hold freed, the new one's taken, reminders renamed) and SessionRescheduled (same time,
 * previousCoachId) tells the person through the notifier. If the coach has been taken meanwhile, or
 * is no longer active, the proposal lapses: COACH_NOT_FREE, and ops see it.
 */
@Injectable()
export class AnswerCoachChangeHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryRepository,
    private readonly changes: DirectoryChangeRepository,
    private readonly sessions: SessionRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: AnswerCoachChangeCommand): Promise<CoachChangeProposalEntity> {
    const now = this.clock.now();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const session = await this.sessions.lockSession(manager, command.sessionId);
        const proposal = session && (await this.changes.findProposal(session.id, manager));
        if (
          !session ||
          !proposal ||
          identity.role !== 'candidate' ||
          proposal.candidateId !== identity.candidateId
        )
          throw new DirectoryError(
            DirectoryErrorCode.ProposalNotFound,
            `no coach change is proposed to you for session ${command.sessionId}`,
            { field: 'sessionId' },
          );
        switch (coachChangeAnswerRefusal(proposal, session, now)) {
          case 'not_pending':
            throw new DirectoryError(
              DirectoryErrorCode.ProposalNotPending,
              `the proposal is ${proposal.status}`,
              {
                status: proposal.status,
              },
            );
          case 'session_not_ahead':
            throw new DirectoryError(
              DirectoryErrorCode.SessionNotAhead,
              'the session has changed since: the office will come back to you',
              { field: 'sessionId' },
            );
          case null:
            break;
        }
        const status = command.accept ? 'accepted' : 'declined';
        if (command.accept) {
          const [coach, office] = await Promise.all([
            this.directory.findCoach(proposal.toCoachId, manager),
            session.officeId ? this.directory.findOffice(session.officeId) : null,
          ]);
          if (!coach?.active || !office) throw new CoachTaken();
          await this.changes.changeCoach(manager, session, coach.id, coachHoldEnd(session, office), now);
          await this.outbox.append(manager, [
            createEvent('SessionRescheduled.v1', proposal.candidateId, {
              ...slotPayload({ ...session, coachId: coach.id }, proposal.candidateId),
              previousStartsAt: session.startsAt.toISOString(),
              previousEndsAt: session.endsAt.toISOString(),
              previousCoachId: session.coachId,
              rescheduledAt: now.toISOString(),
            }),
          ]);
        }
        await this.changes.answerProposal(manager, session.id, status, now);
        await this.changes.record(
          manager,
          directoryChange(identity, 'session', session.id, `coach_change_${status}`, ['coachId'], now),
        );
        return { ...proposal, status, answeredAt: now };
      });
    } catch (error) {
      if (!(error instanceof CoachTaken) && !isExclusionViolation(error)) throw error;
      // Nothing of the acceptance was written; the proposal lapses, for ops to choose again.
      await this.dataSource.transaction((manager) =>
        this.changes.answerProposal(manager, command.sessionId, 'lapsed', now),
      );
      throw new DirectoryError(
        DirectoryErrorCode.CoachNotFree,
        'that coach is no longer free at that time: the office will come back to you',
        { field: 'sessionId' },
      );
    }
  }
}

class CoachTaken extends Error {}

/** PostgreSQL refused the new coach's hold: it overlaps another (23P01). */
function isExclusionViolation(error: unknown): boolean {
  return (error as { driverError?: { code?: string } }).driverError?.code === '23P01';
}
