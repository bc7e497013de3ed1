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
} from '@passerelle/scheduling/data-access';
import {
  homeOffice,
  joinOutcome,
  minutesBetween,
  tooLateToJoin,
  workshopOpenTo,
  workshopSeats,
} from '@passerelle/scheduling/domain';
import { bookedPayload, remindersFor } from '../../session-events';
import { SessionSlots } from '../../session-slots.service';
import { SessionError, SessionErrorCode, isHeld, notActive } from '../../session.error';
import type { OpenWorkshop } from '../find-open-workshops/find-open-workshops.handler';
import type { JoinWorkshopCommand } from './join-workshop.command';

/**
 * A person takes a seat in a group workshop, or, when it is full, a place at the end of its
 * waiting list. The session row is locked while seats are counted, so two last-seat requests
 * cannot both get it and two people never share a place on the list; the person's hold still goes
 * through the exclusion constraint, so a workshop never overlaps their other sessions. Answers the
 * workshop as the person now sees it.
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

  /** `waitIfFull` false (the deprecated `joinWorkshop`): a full workshop answers WORKSHOP_FULL. */
  async execute(identity: Identity, command: JoinWorkshopCommand, waitIfFull = true): Promise<OpenWorkshop> {
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
          const waiting = await this.sessions.waitingList(session.id, manager);
          switch (joinOutcome(seated, waiting, command.candidateId, session.seatLimit)) {
            case 'already_booked':
              throw new SessionError(SessionErrorCode.AlreadyBooked, 'this person already has a seat');
            case 'already_waiting':
              throw new SessionError(
                SessionErrorCode.AlreadyWaiting,
                'this person is already on this workshop’s waiting list',
              );
            case 'waiting_list':
              if (!waitIfFull)
                throw new SessionError(
                  SessionErrorCode.WorkshopFull,
                  `all ${session.seatLimit} seats are taken`,
                );
              // Full: the person waits, and takes the first seat freed after those before them.
              await this.sessions.addToWaitingList(manager, session.id, command.candidateId, now);
              return {
                session,
                ...workshopSeats(seated, command.candidateId, session.seatLimit),
                waitingPosition: waiting.length + 1,
              };
            case 'seat':
              break;
          }
          await this.sessions.insertParticipants(manager, session.id, [command.candidateId], now);
          const hold = this.slots
            .holds(session, [command.candidateId], 0)
            .filter((h) => h.resourceKind === 'candidate');
          await this.sessions.hold(manager, session.id, hold);
          await this.reminders.schedule(manager, remindersFor(session, [command.candidateId], now));
          await this.outbox.emit(
            manager,
            'SessionBooked.v1',
            command.candidateId,
            bookedPayload(session, command.candidateId, now),
          );
          return {
            session,
            ...workshopSeats([...seated, command.candidateId], command.candidateId, session.seatLimit),
            waitingPosition: null,
          };
        }),
      { coach, office, startsAt: found.startsAt, mode: found.mode, durationMinutes },
    );
  }
}
