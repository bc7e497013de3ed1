import { Injectable } from '@nestjs/common';
import { HOLDS_A_CASELOAD_PLACE } from './assignment.repository';
import { DataSource, type EntityManager } from 'typeorm';
import type { Track } from '@passerelle/shared/contracts';
import type {
  AssignmentExplanation,
  CoachCapacity,
  DailyWindow,
  UnassignedReason,
  WaitingGroup,
} from '@passerelle/scheduling/domain';
import type { AssignmentQueueEntity } from '../entities/assignment-queue.entity';

/** Offices a caller sees: a list, or every office (global ops). */
export type OfficeScope = readonly string[] | 'all';

/** A coach of the drain: who they may take and how much room they have. */
export interface CoachRoom {
  id: string;
  officeIds: string[];
  languages: string[];
  specialties: Track[];
  active: boolean;
  freePlaces: number;
}

// A person's group: the first office of their reach (enrolment order) serving the programme, or the
// programme's first office when their reach is unknown; their track; their first language.
const WAITING = `
  SELECT queue.candidate_id, queue.queued_at, queue.reason_code, queue.office_ids, queue.programme_id,
    queue.explanation, profile.track, profile.languages[1] AS language,
    CASE WHEN cardinality(profile.office_ids) = 0 THEN queue.office_ids[1]
      ELSE (SELECT reach.id FROM unnest(profile.office_ids) WITH ORDINALITY AS reach(id, n)
            WHERE reach.id = ANY(queue.office_ids) ORDER BY reach.n LIMIT 1) END AS office_id
  FROM assignment_queue queue JOIN candidate_profile profile USING (candidate_id)
  WHERE queue.programme_id = $1`;

// Within the caller's offices: the person's group office, or, with no office in reach, the queue's.
const IN_SCOPE = `($2::uuid[] IS NULL OR waiting.office_id = ANY($2)
  OR (waiting.office_id IS NULL AND waiting.office_ids && $2))`;

/**
 * What capacity planning reads, in a few set-based statements (never one per person): the queue
 * grouped, the coaches with their load, the people waiting longest; and the drain's picks.
 */
@Injectable()
export class CapacityRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The people of a programme waiting for a coach, counted by office, track and language. */
  async waitingGroups(programmeId: string, scope: OfficeScope): Promise<WaitingGroup[]> {
    const rows: {
      office_id: string | null;
      track: Track | null;
      language: string | null;
      waiting: number;
      oldest: Date;
    }[] = await this.dataSource.query(
      `SELECT waiting.office_id, waiting.track, waiting.language, count(*)::int AS waiting,
         min(waiting.queued_at) AS oldest
       FROM (${WAITING}) waiting
       WHERE ${IN_SCOPE}
       GROUP BY waiting.office_id, waiting.track, waiting.language`,
      [programmeId, scope === 'all' ? null : scope],
    );
    return rows.map((row) => ({
      officeId: row.office_id,
      track: row.track,
      language: row.language,
      waiting: row.waiting,
      oldestQueuedAt: row.oldest,
    }));
  }

  /** The coaches working in these offices, with their current caseload. */
  async coachesWithLoad(officeIds: readonly string[]): Promise<CoachCapacity[]> {
    const rows: {
      id: string;
      office_ids: string[];
      languages: string[];
      specialties: string[];
      active: boolean;
      max_caseload: number;
      weekly_hours: DailyWindow[];
      active_caseload: number;
    }[] = await this.dataSource.query(
      `SELECT coach.id, coach.office_ids, coach.languages, coach.specialties, coach.active,
         coach.max_caseload, coach.weekly_hours, coalesce(load.active, 0)::int AS active_caseload
       FROM coach
       LEFT JOIN (SELECT coach_id, count(*) AS active FROM coach_assignment WHERE ${HOLDS_A_CASELOAD_PLACE}
                  GROUP BY coach_id) load ON load.coach_id = coach.id
       WHERE coach.office_ids && $1::uuid[]`,
      [officeIds],
    );
    return rows.map((row) => ({
      coachId: row.id,
      officeIds: row.office_ids,
      languages: row.languages,
      specialties: row.specialties,
      active: row.active,
      maxCaseload: row.max_caseload,
      activeCaseload: row.active_caseload,
      weeklyHours: row.weekly_hours,
    }));
  }

  /**
   * The programme's people waiting longest first, within the caller's offices: `limit` rows after
   * the (queued at, candidate id) of the previous page's last row.
   */
  async longestWaiting(
    programmeId: string,
    scope: OfficeScope,
    page: { after: { queuedAt: string; candidateId: string } | null; limit: number },
  ): Promise<AssignmentQueueEntity[]> {
    const rows: {
      candidate_id: string;
      programme_id: string;
      office_ids: string[];
      reason_code: UnassignedReason;
      explanation: AssignmentExplanation;
      queued_at: Date;
    }[] = await this.dataSource.query(
      `SELECT waiting.candidate_id, waiting.programme_id, waiting.office_ids, waiting.reason_code,
         waiting.explanation, waiting.queued_at
       FROM (${WAITING}) waiting
       WHERE ${IN_SCOPE}
         AND ($3::timestamptz IS NULL OR (waiting.queued_at, waiting.candidate_id) > ($3::timestamptz, $4::uuid))
       ORDER BY waiting.queued_at, waiting.candidate_id
       LIMIT $5`,
      [
        programmeId,
        scope === 'all' ? null : scope,
        page.after?.queuedAt ?? null,
        page.after?.candidateId ?? null,
        page.limit,
      ],
    );
    return rows.map((row) => ({
      candidateId: row.candidate_id,
      programmeId: row.programme_id,
      officeIds: row.office_ids,
      reasonCode: row.reason_code,
      explanation: row.explanation,
      queuedAt: row.queued_at,
    }));
  }

  /** A coach and the places left in their caseload (null when unknown). */
  async coachRoom(manager: EntityManager, coachId: string): Promise<CoachRoom | null> {
    const [row]: {
      id: string;
      office_ids: string[];
      languages: string[];
      specialties: Track[];
      active: boolean;
      free_places: number;
    }[] = await manager.query(
      `SELECT coach.id, coach.office_ids, coach.languages, coach.specialties, coach.active,
         greatest(0, coach.max_caseload - (SELECT count(*) FROM coach_assignment
           WHERE coach_id = coach.id AND ${HOLDS_A_CASELOAD_PLACE}))::int AS free_places
       FROM coach WHERE coach.id = $1`,
      [coachId],
    );
    return row
      ? {
          id: row.id,
          officeIds: row.office_ids,
          languages: row.languages,
          specialties: row.specialties,
          active: row.active,
          freePlaces: row.free_places,
        }
      : null;
  }

  /**
   * People waiting whom this coach may follow (an office of the coach serving their programme and
   * within their reach, a common language or none known, their track or none yet), oldest first,
   * after the (queued at, candidate id) of the last one tried. The assignment itself decides.
   */
  async waitingFor(
    manager: EntityManager,
    coach: Pick<CoachRoom, 'officeIds' | 'languages' | 'specialties'>,
    after: { queuedAt: Date; candidateId: string } | null,
    limit: number,
  ): Promise<{ candidateId: string; queuedAt: Date }[]> {
    const rows: { candidate_id: string; queued_at: Date }[] = await manager.query(
      `SELECT queue.candidate_id, queue.queued_at
       FROM assignment_queue queue JOIN candidate_profile profile USING (candidate_id)
       WHERE queue.office_ids && $1::uuid[]
         AND (cardinality(profile.office_ids) = 0 OR profile.office_ids && $1::uuid[])
         AND (cardinality(profile.languages) = 0 OR profile.languages && $2::text[])
         AND (profile.track IS NULL OR profile.track = ANY($3::text[]))
         AND ($4::timestamptz IS NULL OR (queue.queued_at, queue.candidate_id) > ($4::timestamptz, $5::uuid))
       ORDER BY queue.queued_at, queue.candidate_id
       LIMIT $6`,
      [
        coach.officeIds,
        coach.languages,
        coach.specialties,
        after?.queuedAt ?? null,
        after?.candidateId ?? null,
        limit,
      ],
    );
    return rows.map((row) => ({ candidateId: row.candidate_id, queuedAt: row.queued_at }));
  }

  /** The coach a person follows now, if any. */
  async currentCoachOf(manager: EntityManager, candidateId: string): Promise<string | null> {
    const [row]: { coach_id: string }[] = await manager.query(
      `SELECT coach_id FROM coach_assignment WHERE candidate_id = $1 AND ended_at IS NULL`,
      [candidateId],
    );
    return row?.coach_id ?? null;
  }
}
