import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { DataSource } from 'typeorm';
import { canReadCandidate, type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  DirectoryRepository,
  ReminderRepository,
  SessionRepository,
  type SessionEntity,
} from '@passerelle/scheduling/data-access';
import {
  homeOffice,
  minutesBetween,
  seatRefusal,
  tooLateToJoin,
  workshopOpenTo,
} from '@passerelle/scheduling/domain';
import { remindersFor, slotPayload } from '../../session-events';
import { SessionSlots } from '../../session-slots.service';
import { SessionError, SessionErrorCode, isHeld, notActive } from '../../session.error';
import type { JoinWorkshopCommand } from './join-workshop.command';

/**
 * A person takes a seat in a group workshop. The session row is locked while seats are counted,
 * so two last-seat requests cannot both get it; the person's hold still goes through the
 * exclusion constraint, so a workshop never overlaps their other sessions.
 */
@Injectable()
export class JoinWorkshopHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryRepository,
    private readonly sessions: SessionRepository,
    private readonly reminders: ReminderRepository,
    private readonly scopes: CandidateScopeRepository,
    private readonly slots: SessionSlots,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: JoinWorkshopCommand): Promise<SessionEntity> {
    const now = this.clock.now();
    const scope = await this.scopes.find(command.candidateId);
    if (!scope || !canReadCandidate(identity, scope))
      throw new SessionError(
        SessionErrorCode.CandidateNotFound,
        `candidate ${command.candidateId} is unknown or not yours`,
        {
          field: 'candidateId',
        },
      );
    if (isHeld(scope.status)) throw notActive(command.candidateId, scope.status, 'candidateId');
    const found = await this.sessions.findSession(command.sessionId);
    const coach = found && (await this.directory.findCoach(found.coachId));
    if (!found || !coach || !workshopOpenTo(identity, found, coach, scope))
      throw new SessionError(
        SessionErrorCode.SessionNotFound,
        `workshop ${command.sessionId} does not exist or is not open to this person`,
        {
          field: 'sessionId',
        },
      );
    const office = await this.slots.office(found.officeId ?? homeOffice(coach));
    if (tooLateToJoin(identity, found.startsAt, now, office.minimumNoticeMinutes))
      throw new SessionError(SessionErrorCode.OutsideBookingRules, 'this workshop starts too soon to join', {
        rule: 'before_minimum_notice',
      });
    const durationMinutes = minutesBetween(found.startsAt, found.endsAt);
    return this.slots.orSlotTaken(
      () =>
        this.dataSource.transaction(async (manager) => {
          const session = await this.sessions.lockSession(manager, command.sessionId);
          if (!session || session.status !== 'booked')
            throw new SessionError(
              SessionErrorCode.SessionNotBooked,
              `workshop ${command.sessionId} is ${session?.status ?? 'gone'}`,
            );
          const participants = await this.sessions.listParticipants(session.id, manager);
          const seated = participants.filter((p) => p.status !== 'cancelled').map((p) => p.candidateId);
          switch (seatRefusal(seated, command.candidateId, session.seatLimit)) {
            case 'already_booked':
              throw new SessionError(SessionErrorCode.AlreadyBooked, 'this person already has a seat');
            case 'workshop_full':
              throw new SessionError(
                SessionErrorCode.WorkshopFull,
                `all ${session.seatLimit} seats are taken`,
              );
            case null:
              break;
          }
          await this.sessions.insertParticipants(manager, session.id, [command.candidateId], now);
          const hold = this.slots
            .holds(session, [command.candidateId], 0)
            .filter((h) => h.resourceKind === 'candidate');
          await this.sessions.hold(manager, session.id, hold);
          await this.reminders.schedule(manager, remindersFor(session, [command.candidateId], now));
          await this.outbox.emit(manager, 'SessionBooked.v1', command.candidateId, {
            ...slotPayload(session, command.candidateId),
            bookedAt: now.toISOString(),
          });
          return session;
        }),
      { coach, office, startsAt: found.startsAt, mode: found.mode, durationMinutes },
    );
  }
}
