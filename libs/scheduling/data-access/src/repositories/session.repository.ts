import { Injectable } from '@nestjs/common';
import type { Pool, QueryResultRow } from 'pg';
import type { AnyEvent, CandidateStatus } from '@passerelle/shared/contracts';
import { outboxInsert } from '@passerelle/shared/messaging';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { BookedResource } from '../entities/booking.entity';
import type { CoachEntity } from '../entities/coach.entity';
import type { OfficeEntity } from '../entities/office.entity';
import type { RoomEntity } from '../entities/room.entity';
import { SessionParticipantEntity } from '../entities/session-participant.entity';
import type { SessionReminderEntity } from '../entities/session-reminder.entity';
import { SessionEntity } from '../entities/session.entity';
import { WorkshopWaitingListEntity } from '../entities/workshop-waiting-list.entity';

export interface ResourceHold {
  resourceKind: BookedResource;
  resourceId: string;
  start: Date;
  end: Date;
}

interface BookingScope {
  candidateId: string;
  programmeId: string;
  officeIds: string[];
  coachId: string | null;
  status: CandidateStatus;
}

export interface BookingContext {
  scopes: Map<string, BookingScope>;
  assignment: { coachId: string; officeId: string } | null;
  coach: CoachEntity | null;
  room: RoomEntity | null;
  office: OfficeEntity | null;
}

/** Rows as PostgreSQL's row_to_json writes them: snake_case keys, timestamps as strings. */
interface BookingContextRow {
  scopes: BookingScope[];
  assignment: { coach_id: string; office_id: string } | null;
  coach: {
    id: string;
    display_name: string;
    email: string;
    office_ids: string[];
    languages: string[];
    specialties: CoachEntity['specialties'];
    max_caseload: number;
    weekly_hours: CoachEntity['weeklyHours'];
    calendar_token: string;
    active: boolean;
    created_at: string;
  } | null;
  room: {
    id: string;
    office_id: string;
    name: string;
    capacity: number;
    equipment: string[];
    active: boolean;
  } | null;
  office: {
    id: string;
    name: string;
    address: string;
    time_zone: string;
    opening_hours: OfficeEntity['openingHours'];
    french_public_holidays: boolean;
    extra_holidays: string[];
    buffer_minutes: number;
    minimum_notice_minutes: number;
    active: boolean;
    created_at: string;
  } | null;
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

  /**
   * Books in one statement: the session, its people, the holds, the reminders and the outbox rows of
   * its events (`outboxInsert`), as data-modifying CTEs, so all of it commits or none of it does (an
   * overlapping hold fails the statement with 23P01) in a single round trip to the database.
   */
  async book(
    session: SessionEntity,
    candidateIds: readonly string[],
    holds: readonly ResourceHold[],
    reminders: readonly SessionReminderEntity[],
    events: readonly AnyEvent[],
  ): Promise<void> {
    const outbox = outboxInsert(events, 25);
    await this.prepared(
      'scheduling.book-session',
      `WITH new_session AS (
         INSERT INTO coaching_session (id, coach_id, office_id, room_id, kind, mode, starts_at, ends_at, seat_limit,
           video_link, status, cancel_reason, revision, created_at, updated_at, open_to_programme_ids,
           title, topic, description, language)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $31, $32, $33, $34, $35)
       ), seats AS (
         INSERT INTO session_participant (session_id, candidate_id, status, booked_at)
         SELECT $1, unnest($16::uuid[]), 'booked', $14
       ), holds AS (
         INSERT INTO booking (id, session_id, resource_kind, resource_id, during)
         SELECT gen_random_uuid(), $1, kind, resource, tstzrange(starts, ends, '[)')
         FROM unnest($17::text[], $18::uuid[], $19::timestamptz[], $20::timestamptz[]) AS h(kind, resource, starts, ends)
       ), reminders AS (
         INSERT INTO session_reminder (id, session_id, candidate_id, coach_id, lead_minutes, starts_at, due_at, status)
         SELECT id, $1, candidate, $2, lead, $7, due, 'pending'
         FROM unnest($21::uuid[], $22::uuid[], $23::int[], $24::timestamptz[]) AS r(id, candidate, lead, due)
       )
       ${outbox.sql}`,
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
        candidateIds,
        holds.map((h) => h.resourceKind),
        holds.map((h) => h.resourceId),
        holds.map((h) => h.start),
        holds.map((h) => h.end),
        reminders.map((r) => r.id),
        reminders.map((r) => r.candidateId),
        reminders.map((r) => r.leadMinutes),
        reminders.map((r) => r.dueAt),
        ...outbox.parameters,
        session.openToProgrammeIds,
        session.title,
        session.topic,
        session.description,
        session.language,
      ],
    );
  }

  /**
   * Everything a booking needs to decide, in one round trip: the people's access scopes, the first
   * person's current assignment, the coach (named, or the assigned one), the room, and the office
   * the session belongs to (the room's, else the assignment's if the coach works there, else the
   * coach's first).
   */
  async bookingContext(
    candidateIds: readonly string[],
    coachId: string | null,
    roomId: string | null,
  ): Promise<BookingContext> {
    const [row] = await this.prepared<BookingContextRow>(
      'scheduling.booking-context',
      `WITH assignment AS (
         SELECT coach_id, office_id FROM coach_assignment WHERE candidate_id = $1 AND ended_at IS NULL
       ), the_coach AS (
         SELECT * FROM coach WHERE id = COALESCE($2::uuid, (SELECT coach_id FROM assignment))
       ), the_room AS (
         SELECT * FROM room WHERE id = $3::uuid
       ), the_office AS (
         SELECT * FROM office WHERE id = COALESCE(
           (SELECT office_id FROM the_room),
           (SELECT a.office_id FROM assignment a, the_coach c WHERE a.office_id = ANY (c.office_ids)),
           (SELECT office_ids[1] FROM the_coach))
       )
       SELECT
         (SELECT coalesce(json_agg(json_build_object('candidateId', s.candidate_id, 'programmeId', s.programme_id, 'officeIds', s.office_ids,
            'coachId', cc.coach_id, 'status', s.status)), '[]') FROM candidate_scope s LEFT JOIN candidate_coach cc USING (candidate_id)
          WHERE s.candidate_id = ANY ($4::uuid[])) AS scopes,
         (SELECT row_to_json(assignment) FROM assignment) AS assignment,
         (SELECT row_to_json(the_coach) FROM the_coach) AS coach,
         (SELECT row_to_json(the_room) FROM the_room) AS room,
         (SELECT row_to_json(the_office) FROM the_office) AS office`,
      [candidateIds[0], coachId, roomId, candidateIds],
    );
    if (!row) throw new Error('the booking context query returned no row');
    const r = row;
    return {
      scopes: new Map(r.scopes.map((scope) => [scope.candidateId, scope])),
      assignment: r.assignment && { coachId: r.assignment.coach_id, officeId: r.assignment.office_id },
      coach: r.coach && {
        id: r.coach.id,
        displayName: r.coach.display_name,
        email: r.coach.email,
        officeIds: r.coach.office_ids,
        languages: r.coach.languages,
        specialties: r.coach.specialties,
        maxCaseload: r.coach.max_caseload,
        weeklyHours: r.coach.weekly_hours,
        calendarToken: r.coach.calendar_token,
        active: r.coach.active,
        createdAt: new Date(r.coach.created_at),
      },
      room: r.room && {
        id: r.room.id,
        officeId: r.room.office_id,
        name: r.room.name,
        capacity: r.room.capacity,
        equipment: r.room.equipment,
        active: r.room.active,
      },
      office: r.office && {
        id: r.office.id,
        name: r.office.name,
        address: r.office.address,
        timeZone: r.office.time_zone,
        openingHours: r.office.opening_hours,
        frenchPublicHolidays: r.office.french_public_holidays,
        extraHolidays: r.office.extra_holidays,
        bufferMinutes: r.office.buffer_minutes,
        minimumNoticeMinutes: r.office.minimum_notice_minutes,
        active: r.office.active,
        createdAt: new Date(r.office.created_at),
      },
    };
  }

  /**
   * A named prepared statement on the pool: PostgreSQL parses and plans the booking statements
   * once per connection instead of once per booking.
   */
  private async prepared<T = unknown>(name: string, text: string, values: unknown[]): Promise<T[]> {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    return (await pool.query<T & QueryResultRow>({ name, text, values })).rows;
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

  /**
   * Group workshops still to come, still booked, open to this programme and held in one of these
   * offices, soonest first.
   */
  async openWorkshops(
    programmeId: string,
    officeIds: readonly string[],
    after: Date,
    only: { topic?: string | null; language?: string | null } = {},
  ): Promise<SessionEntity[]> {
    if (officeIds.length === 0) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM coaching_session
       WHERE kind = 'group_workshop' AND status = 'booked' AND starts_at > $1
         AND $2::uuid = ANY(open_to_programme_ids) AND office_id = ANY($3::uuid[])
         AND ($4::text IS NULL OR topic = $4) AND ($5::text IS NULL OR language = $5)
       ORDER BY starts_at, id`,
      [after, programmeId, officeIds, only.topic ?? null, only.language ?? null],
    );
    if (rows.length === 0) return [];
    const found = await this.dataSource
      .getRepository(SessionEntity)
      .findBy({ id: In(rows.map((r) => r.id)) });
    const byId = new Map(found.map((session) => [session.id, session]));
    return rows.flatMap((r) => byId.get(r.id) ?? []);
  }

  /** The participants of several sessions at once (cancelled seats included, as `listParticipants`). */
  participantsOf(sessionIds: readonly string[]): Promise<SessionParticipantEntity[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(SessionParticipantEntity)
      .find({ where: { sessionId: In([...sessionIds]) }, order: { sessionId: 'ASC', candidateId: 'ASC' } });
  }

  /** The people waiting for a seat in a workshop, first first. */
  async waitingList(sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    return (await this.waitingListsOf([sessionId], manager)).get(sessionId) ?? [];
  }

  /** The waiting lists of several workshops, each in its order. */
  async waitingListsOf(
    sessionIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string[]>> {
    const lists = new Map<string, string[]>();
    if (sessionIds.length === 0) return lists;
    const rows: { session_id: string; candidate_id: string }[] = await manager.query(
      `SELECT session_id, candidate_id FROM workshop_waiting_list WHERE session_id = ANY($1::uuid[])
       ORDER BY session_id, joined_at, candidate_id`,
      [sessionIds],
    );
    for (const row of rows)
      lists.set(row.session_id, [...(lists.get(row.session_id) ?? []), row.candidate_id]);
    return lists;
  }

  async addToWaitingList(
    manager: EntityManager,
    sessionId: string,
    candidateId: string,
    joinedAt: Date,
  ): Promise<void> {
    await manager.insert(WorkshopWaitingListEntity, { sessionId, candidateId, joinedAt });
  }

  async removeFromWaitingList(
    manager: EntityManager,
    sessionId: string,
    candidateIds: readonly string[],
  ): Promise<void> {
    await manager.query(
      `DELETE FROM workshop_waiting_list WHERE session_id = $1 AND candidate_id = ANY($2::uuid[])`,
      [sessionId, candidateIds],
    );
  }

  /**
   * Sets the status of these seats. A seat set `cancelled` here is not given to a workshop's
   * waiting list: use cases free seats through `SessionEditor` (feature-sessions), which does.
   */
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

  /**
   * Holds like `hold`, but answers false instead of failing the transaction when a hold overlaps
   * another (the statement is rolled back to a savepoint): the caller goes on without it.
   */
  async tryHold(manager: EntityManager, sessionId: string, holds: readonly ResourceHold[]): Promise<boolean> {
    await manager.query('SAVEPOINT try_hold');
    try {
      await this.hold(manager, sessionId, holds);
      await manager.query('RELEASE SAVEPOINT try_hold');
      return true;
    } catch (error) {
      if ((error as { code?: string }).code !== '23P01') throw error;
      await manager.query('ROLLBACK TO SAVEPOINT try_hold');
      return false;
    }
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

  /** The booked sessions a person still has a seat in that start after `after`, soonest first. */
  async futureSessionIdsOf(manager: EntityManager, candidateId: string, after: Date): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT s.id FROM coaching_session s
       JOIN session_participant p ON p.session_id = s.id
       WHERE p.candidate_id = $1 AND p.status = 'booked' AND s.status = 'booked' AND s.starts_at > $2
       ORDER BY s.starts_at, s.id`,
      [candidateId, after],
    );
    return rows.map((row) => row.id);
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

  /**
   * Session counts per participant status for the people of a programme (aggregates only), each with
   * the distinct people behind it, and those people overall: sessions of too few people tell as much
   * as a count of people.
   */
  async countsForProgramme(
    programmeId: string,
  ): Promise<{ byStatus: { status: string; count: number; people: number }[]; people: number }> {
    const rows: { status: string | null; count: string; people: string }[] = await this.dataSource.query(
      `SELECT p.status AS status, count(*) AS count, count(DISTINCT p.candidate_id) AS people
       FROM session_participant p
       JOIN candidate_scope s ON s.candidate_id = p.candidate_id
       WHERE s.programme_id = $1 GROUP BY GROUPING SETS ((p.status), ()) ORDER BY p.status`,
      [programmeId],
    );
    const byStatus = rows.flatMap((row) =>
      row.status === null
        ? []
        : [{ status: row.status, count: Number(row.count), people: Number(row.people) }],
    );
    return { byStatus, people: Number(rows.find((row) => row.status === null)?.people ?? 0) };
  }

  async eraseCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.query(`DELETE FROM booking WHERE resource_kind = 'candidate' AND resource_id = $1`, [
      candidateId,
    ]);
    await manager.delete(SessionParticipantEntity, { candidateId });
    await manager.delete(WorkshopWaitingListEntity, { candidateId });
    // Their session notes and summaries, every version (cascade) and the audit of their reads.
    await manager.query(`DELETE FROM session_note_read WHERE candidate_id = $1`, [candidateId]);
    await manager.query(`DELETE FROM session_note WHERE candidate_id = $1`, [candidateId]);
    await manager.query(`DELETE FROM coach_change_proposal WHERE candidate_id = $1`, [candidateId]);
  }
}
