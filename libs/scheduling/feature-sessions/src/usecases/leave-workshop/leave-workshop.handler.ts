import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { DataSource } from 'typeorm';
import { canReadCandidate, type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { createEvent } from '@passerelle/shared/messaging';
import {
  DirectoryRepository,
  SessionRepository,
  type SessionEntity,
} from '@passerelle/scheduling/data-access';
import { cancelledBy, leaveRefusal, workshopOpenTo } from '@passerelle/scheduling/domain';
import { slotPayload } from '../../session-events';
import { SessionError, SessionErrorCode } from '../../session.error';
import { SessionEditor } from '../session-editor';
import type { LeaveWorkshopCommand } from './leave-workshop.command';

/** The reason the seat's `SessionCancelled` event gives when its person left the workshop. */
export const LEFT_WORKSHOP = 'left_workshop';

/**
 * A person gives up their seat in a group workshop before it starts (the person, or ops for them).
 * The mirror of joining: joining announces `SessionBooked` for the person, leaving announces
 * `SessionCancelled` for the person (as a person cancelling their seat does), so the notifier and
 * the pathway, which already follow a seat's life through these events, need nothing new. The seat,
 * the person's hold and their pending reminders are freed in one transaction, the row locked as
 * joining locks it, and the seat goes to the first person waiting (`SessionEditor.write`). A person
 * on the waiting list leaves it the same way.
 */
@Injectable()
export class LeaveWorkshopHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryRepository,
    private readonly sessions: SessionRepository,
    private readonly scopes: CandidateScopeRepository,
    private readonly editor: SessionEditor,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: LeaveWorkshopCommand): Promise<SessionEntity> {
    const now = this.clock.now();
    const scope = await this.scopes.find(command.candidateId);
    if (!scope || !canReadCandidate(identity, scope))
      throw new SessionError(
        SessionErrorCode.CandidateNotFound,
        `candidate ${command.candidateId} is unknown or not yours`,
        { field: 'candidateId' },
      );
    const found = await this.sessions.findSession(command.sessionId);
    const coach = found && (await this.directory.findCoach(found.coachId));
    const seatedThere = found
      ? (await this.sessions.listParticipants(found.id)).some((p) => p.candidateId === command.candidateId) ||
        (await this.sessions.waitingList(found.id)).includes(command.candidateId)
      : false;
    // Open to the person, or they hold (or held) a seat there or wait for one: their programme or
    // offices may have changed since they joined, and a seat taken is always theirs to give up.
    if (
      !found ||
      !coach ||
      found.kind !== 'group_workshop' ||
      !(seatedThere || workshopOpenTo(identity, found, coach, scope))
    )
      throw new SessionError(
        SessionErrorCode.SessionNotFound,
        `workshop ${command.sessionId} does not exist or is not open to this person`,
        { field: 'sessionId' },
      );
    return this.dataSource.transaction(async (manager) => {
      const session = await this.sessions.lockSession(manager, command.sessionId);
      if (!session || session.status !== 'booked')
        throw new SessionError(
          SessionErrorCode.SessionNotBooked,
          `workshop ${command.sessionId} is ${session?.status ?? 'gone'}`,
        );
      const whom = [command.candidateId];
      // On the waiting list: leaving it frees no seat and announces nothing.
      if ((await this.sessions.waitingList(session.id, manager)).includes(command.candidateId)) {
        await this.sessions.removeFromWaitingList(manager, session.id, whom);
        return session;
      }
      const participants = await this.sessions.listParticipants(session.id, manager);
      const seated = participants.filter((p) => p.status !== 'cancelled').map((p) => p.candidateId);
      switch (leaveRefusal(seated, command.candidateId, session.startsAt, now)) {
        case 'not_joined':
          throw new SessionError(
            SessionErrorCode.NotJoined,
            'this person has no seat in this workshop and is not on its waiting list',
          );
        case 'already_started':
          throw new SessionError(
            SessionErrorCode.WorkshopStarted,
            `this workshop started at ${session.startsAt.toISOString()}`,
          );
        case null:
          break;
      }
      // Through the editor, as every freed seat: the first person waiting takes it.
      return this.editor.write(
        manager,
        session,
        {
          participants: { candidateIds: whom, status: 'cancelled' },
          release: whom,
          voidReminders: whom,
          events: [
            createEvent('SessionCancelled.v1', command.candidateId, {
              ...slotPayload(session, command.candidateId),
              cancelledBy: cancelledBy(identity.role),
              reasonCode: LEFT_WORKSHOP,
              cancelledAt: now.toISOString(),
            }),
          ],
        },
        now,
      );
    });
  }
}
