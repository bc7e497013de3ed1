import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { canReadCandidate, type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { SessionRepository, type SessionEntity } from '@passerelle/scheduling/data-access';
import { waitingPosition, workshopOpenToPerson, workshopSeats } from '@passerelle/scheduling/domain';
import { SessionError, SessionErrorCode } from '../../session.error';
import type { FindOpenWorkshopsQuery } from './find-open-workshops.query';

/** A workshop open to a person, with its seats as that person sees them. */
export interface OpenWorkshop {
  session: SessionEntity;
  seatsLeft: number;
  joined: boolean;
  /** The person's place on the waiting list (from 1), or null. */
  waitingPosition: number | null;
}

/**
 * The group workshops still to come that a person may join (their programme's, in their offices),
 * full ones included, soonest first, of one topic or language when asked: for the person, their
 * coach, or ops of their offices.
 */
@Injectable()
export class FindOpenWorkshopsHandler {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly scopes: CandidateScopeRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, query: FindOpenWorkshopsQuery): Promise<OpenWorkshop[]> {
    const scope = await this.scopes.find(query.candidateId);
    if (!scope || !canReadCandidate(identity, scope))
      throw new SessionError(
        SessionErrorCode.CandidateNotFound,
        `candidate ${query.candidateId} is unknown or not yours`,
        { field: 'candidateId' },
      );
    const workshops = (
      await this.sessions.openWorkshops(scope.programmeId, scope.officeIds, this.clock.now(), {
        topic: query.topic,
        language: query.language,
      })
    ).filter((session) => workshopOpenToPerson(session, scope));
    const ids = workshops.map((session) => session.id);
    const [participants, waitingLists] = await Promise.all([
      this.sessions.participantsOf(ids),
      this.sessions.waitingListsOf(ids),
    ]);
    return workshops.map((session) => {
      const seated = participants
        .filter((p) => p.sessionId === session.id && p.status !== 'cancelled')
        .map((p) => p.candidateId);
      return {
        session,
        ...workshopSeats(seated, query.candidateId, session.seatLimit),
        waitingPosition: waitingPosition(waitingLists.get(session.id) ?? [], query.candidateId),
      };
    });
  }
}
