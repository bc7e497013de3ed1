import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { createEvent } from '@passerelle/shared/messaging';
import type { SessionEntity } from '@passerelle/scheduling/data-access';
import { bookedPeople, noShow } from '@passerelle/scheduling/domain';
import { slotPayload } from '../../session-events';
import { SessionError, SessionErrorCode } from '../../session.error';
import { SessionEditor, type LockedSession } from '../session-editor';
import type { CompleteSessionCommand, MarkNoShowCommand } from './record-attendance.command';

/** The coach (or ops) records how a session went: completed, or who did not come. */
@Injectable()
export class RecordAttendanceHandler {
  constructor(
    private readonly editor: SessionEditor,
    private readonly clock: Clock,
  ) {}

  /** Everyone still booked attended; one SessionCompleted per person. */
  async complete(identity: Identity, { sessionId }: CompleteSessionCommand): Promise<SessionEntity> {
    const now = this.clock.now();
    return this.editor.change(identity, sessionId, now, (locked) => {
      const { session, participants } = forCoachOrOps(locked);
      const attended = bookedPeople(participants);
      return {
        row: { status: 'completed' },
        participants: { candidateIds: attended, status: 'attended' },
        voidReminders: 'everyone',
        events: attended.map((candidateId) =>
          createEvent('SessionCompleted.v1', candidateId, {
            ...slotPayload(session, candidateId),
            completedAt: now.toISOString(),
          }),
        ),
      };
    });
  }

  /** These people (everyone still booked when none named) did not come; one SessionNoShow each. */
  async noShow(identity: Identity, { sessionId, candidateIds }: MarkNoShowCommand): Promise<SessionEntity> {
    const now = this.clock.now();
    return this.editor.change(identity, sessionId, now, (locked) => {
      const { session, participants } = forCoachOrOps(locked);
      const { absent, notBooked, nobodyCame } = noShow(participants, candidateIds);
      if (notBooked)
        throw new SessionError(
          SessionErrorCode.InvalidInput,
          `candidate ${notBooked} is not booked in this session`,
          { field: 'candidateIds' },
        );
      return {
        // Nobody left to come: the whole session was a no-show.
        row: { status: nobodyCame ? 'no_show' : session.status },
        participants: { candidateIds: absent, status: 'no_show' },
        voidReminders: absent,
        events: absent.map((candidateId) =>
          createEvent('SessionNoShow.v1', candidateId, {
            ...slotPayload(session, candidateId),
            recordedAt: now.toISOString(),
          }),
        ),
      };
    });
  }
}

function forCoachOrOps(locked: LockedSession): LockedSession {
  if (locked.access !== 'all')
    throw new SessionError(SessionErrorCode.OutOfScope, 'only the coach or ops record attendance');
  return locked;
}
