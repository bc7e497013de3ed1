import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SessionKind, SessionMode } from '@passerelle/shared/contracts';
import { SessionCalendarEntity } from '../entities/session-calendar.entity';

/** The calendar side of a person's sessions: the SEQUENCE each change sends, and the session's kind. */
@Injectable()
export class SessionCalendarRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records a change to a person's session and returns the SEQUENCE its calendar file carries:
   * 0 the first time, then one more at each change. Events of one person arrive in order (keyed by
   * them), and the inbox applies each once, so the count is the number of changes seen.
   */
  async nextSequence(
    manager: EntityManager,
    session: { sessionId: string; candidateId: string; kind: SessionKind; mode: SessionMode; startsAt: Date },
    now: Date,
  ): Promise<number> {
    const [row]: { sequence: number }[] = await manager.query(
      `INSERT INTO session_calendar (session_id, candidate_id, sequence, kind, mode, starts_at, updated_at)
       VALUES ($1, $2, 0, $3, $4, $5, $6)
       ON CONFLICT (session_id, candidate_id) DO UPDATE SET sequence = session_calendar.sequence + 1,
         kind = EXCLUDED.kind, mode = EXCLUDED.mode, starts_at = EXCLUDED.starts_at, updated_at = EXCLUDED.updated_at
       RETURNING sequence`,
      [session.sessionId, session.candidateId, session.kind, session.mode, session.startsAt, now],
    );
    if (!row) throw new Error('the session calendar upsert returned no row');
    return row.sequence;
  }

  /** The kind of a person's session, as its booking said (a reminder names none). */
  async kindOf(manager: EntityManager, sessionId: string, candidateId: string): Promise<SessionKind | null> {
    const [row]: { kind: SessionKind }[] = await manager.query(
      `SELECT kind FROM session_calendar WHERE session_id = $1 AND candidate_id = $2`,
      [sessionId, candidateId],
    );
    return row?.kind ?? null;
  }

  async eraseCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.delete(SessionCalendarEntity, { candidateId });
  }

  /** For tests and tools. */
  findOne(sessionId: string, candidateId: string): Promise<SessionCalendarEntity | null> {
    return this.dataSource.getRepository(SessionCalendarEntity).findOneBy({ sessionId, candidateId });
  }
}
