import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Track } from '@passerelle/shared/contracts';
import { CandidateProfileEntity } from '../entities/candidate-profile.entity';
import { CoachChangeProposalEntity } from '../entities/coach-change-proposal.entity';
import { CoachEntity } from '../entities/coach.entity';
import { DirectoryChangeEntity } from '../entities/directory-change.entity';
import { OfficeEntity } from '../entities/office.entity';
import { RoomEntity } from '../entities/room.entity';
import { SessionEntity } from '../entities/session.entity';

/**
 * Editing and deactivating offices, rooms and coaches: their rows, the audit of who changed what,
 * the sessions a leaving room or coach still holds and who is free to take them, and the coach
 * changes offered to people.
 */
@Injectable()
export class DirectoryChangeRepository {
  constructor(private readonly dataSource: DataSource) {}

  lockOffice(manager: EntityManager, id: string): Promise<OfficeEntity | null> {
    return manager
      .getRepository(OfficeEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  lockRoom(manager: EntityManager, id: string): Promise<RoomEntity | null> {
    return manager.getRepository(RoomEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  lockCoach(manager: EntityManager, id: string): Promise<CoachEntity | null> {
    return manager.getRepository(CoachEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async updateOffice(manager: EntityManager, id: string, changes: Partial<Omit<OfficeEntity, 'id'>>) {
    if (Object.keys(changes).length > 0) await manager.getRepository(OfficeEntity).update({ id }, changes);
  }

  async updateRoom(manager: EntityManager, id: string, changes: Partial<Omit<RoomEntity, 'id'>>) {
    if (Object.keys(changes).length > 0) await manager.getRepository(RoomEntity).update({ id }, changes);
  }

  async updateCoach(manager: EntityManager, id: string, changes: Partial<Omit<CoachEntity, 'id'>>) {
    if (Object.keys(changes).length > 0) await manager.getRepository(CoachEntity).update({ id }, changes);
  }

  async record(manager: EntityManager, change: DirectoryChangeEntity): Promise<void> {
    await manager.getRepository(DirectoryChangeEntity).insert(change);
  }

  listChanges(subjectId: string): Promise<DirectoryChangeEntity[]> {
    return this.dataSource
      .getRepository(DirectoryChangeEntity)
      .find({ where: { subjectId }, order: { changedAt: 'ASC', id: 'ASC' } });
  }

  /** Booked sessions still ahead that hold this room or coach, soonest first. */
  futureSessions(
    holder: 'room' | 'coach',
    id: string,
    after: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SessionEntity[]> {
    const column = holder === 'room' ? 'room_id' : 'coach_id';
    return manager
      .getRepository(SessionEntity)
      .createQueryBuilder('session')
      .where(`session.${column} = :id`, { id })
      .andWhere(`session.status = 'booked' AND session.starts_at > :after`, { after })
      .orderBy('session.starts_at')
      .addOrderBy('session.id')
      .getMany();
  }

  /** Active rooms of the office, and active coaches working in it. */
  async activeInOffice(
    manager: EntityManager,
    officeId: string,
  ): Promise<{ rooms: number; coaches: number }> {
    const [row]: { rooms: number; coaches: number }[] = await manager.query(
      `SELECT (SELECT count(*)::int FROM room WHERE office_id = $1 AND active) AS rooms,
              (SELECT count(*)::int FROM coach WHERE $1 = ANY(office_ids) AND active) AS coaches`,
      [officeId],
    );
    return row ?? { rooms: 0, coaches: 0 };
  }

  /** Of these rooms or coaches, those some other session holds within [from, to). */
  async heldDuring(
    kind: 'room' | 'coach',
    ids: readonly string[],
    from: Date,
    to: Date,
  ): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { resource_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT resource_id FROM booking
       WHERE resource_kind = $1 AND resource_id = ANY($2::uuid[]) AND during && tstzrange($3, $4, '[)')`,
      [kind, ids, from, to],
    );
    return new Set(rows.map((row) => row.resource_id));
  }

  /** Of these coaches, those away (leave, training) at some point within [from, to). */
  async awayDuring(coachIds: readonly string[], from: Date, to: Date): Promise<Set<string>> {
    if (coachIds.length === 0) return new Set();
    const rows: { coach_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT coach_id FROM coach_exception
       WHERE coach_id = ANY($1::uuid[]) AND starts_at < $3 AND ends_at > $2`,
      [coachIds, from, to],
    );
    return new Set(rows.map((row) => row.coach_id));
  }

  /** Each person's track, when diagnosed. */
  async tracksOf(candidateIds: readonly string[]): Promise<Map<string, Track | null>> {
    if (candidateIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(CandidateProfileEntity)
      .findBy({ candidateId: In([...candidateIds]) });
    return new Map(rows.map((row) => [row.candidateId, row.track]));
  }

  findProposal(
    sessionId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CoachChangeProposalEntity | null> {
    return manager.getRepository(CoachChangeProposalEntity).findOneBy({ sessionId });
  }

  proposalsOf(sessionIds: readonly string[]): Promise<CoachChangeProposalEntity[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(CoachChangeProposalEntity)
      .findBy({ sessionId: In([...sessionIds]) });
  }

  /** The session's latest proposal replaces any earlier one (declined, or still pending). */
  async saveProposal(manager: EntityManager, proposal: CoachChangeProposalEntity): Promise<void> {
    await manager.getRepository(CoachChangeProposalEntity).upsert(proposal, ['sessionId']);
  }

  async answerProposal(
    manager: EntityManager,
    sessionId: string,
    status: CoachChangeProposalEntity['status'],
    answeredAt: Date,
  ): Promise<void> {
    await manager.getRepository(CoachChangeProposalEntity).update({ sessionId }, { status, answeredAt });
  }

  /**
   * The session's coach becomes another: the old coach's hold is freed and the new one's taken (an
   * overlap throws 23P01), and the pending reminders name the new coach.
   */
  async changeCoach(
    manager: EntityManager,
    session: SessionEntity,
    coachId: string,
    holdUntil: Date,
    now: Date,
  ): Promise<void> {
    await manager.query(`DELETE FROM booking WHERE session_id = $1 AND resource_kind = 'coach'`, [
      session.id,
    ]);
    await manager.query(
      `INSERT INTO booking (id, session_id, resource_kind, resource_id, during)
       VALUES (gen_random_uuid(), $1, 'coach', $2, tstzrange($3, $4, '[)'))`,
      [session.id, coachId, session.startsAt, holdUntil],
    );
    await manager
      .getRepository(SessionEntity)
      .update({ id: session.id }, { coachId, revision: session.revision + 1, updatedAt: now });
    await manager.query(
      `UPDATE session_reminder SET coach_id = $2 WHERE session_id = $1 AND status = 'pending'`,
      [session.id, coachId],
    );
  }
}
