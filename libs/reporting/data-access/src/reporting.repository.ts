import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CandidateStatus, OutcomeCategory } from '@passerelle/shared/contracts';
import type {
  CaseloadPerson,
  OfferDecision,
  PersonFacts,
  ProgrammeFacts,
} from '@passerelle/reporting/domain';

/** The coarse categories CandidateEnrolled may carry (optional fields; null when the HR file did not say). */
export interface EnrolmentFacts {
  candidateId: string;
  programmeId: string;
  enrolledAt: Date;
  site: string | null;
  ageBand: string | null;
  sex: string | null;
  socioProfessionalCategory: string | null;
  seniorityBand: string | null;
}

export type SessionState = 'booked' | 'rescheduled' | 'cancelled' | 'completed' | 'no_show';

/**
 * The key a person's rows are written under, as an SQL expression of the candidate id parameter
 * `$n`: their erased key (a digest of the id salted with this database's salt) once their tombstone
 * is there, else their id. Used inside each write, after `lockPerson` in an earlier statement of the
 * same transaction, so the statement's snapshot already sees an erasure that committed before the
 * lock was granted: one round trip per event instead of three to look the key up first.
 */
const keyOf = (n: number) =>
  `(SELECT CASE WHEN EXISTS (SELECT 1 FROM reporting_person t WHERE t.person_key = e.key AND t.erased_at IS NOT NULL)
                THEN e.key ELSE $${n}::uuid END
      FROM (SELECT md5(salt || $${n}::text)::uuid AS key FROM reporting_erasure_salt) e)`;

/**
 * The read model's only seam: each event's facts written in the inbox's transaction (`manager`),
 * and a programme's facts read back for the figures. Every write is keyed by the event's own ids,
 * so applying the topics again from the start (the rebuild) gives the same rows.
 */
@Injectable()
export class ReportingRepository {
  /** The people whose lock each open transaction (its manager) already holds. */
  private readonly locksHeld = new WeakMap<EntityManager, Set<string>>();

  constructor(private readonly dataSource: DataSource) {}

  async recordProgramme(
    manager: EntityManager,
    terms: ProgrammeFacts & { status: string; type?: string; startDate?: string; durationMonths?: number },
    termsAt: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO reporting_programme (programme_id, sponsor_id, office_ids, headcount, outcome_targets, status,
         terms_at, type, start_date, duration_months, service_levels)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (programme_id) DO UPDATE SET
         sponsor_id = EXCLUDED.sponsor_id, office_ids = EXCLUDED.office_ids, headcount = EXCLUDED.headcount,
         outcome_targets = EXCLUDED.outcome_targets, status = EXCLUDED.status, terms_at = EXCLUDED.terms_at,
         type = EXCLUDED.type, start_date = EXCLUDED.start_date, duration_months = EXCLUDED.duration_months,
         service_levels = EXCLUDED.service_levels
       WHERE reporting_programme.terms_at <= EXCLUDED.terms_at`,
      [
        terms.programmeId,
        terms.sponsorId,
        terms.officeIds,
        terms.headcount,
        JSON.stringify(terms.outcomeTargets),
        terms.status,
        termsAt,
        terms.type ?? null,
        terms.startDate ?? null,
        terms.durationMonths ?? null,
        terms.serviceLevels ? JSON.stringify(terms.serviceLevels) : null,
      ],
    );
  }

  async recordEnrolment(manager: EntityManager, facts: EnrolmentFacts): Promise<void> {
    await this.lockPerson(manager, facts.candidateId);
    await manager.query(
      `INSERT INTO reporting_person (person_key, programme_id, enrolled_at, site, age_band, sex,
         socio_professional_category, seniority_band)
       VALUES (${keyOf(1)}, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (person_key) DO UPDATE SET
         programme_id = EXCLUDED.programme_id, enrolled_at = EXCLUDED.enrolled_at, site = EXCLUDED.site,
         age_band = EXCLUDED.age_band, sex = EXCLUDED.sex,
         socio_professional_category = EXCLUDED.socio_professional_category,
         seniority_band = EXCLUDED.seniority_band`,
      [
        facts.candidateId,
        facts.programmeId,
        facts.enrolledAt,
        facts.site,
        facts.ageBand,
        facts.sex,
        facts.socioProfessionalCategory,
        facts.seniorityBand,
      ],
    );
  }

  /** A fact about the person's journey, the row made if their enrolment has not arrived yet. */
  async recordJourney(
    manager: EntityManager,
    candidateId: string,
    fact:
      | { kind: 'diagnosed' | 'coach_assigned' | 'pathway_completed'; at: Date }
      | { kind: 'at_risk'; atRisk: boolean }
      | { kind: 'milestone_reached' | 'assessment_completed' },
  ): Promise<void> {
    // The column, its value in a new row, and how an existing row takes the fact: one upsert.
    const [column, update] = {
      diagnosed: ['diagnosed_at', 'COALESCE(reporting_person.diagnosed_at, EXCLUDED.diagnosed_at)'],
      coach_assigned: [
        'coach_assigned_at',
        'COALESCE(reporting_person.coach_assigned_at, EXCLUDED.coach_assigned_at)',
      ],
      pathway_completed: ['pathway_completed_at', 'EXCLUDED.pathway_completed_at'],
      at_risk: ['at_risk', 'EXCLUDED.at_risk'],
      milestone_reached: ['milestones_reached', 'reporting_person.milestones_reached + 1'],
      assessment_completed: ['assessments_completed', 'reporting_person.assessments_completed + 1'],
    }[fact.kind];
    const value = 'at' in fact ? fact.at : 'atRisk' in fact ? fact.atRisk : 1;
    await this.lockPerson(manager, candidateId);
    await manager.query(
      `INSERT INTO reporting_person (person_key, ${column}) VALUES (${keyOf(1)}, $2)
       ON CONFLICT (person_key) DO UPDATE SET ${column} = ${update}`,
      [candidateId, value],
    );
  }

  /** A coach assignment, by its event: the latest on or before a date is the person's coach then. */
  async recordCoachAssignment(
    manager: EntityManager,
    eventId: string,
    assignment: { candidateId: string; coachId: string; officeId: string | null; assignedAt: Date },
  ): Promise<void> {
    await this.lockPerson(manager, assignment.candidateId);
    await manager.query(
      `INSERT INTO reporting_coach_assignment (event_id, person_key, coach_id, office_id, assigned_at)
       VALUES ($1, ${keyOf(2)}, $3, $4, $5) ON CONFLICT (event_id) DO NOTHING`,
      [eventId, assignment.candidateId, assignment.coachId, assignment.officeId, assignment.assignedAt],
    );
  }

  async recordStatusChange(
    manager: EntityManager,
    eventId: string,
    candidateId: string,
    to: CandidateStatus,
    changedAt: Date,
  ): Promise<void> {
    await this.lockPerson(manager, candidateId);
    await manager.query(
      `INSERT INTO reporting_status_change (event_id, person_key, to_status, changed_at)
       VALUES ($1, ${keyOf(2)}, $3, $4) ON CONFLICT (event_id) DO NOTHING`,
      [eventId, candidateId, to, changedAt],
    );
  }

  async recordOutcome(
    manager: EntityManager,
    outcome: {
      outcomeId: string;
      candidateId: string;
      category: OutcomeCategory;
      outcomeDate: string;
      recordedAt: Date;
    },
  ): Promise<void> {
    await this.lockPerson(manager, outcome.candidateId);
    await manager.query(
      `INSERT INTO reporting_outcome (outcome_id, person_key, category, outcome_date, recorded_at)
       VALUES ($1, ${keyOf(2)}, $3, $4, $5) ON CONFLICT (outcome_id) DO NOTHING`,
      [outcome.outcomeId, outcome.candidateId, outcome.category, outcome.outcomeDate, outcome.recordedAt],
    );
  }

  /** An offer logged, or its answer (the same offer announced again with its decision). */
  async recordValidJobOffer(
    manager: EntityManager,
    offer: { validJobOfferId: string; candidateId: string; decision: OfferDecision; loggedAt: Date },
  ): Promise<void> {
    const decidedAt = offer.decision === 'pending' ? null : offer.loggedAt;
    await this.lockPerson(manager, offer.candidateId);
    await manager.query(
      `INSERT INTO reporting_valid_job_offer (valid_job_offer_id, person_key, decision, logged_at, decided_at)
       VALUES ($1, ${keyOf(2)}, $3, $4, $5)
       ON CONFLICT (valid_job_offer_id) DO UPDATE SET
         decision = EXCLUDED.decision,
         decided_at = EXCLUDED.decided_at,
         logged_at = LEAST(reporting_valid_job_offer.logged_at, EXCLUDED.logged_at)
       WHERE EXCLUDED.decision <> 'pending'`,
      [offer.validJobOfferId, offer.candidateId, offer.decision, offer.loggedAt, decidedAt],
    );
  }

  async recordSession(
    manager: EntityManager,
    session: { sessionId: string; candidateId: string; startsAt: Date; coachId?: string | null },
    state: SessionState,
    at: Date,
  ): Promise<void> {
    const status = state === 'rescheduled' ? 'booked' : state;
    await this.lockPerson(manager, session.candidateId);
    await manager.query(
      `INSERT INTO reporting_session (session_id, person_key, status, starts_at, completed_at, reschedules, coach_id)
       VALUES ($1, ${keyOf(2)}, $3, $4, $5, $6, $8)
       ON CONFLICT (session_id) DO UPDATE SET
         coach_id = COALESCE(EXCLUDED.coach_id, reporting_session.coach_id),
         status = CASE WHEN $7 THEN reporting_session.status ELSE EXCLUDED.status END,
         starts_at = EXCLUDED.starts_at,
         completed_at = COALESCE(EXCLUDED.completed_at, reporting_session.completed_at),
         reschedules = reporting_session.reschedules + EXCLUDED.reschedules`,
      [
        session.sessionId,
        session.candidateId,
        status,
        session.startsAt,
        state === 'completed' ? at : null,
        state === 'rescheduled' ? 1 : 0,
        // A late booking or reschedule never undoes a session's end (completed, cancelled, no-show).
        state === 'booked' || state === 'rescheduled',
        session.coachId ?? null,
      ],
    );
  }

  /**
   * The person's rows lose their link: the candidate id is replaced everywhere by a digest of it
   * salted with this database's own random salt (in no event, never served), so the counts stay.
   * An erased person's row stays as a tombstone under that key, made if their enrolment has not
   * arrived yet: an event about them applied later (topics are read in parallel, and a rebuild
   * replays them at different paces) joins the same unlinked row instead of bringing the id back.
   */
  async erase(manager: EntityManager, candidateId: string, erasedAt: Date): Promise<void> {
    // Exclusive: waits for every write about the person in flight, and holds later ones back.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('reporting.person'), hashtext($1))`, [
      candidateId,
    ]);
    const key = await this.erasedKeyOf(manager, candidateId);
    for (const table of [
      'reporting_status_change',
      'reporting_outcome',
      'reporting_valid_job_offer',
      'reporting_session',
      'reporting_coach_assignment',
    ])
      await manager.query(`UPDATE ${table} SET person_key = $2 WHERE person_key = $1`, [candidateId, key]);
    await manager.query(`UPDATE reporting_person SET person_key = $2 WHERE person_key = $1`, [
      candidateId,
      key,
    ]);
    await manager.query(
      `INSERT INTO reporting_person (person_key, erased_at) VALUES ($1, $2)
       ON CONFLICT (person_key) DO UPDATE SET erased_at = EXCLUDED.erased_at`,
      [key, erasedAt],
    );
  }

  /**
   * Held to the transaction's end, taken in its own statement before each write: an erasure applied
   * meanwhile (another topic's consumer) waits for this write, or this write (a later statement,
   * with a later snapshot) sees its tombstone through `keyOf`. Shared: writes never wait for each
   * other, only for an erasure (which takes it exclusively). An exclusive lock per write made the
   * topics' batch transactions, each locking its people in its own order, deadlock one another, and
   * every deadlock sent a whole batch back to one transaction per event (bench:reporting). Taken once
   * per person and transaction (the inbox applies a Kafka batch in one transaction).
   */
  private async lockPerson(manager: EntityManager, candidateId: string): Promise<void> {
    const inTransaction = manager.queryRunner?.isTransactionActive === true;
    const held = inTransaction ? this.locksHeld.get(manager) : undefined;
    if (held?.has(candidateId)) return;
    await manager.query(`SELECT pg_advisory_xact_lock_shared(hashtext('reporting.person'), hashtext($1))`, [
      candidateId,
    ]);
    if (inTransaction) this.locksHeld.set(manager, (held ?? new Set()).add(candidateId));
  }

  private async erasedKeyOf(manager: EntityManager, candidateId: string): Promise<string> {
    const [{ key }] = await manager.query(
      `SELECT md5(salt || $1::text)::uuid::text AS key FROM reporting_erasure_salt`,
      [candidateId],
    );
    return key;
  }

  async findProgramme(programmeId: string): Promise<ProgrammeFacts | null> {
    const [row] = await this.dataSource.query(
      `SELECT programme_id, sponsor_id, office_ids, headcount, outcome_targets, service_levels
         FROM reporting_programme WHERE programme_id = $1`,
      [programmeId],
    );
    if (!row) return null;
    return {
      programmeId: row.programme_id,
      sponsorId: row.sponsor_id,
      officeIds: row.office_ids,
      headcount: row.headcount,
      outcomeTargets: row.outcome_targets,
      serviceLevels: row.service_levels,
    };
  }

  /**
   * What the service levels need of a programme's people, read in one snapshot: enrolment, status
   * changes, coach assignments, sessions (state, coach, start and end), at risk now, erased.
   */
  async caseloadOf(programmeId: string): Promise<CaseloadPerson[]> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const people: { person_key: string; enrolled_at: Date; at_risk: boolean; erased: boolean }[] =
        await manager.query(
          `SELECT person_key, enrolled_at, at_risk, erased_at IS NOT NULL AS erased
             FROM reporting_person WHERE programme_id = $1 AND enrolled_at IS NOT NULL`,
          [programmeId],
        );
      const of = `person_key IN (SELECT person_key FROM reporting_person WHERE programme_id = $1)`;
      const changes: { person_key: string; to_status: CandidateStatus; changed_at: Date }[] =
        await manager.query(
          `SELECT person_key, to_status, changed_at FROM reporting_status_change WHERE ${of}`,
          [programmeId],
        );
      const assignments: {
        person_key: string;
        coach_id: string;
        office_id: string | null;
        assigned_at: Date;
      }[] = await manager.query(
        `SELECT person_key, coach_id, office_id, assigned_at FROM reporting_coach_assignment WHERE ${of}`,
        [programmeId],
      );
      const sessions: {
        person_key: string;
        status: string;
        coach_id: string | null;
        starts_at: Date;
        completed_at: Date | null;
      }[] = await manager.query(
        `SELECT person_key, status, coach_id, starts_at, completed_at FROM reporting_session
          WHERE ${of} AND status IN ('completed', 'no_show')`,
        [programmeId],
      );
      const byKey = new Map<
        string,
        {
          statusChanges: CaseloadPerson['statusChanges'][number][];
          coachAssignments: CaseloadPerson['coachAssignments'][number][];
          sessions: CaseloadPerson['sessions'][number][];
        }
      >();
      const caseload: CaseloadPerson[] = people.map((row) => {
        const lists = { statusChanges: [], coachAssignments: [], sessions: [] };
        byKey.set(row.person_key, lists);
        return {
          key: row.person_key,
          enrolledAt: row.enrolled_at,
          atRisk: row.at_risk,
          erased: row.erased,
          ...lists,
        };
      });
      for (const row of changes)
        byKey.get(row.person_key)?.statusChanges.push({ to: row.to_status, at: row.changed_at });
      for (const row of assignments)
        byKey
          .get(row.person_key)
          ?.coachAssignments.push({ coachId: row.coach_id, officeId: row.office_id, at: row.assigned_at });
      for (const row of sessions)
        byKey.get(row.person_key)?.sessions.push({
          status: row.status,
          coachId: row.coach_id,
          startsAt: row.starts_at,
          completedAt: row.completed_at,
        });
      return caseload;
    });
  }

  /** Everything the figures need of a programme's people, read in one snapshot. */
  async factsOf(programmeId: string): Promise<PersonFacts[]> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const people: {
        person_key: string;
        enrolled_at: Date;
        site: string | null;
        age_band: string | null;
        sex: string | null;
        socio_professional_category: string | null;
      }[] = await manager.query(
        `SELECT person_key, enrolled_at, site, age_band, sex, socio_professional_category
           FROM reporting_person WHERE programme_id = $1 AND enrolled_at IS NOT NULL`,
        [programmeId],
      );
      const of = `person_key IN (SELECT person_key FROM reporting_person WHERE programme_id = $1)`;
      // One connection (the snapshot's): the queries run one after the other.
      const changes = await manager.query(
        `SELECT person_key, to_status, changed_at FROM reporting_status_change WHERE ${of}`,
        [programmeId],
      );
      const outcomes = await manager.query(
        `SELECT person_key, category, to_char(outcome_date, 'YYYY-MM-DD') AS outcome_date, recorded_at
           FROM reporting_outcome WHERE ${of}`,
        [programmeId],
      );
      const offers = await manager.query(
        `SELECT person_key, decision, logged_at, decided_at FROM reporting_valid_job_offer WHERE ${of}`,
        [programmeId],
      );
      // Only when each session ended: one array per person, not a row per session.
      // As epoch milliseconds: numbers parse far faster than timestamps (tens of thousands of sessions).
      const sessions: { person_key: string; completed: number[] }[] = await manager.query(
        `SELECT person_key, array_agg((extract(epoch FROM completed_at) * 1000)::float8) AS completed
           FROM reporting_session
          WHERE ${of} AND status = 'completed' GROUP BY person_key`,
        [programmeId],
      );
      type Lists = {
        statusChanges: { to: CandidateStatus; at: Date }[];
        outcomes: { category: OutcomeCategory; outcomeDate: string; recordedAt: Date }[];
        offers: { loggedAt: Date; decision: OfferDecision; decidedAt: Date | null }[];
        sessionsCompletedAt: Date[];
      };
      const facts: PersonFacts[] = [];
      const mutable = new Map<string, Lists>();
      for (const row of people) {
        const lists: Lists = { statusChanges: [], outcomes: [], offers: [], sessionsCompletedAt: [] };
        mutable.set(row.person_key, lists);
        facts.push({
          key: row.person_key,
          enrolledAt: row.enrolled_at,
          dimensions: {
            site: row.site,
            ageBand: row.age_band,
            sex: row.sex,
            socioProfessionalCategory: row.socio_professional_category,
          },
          ...lists,
        });
      }
      for (const row of changes)
        mutable.get(row.person_key)?.statusChanges.push({ to: row.to_status, at: row.changed_at });
      for (const row of outcomes)
        mutable.get(row.person_key)?.outcomes.push({
          category: row.category,
          outcomeDate: row.outcome_date,
          recordedAt: row.recorded_at,
        });
      for (const row of offers)
        mutable.get(row.person_key)?.offers.push({
          loggedAt: row.logged_at,
          decision: row.decision,
          decidedAt: row.decided_at,
        });
      for (const row of sessions)
        mutable.get(row.person_key)?.sessionsCompletedAt.push(...row.completed.map((ms) => new Date(ms)));
      return facts;
    });
  }
}
