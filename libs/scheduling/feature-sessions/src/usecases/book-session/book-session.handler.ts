import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { canReadCandidate, type CandidateScope, type Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { createEvent } from '@passerelle/shared/messaging';
import { SessionRepository, type SessionEntity } from '@passerelle/scheduling/data-access';
import {
  bookingRefusal,
  mayBookWithCoach,
  roomRefusal,
  seatsOffered,
  sessionEnd,
  sessionMinutes,
  videoLinkOf,
} from '@passerelle/scheduling/domain';
import { bookedPayload, remindersFor } from '../../session-events';
import { SessionSlots } from '../../session-slots.service';
import { SessionError, SessionErrorCode, isHeld, notActive } from '../../session.error';
import type { BookSessionCommand } from './book-session.command';

/**
 * Books a session: the session, its people, the holds on coach, room and people, the reminders and
 * one SessionBooked per person (through the outbox) commit in one statement. Overlaps are refused by
 * PostgreSQL's exclusion constraint, not by a check here, so concurrent bookings cannot both win.
 */
@Injectable()
export class BookSessionHandler {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly slots: SessionSlots,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: BookSessionCommand): Promise<SessionEntity> {
    const now = this.clock.now();
    switch (bookingRefusal(identity, command, now)) {
      case 'starts_in_past':
        throw new SessionError(SessionErrorCode.InvalidInput, 'startsAt must be in the future', {
          field: 'startsAt',
        });
      case 'workshop_created_by_person':
        throw new SessionError(
          SessionErrorCode.OutOfScope,
          'people join workshops (joinWorkshop); coaches and ops create them',
        );
      case null:
        break;
    }

    // One round trip to read, one to write.
    const context = await this.sessions.bookingContext(
      command.candidateIds,
      command.coachId ?? null,
      command.roomId ?? null,
    );
    const scopes = command.candidateIds.map((id) => context.scopes.get(id) ?? null);
    const readable = this.requireReadable(identity, scopes, command.candidateIds);
    readable.forEach((scope, index) => {
      if (isHeld(scope.status)) throw notActive(scope.candidateId, scope.status, `candidateIds.${index}`);
    });
    const coach = context.coach;
    if (!coach) {
      if (command.coachId)
        throw new SessionError(SessionErrorCode.CoachNotFound, `coach ${command.coachId} does not exist`, {
          field: 'coachId',
        });
      throw new SessionError(SessionErrorCode.NoCoachAssigned, 'the person has no coach yet: name one', {
        field: 'coachId',
      });
    }
    if (!mayBookWithCoach(identity, coach, readable[0]?.coachId))
      throw new SessionError(SessionErrorCode.OutOfScope, 'you cannot book this coach', { field: 'coachId' });
    if (!coach.active)
      throw new SessionError(SessionErrorCode.CoachInactive, `coach ${coach.id} no longer takes bookings`, {
        field: 'coachId',
      });
    if (context.room && !context.room.active)
      throw new SessionError(
        SessionErrorCode.RoomInactive,
        `room ${context.room.id} no longer takes bookings`,
        {
          field: 'roomId',
        },
      );
    if (command.roomId) {
      const workshopSeats = command.kind === 'group_workshop' ? (command.seatLimit ?? 0) : null;
      switch (roomRefusal(context.room, coach, workshopSeats)) {
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
    }
    const office = context.office;
    if (!office)
      throw new SessionError(
        SessionErrorCode.OfficeNotFound,
        `the office of coach ${coach.id} does not exist`,
      );

    const durationMinutes = sessionMinutes(command.kind, command.durationMinutes);
    const id = randomUUID();
    const session: SessionEntity = {
      id,
      coachId: coach.id,
      officeId: office.id,
      roomId: context.room?.id ?? null,
      kind: command.kind,
      mode: command.mode,
      startsAt: command.startsAt,
      endsAt: sessionEnd(command.startsAt, durationMinutes),
      seatLimit: seatsOffered(command.kind, command.seatLimit),
      videoLink: videoLinkOf(command.mode, command.videoLink, id),
      openToProgrammeIds: [...new Set(readable.map((scope) => scope.programmeId))],
      // A workshop's details come with createWorkshop; a workshop booked here has none.
      title: null,
      topic: null,
      description: null,
      language: null,
      status: 'booked',
      cancelReason: null,
      revision: 0,
      createdAt: now,
      updatedAt: now,
    };
    await this.slots.requireWithinRules(identity, coach, office, session, now);

    const events = command.candidateIds.map((candidateId) =>
      createEvent('SessionBooked.v1', candidateId, bookedPayload(session, candidateId, now)),
    );
    await this.slots.orSlotTaken(
      () =>
        this.sessions.book(
          session,
          command.candidateIds,
          this.slots.holds(session, command.candidateIds, office.bufferMinutes),
          remindersFor(session, command.candidateIds, now),
          events,
        ),
      { coach, office, startsAt: session.startsAt, mode: session.mode, durationMinutes },
    );
    return session;
  }

  /** Every person must exist and be the caller's to book for; returns their scopes, in order. */
  private requireReadable<Scope extends CandidateScope>(
    identity: Identity,
    scopes: (Scope | null)[],
    candidateIds: readonly string[],
  ): Scope[] {
    return scopes.map((scope, index) => {
      if (!scope || !canReadCandidate(identity, scope))
        throw new SessionError(
          SessionErrorCode.CandidateNotFound,
          `candidate ${candidateIds[index]} is unknown or not yours`,
          { field: `candidateIds.${index}` },
        );
      return scope;
    });
  }
}
