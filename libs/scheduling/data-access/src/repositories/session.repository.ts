import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { BookedResource } from '../entities/booking.entity';
import { SessionParticipantEntity } from '../entities/session-participant.entity';
import { SessionEntity } from '../entities/session.entity';

export interface ResourceHold {
  resourceKind: BookedResource;
  resourceId: string;
  start: Date;
  end: Date;
}

export interface BusyInterval {
  coachId: string;
  start: Date;
  end: Date;
}

/** Sessions, their participants and the bookings that hold coaches, rooms and people. */
@Injectable()
export class SessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  findSession(id: string, manager: EntityManager = this.dataSource.manager): Promise<SessionEntity | null> {
    return manager.getRepository(SessionEntity).findOneBy({ id });
  }

  /** Locks the session row: seat counts and status changes of one session happen one at a time. */
  lockSession(manager: EntityManager, id: string): Promise<SessionEntity | null> {
    return manager
      .getRepository(SessionEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insertSession(manager: EntityManager, session: SessionEntity): Promise<void> {
    await manager.query(
      `INSERT INTO coaching_session (id, coach_id, office_id, room_id, kind, mode, starts_at, ends_at, seat_limit,
         video_link, status, cancel_reason, revision, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        session.id,
        session.coachId,
        session.officeId,
        session.roomId,
        session.kind,
        session.mode,
        session.startsAt,
        session.endsAt,
        session.seatLimit,
        session.videoLink,
        session.status,
        session.cancelReason,
        session.revision,
        session.createdAt,
        session.updatedAt,
      ],
    );
  }

  async updateSession(
    manager: EntityManager,
    id: string,
    changes: Partial<Omit<SessionEntity, 'id'>>,
  ): Promise<void> {
    await manager.getRepository(SessionEntity).update({ id }, changes);
  }

  async insertParticipants(
    manager: EntityManager,
    sessionId: string,
    candidateIds: readonly string[],
    bookedAt: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO session_participant (session_id, candidate_id, status, booked_at)
       SELECT $1, unnest($2::uuid[]), 'booked', $3
       ON CONFLICT (session_id, candidate_id) DO UPDATE SET status = 'booked', booked_at = EXCLUDED.booked_at
       WHERE session_participant.status = 'cancelled'`,
      [sessionId, candidateIds, bookedAt],
    );
  }

  listParticipants(
    sessionId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SessionParticipantEntity[]> {
    return manager
      .getRepository(SessionParticipantEntity)
      .find({ where: { sessionId }, order: { candidateId: 'ASC' } });
  }

  async setParticipantStatus(
    manager: EntityManager,
    sessionId: string,
    candidateIds: readonly string[],
    status: SessionParticipantEntity['status'],
  ): Promise<void> {
    await manager.query(
      `UPDATE session_participant SET status = $3 WHERE session_id = $1 AND candidate_id = ANY($2::uuid[])`,
      [sessionId, candidateIds, status],
    );
  }

  /**
   * Holds the resources for the session in one statement. Throws PostgreSQL's exclusion violation
   * (23P01) when any overlaps an existing hold: the database, not this code, decides who wins.
   */
  async hold(manager: EntityManager, sessionId: string, holds: readonly ResourceHold[]): Promise<void> {
    if (holds.length === 0) return;
    await manager.query(
      `INSERT INTO booking (id, session_id, resource_kind, resource_id, during)
       SELECT gen_random_uuid(), $1, kind, resource, tstzrange(starts, ends, '[)')
       FROM unnest($2::text[], $3::uuid[], $4::timestamptz[], $5::timestamptz[]) AS h(kind, resource, starts, ends)`,
      [
        sessionId,
        holds.map((h) => h.resourceKind),
        holds.map((h) => h.resourceId),
        holds.map((h) => h.start),
        holds.map((h) => h.end),
      ],
    );
  }

  /** Frees every hold of the session (cancelled, or about to be held again elsewhere). */
  async release(manager: EntityManager, sessionId: string, candidateIds?: readonly string[]): Promise<void> {
    if (candidateIds) {
      await manager.query(
        `DELETE FROM booking WHERE session_id = $1 AND resource_kind = 'candidate' AND resource_id = ANY($2::uuid[])`,
        [sessionId, candidateIds],
      );
    } else {
      await manager.query(`DELETE FROM booking WHERE session_id = $1`, [sessionId]);
    }
  }

  /** Sessions still holding these coaches' time within [from, to), for availability. */
  async busyCoachTime(coachIds: readonly string[], from: Date, to: Date): Promise<BusyInterval[]> {
    if (coachIds.length === 0) return [];
    const rows: { coach_id: string; starts_at: Date; ends_at: Date }[] = await this.dataSource.query(
      `SELECT coach_id, starts_at, ends_at FROM coaching_session
       WHERE coach_id = ANY($1::uuid[]) AND status <> 'cancelled' AND starts_at < $3 AND ends_at > $2`,
      [coachIds, from, to],
    );
    return rows.map((row) => ({ coachId: row.coach_id, start: row.starts_at, end: row.ends_at }));
  }

  listForCandidate(candidateId: string): Promise<SessionEntity[]> {
    return this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('session')
      .innerJoin(SessionParticipantEntity, 'participant', 'participant.session_id = session.id')
      .where('participant.candidate_id = :candidateId', { candidateId })
      .orderBy('session.starts_at')
      .getMany();
  }

  listForCoach(coachId: string, from: Date | null, to: Date | null): Promise<SessionEntity[]> {
    const query = this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('session')
      .where('session.coach_id = :coachId', { coachId })
      .orderBy('session.starts_at');
    if (from) query.andWhere('session.ends_at > :from', { from });
    if (to) query.andWhere('session.starts_at < :to', { to });
    return query.getMany();
  }

  /** Session counts per status for the people of a programme: aggregates only, for sponsors. */
  async countsForProgramme(programmeId: string): Promise<{ status: string; count: number }[]> {
    const rows: { status: string; count: string }[] = await this.dataSource.query(
      `SELECT p.status AS status, count(*) AS count FROM session_participant p
       JOIN candidate_scope s ON s.candidate_id = p.candidate_id
       WHERE s.programme_id = $1 GROUP BY p.status ORDER BY p.status`,
      [programmeId],
    );
    return rows.map((row) => ({ status: row.status, count: Number(row.count) }));
  }

  async eraseCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.query(`DELETE FROM booking WHERE resource_kind = 'candidate' AND resource_id = $1`, [
      candidateId,
    ]);
    await manager.delete(SessionParticipantEntity, { candidateId });
  }
}
