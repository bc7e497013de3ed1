import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import {
  AssignmentRepository,
  SessionRepository,
  type SessionEntity,
} from '@passerelle/scheduling/data-access';
import {
  mayBookWithCoach,
  roomRefusal,
  sessionEnd,
  sessionMinutes,
  startsInPast,
  videoLinkOf,
} from '@passerelle/scheduling/domain';
import { SessionSlots } from '../../session-slots.service';
import { SessionError, SessionErrorCode } from '../../session.error';
import type { CreateWorkshopCommand } from './create-workshop.command';

/**
 * Ops create a group workshop with its details, nobody seated yet, open to the programmes they
 * name (each must be served by the workshop's office, or its people could never see it). The
 * coach's and room's time is held as any booking holds it, through the exclusion constraint.
 */
@Injectable()
export class CreateWorkshopHandler {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly assignments: AssignmentRepository,
    private readonly slots: SessionSlots,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: CreateWorkshopCommand): Promise<SessionEntity> {
    const now = this.clock.now();
    if (startsInPast(command.startsAt, now))
      throw new SessionError(SessionErrorCode.InvalidInput, 'startsAt must be in the future', {
        field: 'startsAt',
      });
    const context = await this.sessions.bookingContext([], command.coachId, command.roomId ?? null);
    const coach = context.coach;
    if (!coach || !mayBookWithCoach(identity, coach, null))
      throw new SessionError(
        SessionErrorCode.CoachNotFound,
        `coach ${command.coachId} is unknown or not of your offices`,
        { field: 'coachId' },
      );
    if (command.roomId)
      switch (roomRefusal(context.room, coach, command.seatLimit)) {
        case 'room_not_in_coach_office':
          throw new SessionError(
            SessionErrorCode.RoomNotFound,
            `room ${command.roomId} is not in an office of the coach`,
            { field: 'roomId' },
          );
        case 'room_too_small':
          throw new SessionError(SessionErrorCode.InvalidInput, `the room seats ${context.room?.capacity}`, {
            field: 'seatLimit',
          });
        case null:
          break;
      }
    const office = context.office;
    if (!office)
      throw new SessionError(
        SessionErrorCode.OfficeNotFound,
        `the office of coach ${coach.id} does not exist`,
      );
    for (const [index, programmeId] of command.programmeIds.entries()) {
      const programme = await this.assignments.programmeOwnership(programmeId);
      if (!programme?.officeIds.includes(office.id))
        throw new SessionError(
          SessionErrorCode.ProgrammeNotFound,
          `programme ${programmeId} is unknown or not served by ${office.name}`,
          { field: `programmeIds.${index}` },
        );
    }

    const mode = command.place === 'office' ? 'in_person' : 'video';
    const durationMinutes = sessionMinutes('group_workshop', command.durationMinutes);
    const id = randomUUID();
    const session: SessionEntity = {
      id,
      coachId: coach.id,
      officeId: office.id,
      roomId: context.room?.id ?? null,
      kind: 'group_workshop',
      mode,
      startsAt: command.startsAt,
      endsAt: sessionEnd(command.startsAt, durationMinutes),
      seatLimit: command.seatLimit,
      videoLink: videoLinkOf(mode, command.videoLink, id),
      openToProgrammeIds: command.programmeIds,
      title: command.title,
      topic: command.topic,
      description: command.description,
      language: command.language,
      status: 'booked',
      cancelReason: null,
      revision: 0,
      createdAt: now,
      updatedAt: now,
    };
    await this.slots.orSlotTaken(
      () => this.sessions.book(session, [], this.slots.holds(session, [], office.bufferMinutes), [], []),
      { coach, office, startsAt: session.startsAt, mode, durationMinutes },
    );
    return session;
  }
}
