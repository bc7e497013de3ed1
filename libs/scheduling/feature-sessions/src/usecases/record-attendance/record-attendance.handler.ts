import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import {
  ReminderRepository,
  SessionRepository,
  type SessionEntity,
} from '@passerelle/scheduling/data-access';
import { bookedPeople, noShow } from '@passerelle/scheduling/domain';
import { slotPayload } from '../../session-events';
import { SessionLoader } from '../../session-loader.service';
import { SessionError, SessionErrorCode } from '../../session.error';
import type { CompleteSessionCommand, MarkNoShowCommand } from './record-attendance.command';

/** The coach (or ops) records how a session went: completed, or who did not come. */
@Injectable()
export class RecordAttendanceHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionRepository,
    private readonly reminders: ReminderRepository,
    private readonly loader: SessionLoader,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  /** Everyone still booked attended; one SessionCompleted per person. */
  async complete(identity: Identity, { sessionId }: CompleteSessionCommand): Promise<SessionEntity> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const { session, participants } = await this.forCoachOrOps(manager, identity, sessionId);
      const attended = bookedPeople(participants);
      await this.sessions.setParticipantStatus(manager, sessionId, attended, 'attended');
      await this.sessions.updateSession(manager, sessionId, {
        status: 'completed',
        revision: session.revision + 1,
        updatedAt: now,
      });
      await this.reminders.voidPending(manager, sessionId);
      await this.outbox.append(
        manager,
        attended.map((candidateId) =>
          createEvent('SessionCompleted.v1', candidateId, {
            ...slotPayload(session, candidateId),
            completedAt: now.toISOString(),
          }),
        ),
      );
      return { ...session, status: 'completed' };
    });
  }

  /** These people (everyone still booked when none named) did not come; one SessionNoShow each. */
  async noShow(identity: Identity, { sessionId, candidateIds }: MarkNoShowCommand): Promise<SessionEntity> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const { session, participants } = await this.forCoachOrOps(manager, identity, sessionId);
      const { absent, notBooked, nobodyCame } = noShow(participants, candidateIds);
      if (notBooked)
        throw new SessionError(
          SessionErrorCode.InvalidInput,
          `candidate ${notBooked} is not booked in this session`,
          {
            field: 'candidateIds',
          },
        );
      await this.sessions.setParticipantStatus(manager, sessionId, absent, 'no_show');
      await this.reminders.voidPending(manager, sessionId, absent);
      // Nobody left to come: the whole session was a no-show.
      const status = nobodyCame ? 'no_show' : session.status;
      await this.sessions.updateSession(manager, sessionId, {
        status,
        revision: session.revision + 1,
        updatedAt: now,
      });
      await this.outbox.append(
        manager,
        absent.map((candidateId) =>
          createEvent('SessionNoShow.v1', candidateId, {
            ...slotPayload(session, candidateId),
            recordedAt: now.toISOString(),
          }),
        ),
      );
      return { ...session, status };
    });
  }

  private async forCoachOrOps(
    manager: Parameters<SessionLoader['lockForChange']>[0],
    identity: Identity,
    sessionId: string,
  ) {
    const locked = await this.loader.lockForChange(manager, identity, sessionId);
    if (locked.access !== 'all')
      throw new SessionError(SessionErrorCode.OutOfScope, 'only the coach or ops record attendance');
    return locked;
  }
}
