import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import type { Identity } from '@passerelle/shared/auth';
import { createEvent } from '@passerelle/shared/messaging';
import {
  DirectoryRepository,
  type CoachEntity,
  type SessionEntity,
} from '@passerelle/scheduling/data-access';
import {
  mayMoveSession,
  mayMoveToCoach,
  minutesBetween,
  officeOfMovedSession,
  roomRefusal,
  sessionEnd,
  startsInPast,
} from '@passerelle/scheduling/domain';
import { remindersFor, slotPayload } from '../../session-events';
import { SessionSlots } from '../../session-slots.service';
import { SessionError, SessionErrorCode } from '../../session.error';
import { SessionEditor } from '../session-editor';
import type { RescheduleSessionCommand } from './reschedule-session.command';

/**
 * Moves a session, keeping its coach unless ops name another (and its room unless another is
 * named). Old holds are released and new ones taken in one transaction: if the new time is taken,
 * nothing changes and the caller gets SLOT_TAKEN. Pending reminders are replaced.
 */
@Injectable()
export class RescheduleSessionHandler {
  constructor(
    private readonly editor: SessionEditor,
    private readonly directory: DirectoryRepository,
    private readonly slots: SessionSlots,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: RescheduleSessionCommand): Promise<SessionEntity> {
    const now = this.clock.now();
    if (startsInPast(command.startsAt, now))
      throw new SessionError(SessionErrorCode.InvalidInput, 'startsAt must be in the future', {
        field: 'startsAt',
      });
    let context: {
      coach: CoachEntity;
      officeId: string;
      durationMinutes: number;
      mode: SessionEntity['mode'];
    } | null = null;
    const write = () =>
      this.editor.change(identity, command.sessionId, now, async (locked) => {
        const { session, coach: currentCoach, participants, access } = locked;
        if (!mayMoveSession(access, session.kind))
          throw new SessionError(
            SessionErrorCode.OutOfScope,
            'a workshop is moved by its coach or ops; cancel your seat instead',
          );
        const coach = await this.newCoach(identity, currentCoach, command.coachId ?? null);
        const roomId = command.roomId ?? session.roomId;
        const room = roomId ? await this.directory.findRoom(roomId) : null;
        if (roomId && roomRefusal(room, coach, null))
          throw new SessionError(
            SessionErrorCode.RoomNotFound,
            `room ${roomId} is not in an office of the coach`,
            { field: 'roomId' },
          );
        if (room && !room.active && room.id !== session.roomId)
          throw new SessionError(SessionErrorCode.RoomInactive, `room ${room.id} no longer takes bookings`, {
            field: 'roomId',
          });
        const officeId = officeOfMovedSession(room?.officeId ?? null, session.officeId, coach);
        const office = await this.slots.office(officeId);
        const durationMinutes = minutesBetween(session.startsAt, session.endsAt);
        context = { coach, officeId, durationMinutes, mode: session.mode };
        const row = {
          coachId: coach.id,
          roomId: room?.id ?? null,
          officeId,
          startsAt: command.startsAt,
          endsAt: sessionEnd(command.startsAt, durationMinutes),
        };
        const moved: SessionEntity = { ...session, ...row, revision: session.revision + 1, updatedAt: now };
        await this.slots.requireWithinRules(identity, coach, office, moved, now);
        const booked = participants.filter((p) => p.status === 'booked').map((p) => p.candidateId);
        return {
          row,
          // The old holds go first: the new time may overlap the old one.
          release: 'everyone',
          holds: this.slots.holds(moved, booked, office.bufferMinutes),
          voidReminders: 'everyone',
          reminders: remindersFor(moved, booked, now),
          events: booked.map((candidateId) =>
            createEvent('SessionRescheduled.v1', candidateId, {
              ...slotPayload(moved, candidateId),
              previousStartsAt: session.startsAt.toISOString(),
              previousEndsAt: session.endsAt.toISOString(),
              previousCoachId: session.coachId,
              rescheduledAt: now.toISOString(),
            }),
          ),
        };
      });
    try {
      return await write();
    } catch (error) {
      if (!context) throw error;
      const { coach, officeId, durationMinutes, mode } = context;
      const office = await this.slots.office(officeId);
      return this.slots.orSlotTaken(() => Promise.reject(error), {
        coach,
        office,
        startsAt: command.startsAt,
        mode,
        durationMinutes,
      });
    }
  }

  /** The same coach by default; only ops of the new coach's offices may change it. */
  private async newCoach(
    identity: Identity,
    current: CoachEntity,
    requested: string | null,
  ): Promise<CoachEntity> {
    if (!requested || requested === current.id) return current;
    const coach = await this.directory.findCoach(requested);
    if (!coach || !mayMoveToCoach(identity, coach))
      throw new SessionError(
        SessionErrorCode.OutOfScope,
        'only ops of the coach’s offices may move a session to another coach',
        {
          field: 'coachId',
        },
      );
    if (!coach.active)
      throw new SessionError(SessionErrorCode.CoachInactive, `coach ${coach.id} no longer takes bookings`, {
        field: 'coachId',
      });
    return coach;
  }
}
