import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FactOf, ReadModelFact } from './read-model-fact';
import type { EnrolmentFacts } from './reporting.repository';

/**
 * The read model's writes for a whole Kafka batch (decision 0035), in the inbox's transaction, with
 * the rows the per-event writes of `ReportingRepository` give for the same events in the same order
 * (read-model-batch.int-spec compares them): the batch's people locked in one sorted statement
 * (shared, exclusive for those it erases), their keys resolved once, then each table written with
 * one set-based statement (`jsonb_to_recordset`), rows in key order so that two topics' batches
 * lock shared rows in the same order. A row a batch changes more than once is written in rounds (its
 * first change in the first statement, its second in the next, ...) where a change depends on the row
 * as it is (sessions, offers, programmes), or folded into one change where the fold is exact (a
 * person's facts: first diagnosis, last risk, counts added). Erasures come last: renaming a person's
 * rows to their erased key after writing them gives what writing them to that key would.
 */
@Injectable()
export class ReadModelBatchWriter {
  async apply(manager: EntityManager, facts: readonly ReadModelFact[]): Promise<void> {
    const of = <K extends ReadModelFact['kind']>(kind: K) =>
      facts.filter((fact): fact is FactOf<K> => fact.kind === kind);
    await this.writeProgrammes(manager, of('programme'));
    const people = facts.filter((fact) => fact.kind !== 'programme').map(candidateOf);
    if (people.length === 0) return;
    const erasures = of('erasure');
    const keys = await this.lockPeople(manager, people, new Set(erasures.map((fact) => fact.candidateId)));
    await this.writePeople(manager, keys, of('enrolment'), of('journey'));
    await this.insertOnce(
      manager,
      keys,
      'reporting_coach_assignment',
      'event_id uuid, person_key uuid, coach_id uuid, office_id uuid, assigned_at timestamptz',
      of('coach_assignment'),
      (f) => [f.eventId, f.candidateId, f.coachId, f.officeId, f.assignedAt],
    );
    await this.insertOnce(
      manager,
      keys,
      'reporting_status_change',
      'event_id uuid, person_key uuid, to_status text, changed_at timestamptz',
      of('status_change'),
      (f) => [f.eventId, f.candidateId, f.to, f.changedAt],
    );
    await this.insertOnce(
      manager,
      keys,
      'reporting_outcome',
      'outcome_id uuid, person_key uuid, category text, outcome_date date, recorded_at timestamptz',
      of('outcome'),
      (f) => [f.outcomeId, f.candidateId, f.category, f.outcomeDate, f.recordedAt],
    );
    await this.writeOffers(manager, keys, of('valid_job_offer'));
    await this.writeSessions(manager, keys, of('session'));
    if (erasures.length > 0) await this.erase(manager, keys, erasures);
  }

  /**
   * One statement: a lock per person of the batch in one order (every batch sorts the same way, so
   * two never wait on each other in a cycle), shared for writes, exclusive for an erasure (it waits
   * for every write about the person in flight and holds later ones back). Then, in a later statement
   * (whose snapshot sees an erasure committed before the locks were granted), each person's key:
   * their erased key once their tombstone is there, else their id.
   */
  private async lockPeople(
    manager: EntityManager,
    candidateIds: string[],
    erased: ReadonlySet<string>,
  ): Promise<Map<string, string>> {
    const ids = [...new Set(candidateIds)].sort();
    await manager.query(
      `SELECT CASE WHEN p.exclusive THEN pg_advisory_xact_lock(hashtext('reporting.person'), hashtext(p.id))::text
                   ELSE pg_advisory_xact_lock_shared(hashtext('reporting.person'), hashtext(p.id))::text END
         FROM (SELECT id, exclusive FROM unnest($1::text[], $2::boolean[]) AS p(id, exclusive)
                ORDER BY id OFFSET 0) p`,
      [ids, ids.map((id) => erased.has(id))],
    );
    // A join on the primary key, the salt as a scalar: a correlated EXISTS over a cross join with the
    // salt's table (never analysed: PostgreSQL guesses 1,360 rows) was planned as a hashed scan of
    // every person, costed past `jit_above_cost`, and JIT-compiled at 60 to 250 ms a statement.
    const rows: { id: string; key: string }[] = await manager.query(
      `SELECT p.id::text AS id, COALESCE(t.person_key, p.id)::text AS key
         FROM unnest($1::uuid[]) AS p(id)
         LEFT JOIN reporting_person t
           ON t.person_key = md5((SELECT salt FROM reporting_erasure_salt) || p.id::text)::uuid
          AND t.erased_at IS NOT NULL`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.key]));
  }

  /** Terms in rounds: an older amendment arriving late is ignored, as one by one. */
  private async writeProgrammes(manager: EntityManager, facts: FactOf<'programme'>[]): Promise<void> {
    for (const round of rounds(facts, (fact) => fact.terms.programmeId)) {
      await manager.query(
        `INSERT INTO reporting_programme (programme_id, sponsor_id, office_ids, headcount, outcome_targets, status,
           terms_at, type, start_date, duration_months, service_levels)
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS b(programme_id uuid, sponsor_id uuid, office_ids uuid[],
           headcount integer, outcome_targets jsonb, status text, terms_at timestamptz, type text, start_date date,
           duration_months integer, service_levels jsonb)
          ORDER BY programme_id
         ON CONFLICT (programme_id) DO UPDATE SET
           sponsor_id = EXCLUDED.sponsor_id, office_ids = EXCLUDED.office_ids, headcount = EXCLUDED.headcount,
           outcome_targets = EXCLUDED.outcome_targets, status = EXCLUDED.status, terms_at = EXCLUDED.terms_at,
           type = EXCLUDED.type, start_date = EXCLUDED.start_date, duration_months = EXCLUDED.duration_months,
           service_levels = EXCLUDED.service_levels
         WHERE reporting_programme.terms_at <= EXCLUDED.terms_at`,
        [
          JSON.stringify(
            round.map(({ terms, termsAt }) => ({
              programme_id: terms.programmeId,
              sponsor_id: terms.sponsorId,
              office_ids: terms.officeIds,
              headcount: terms.headcount,
              outcome_targets: terms.outcomeTargets,
              status: terms.status,
              terms_at: termsAt,
              type: terms.type ?? null,
              start_date: terms.startDate ?? null,
              duration_months: terms.durationMonths ?? null,
              service_levels: terms.serviceLevels ?? null,
            })),
          ),
        ],
      );
    }
  }

  /**
   * A person's facts folded into one upsert: the last enrolment's columns, the first diagnosis and
   * coach, the last pathway completion, milestones and assessments added; the last risk flag set
   * afterwards (a column that cannot be null cannot say "not told" in the upsert).
   */
  private async writePeople(
    manager: EntityManager,
    keys: Map<string, string>,
    enrolments: FactOf<'enrolment'>[],
    journey: FactOf<'journey'>[],
  ): Promise<void> {
    type Row = {
      person_key: string;
      enrolment: EnrolmentFacts | null;
      diagnosed_at: Date | null;
      coach_assigned_at: Date | null;
      pathway_completed_at: Date | null;
      at_risk: boolean | null;
      milestones_reached: number;
      assessments_completed: number;
    };
    const rows = new Map<string, Row>();
    const rowOf = (candidateId: string) => {
      const key = keyOf(keys, candidateId);
      const row = rows.get(key) ?? {
        person_key: key,
        enrolment: null,
        diagnosed_at: null,
        coach_assigned_at: null,
        pathway_completed_at: null,
        at_risk: null,
        milestones_reached: 0,
        assessments_completed: 0,
      };
      rows.set(key, row);
      return row;
    };
    for (const { enrolment } of enrolments) rowOf(enrolment.candidateId).enrolment = enrolment;
    for (const { candidateId, fact } of journey) {
      const row = rowOf(candidateId);
      if (fact.kind === 'diagnosed') row.diagnosed_at ??= fact.at;
      else if (fact.kind === 'coach_assigned') row.coach_assigned_at ??= fact.at;
      else if (fact.kind === 'pathway_completed') row.pathway_completed_at = fact.at;
      else if (fact.kind === 'at_risk') row.at_risk = fact.atRisk;
      else if (fact.kind === 'milestone_reached') row.milestones_reached++;
      else row.assessments_completed++;
    }
    if (rows.size === 0) return;
    const list = [...rows.values()];
    // A row of the batch with no enrolment has a null enrolled_at: the upsert then keeps the row's.
    await manager.query(
      `INSERT INTO reporting_person (person_key, programme_id, enrolled_at, site, age_band, sex,
         socio_professional_category, seniority_band, diagnosed_at, coach_assigned_at, pathway_completed_at,
         at_risk, milestones_reached, assessments_completed)
       SELECT person_key, programme_id, enrolled_at, site, age_band, sex, socio_professional_category,
              seniority_band, diagnosed_at, coach_assigned_at, pathway_completed_at, coalesce(at_risk, false),
              milestones_reached, assessments_completed
         FROM jsonb_to_recordset($1::jsonb) AS b(person_key uuid, programme_id uuid, enrolled_at timestamptz,
           site text, age_band text, sex text, socio_professional_category text, seniority_band text,
           diagnosed_at timestamptz, coach_assigned_at timestamptz, pathway_completed_at timestamptz,
           at_risk boolean, milestones_reached integer, assessments_completed integer)
        ORDER BY person_key
       ON CONFLICT (person_key) DO UPDATE SET
         programme_id = CASE WHEN EXCLUDED.enrolled_at IS NULL THEN reporting_person.programme_id ELSE EXCLUDED.programme_id END,
         site = CASE WHEN EXCLUDED.enrolled_at IS NULL THEN reporting_person.site ELSE EXCLUDED.site END,
         age_band = CASE WHEN EXCLUDED.enrolled_at IS NULL THEN reporting_person.age_band ELSE EXCLUDED.age_band END,
         sex = CASE WHEN EXCLUDED.enrolled_at IS NULL THEN reporting_person.sex ELSE EXCLUDED.sex END,
         socio_professional_category = CASE WHEN EXCLUDED.enrolled_at IS NULL
           THEN reporting_person.socio_professional_category ELSE EXCLUDED.socio_professional_category END,
         seniority_band = CASE WHEN EXCLUDED.enrolled_at IS NULL
           THEN reporting_person.seniority_band ELSE EXCLUDED.seniority_band END,
         enrolled_at = COALESCE(EXCLUDED.enrolled_at, reporting_person.enrolled_at),
         diagnosed_at = COALESCE(reporting_person.diagnosed_at, EXCLUDED.diagnosed_at),
         coach_assigned_at = COALESCE(reporting_person.coach_assigned_at, EXCLUDED.coach_assigned_at),
         pathway_completed_at = COALESCE(EXCLUDED.pathway_completed_at, reporting_person.pathway_completed_at),
         milestones_reached = reporting_person.milestones_reached + EXCLUDED.milestones_reached,
         assessments_completed = reporting_person.assessments_completed + EXCLUDED.assessments_completed`,
      [
        JSON.stringify(
          list.map(({ enrolment, ...row }) => ({
            ...row,
            programme_id: enrolment?.programmeId ?? null,
            enrolled_at: enrolment?.enrolledAt ?? null,
            site: enrolment?.site ?? null,
            age_band: enrolment?.ageBand ?? null,
            sex: enrolment?.sex ?? null,
            socio_professional_category: enrolment?.socioProfessionalCategory ?? null,
            seniority_band: enrolment?.seniorityBand ?? null,
          })),
        ),
      ],
    );
    const risks = list.filter((row) => row.at_risk !== null);
    if (risks.length > 0)
      await manager.query(
        `UPDATE reporting_person p SET at_risk = b.at_risk
           FROM unnest($1::uuid[], $2::boolean[]) AS b(person_key, at_risk) WHERE p.person_key = b.person_key`,
        [risks.map((row) => row.person_key), risks.map((row) => row.at_risk)],
      );
  }

  /**
   * Rows written once, by their own id (an event's, an outcome's): the first of the batch wins.
   * `columns` names the row's columns and types, its id first, `person_key` second.
   */
  private async insertOnce<F extends ReadModelFact>(
    manager: EntityManager,
    keys: Map<string, string>,
    table: string,
    columns: string,
    facts: F[],
    row: (fact: F) => [id: string, candidateId: string, ...rest: unknown[]],
  ): Promise<void> {
    if (facts.length === 0) return;
    const rows = new Map<string, unknown[]>();
    for (const fact of facts) {
      const [id, candidateId, ...rest] = row(fact);
      if (!rows.has(id)) rows.set(id, [id, keyOf(keys, candidateId), ...rest]);
    }
    const names = columns.split(',').map((column) => column.trim().split(' ')[0] ?? column);
    await manager.query(
      `INSERT INTO ${table} (${names.join(', ')})
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS b(${columns}) ORDER BY ${names[0]}
       ON CONFLICT (${names[0]}) DO NOTHING`,
      [
        JSON.stringify(
          [...rows.values()].map((values) => Object.fromEntries(names.map((n, i) => [n, values[i]]))),
        ),
      ],
    );
  }

  /** An offer logged, then answered: in rounds, as one by one (an answer replaces, a late pending does not). */
  private async writeOffers(
    manager: EntityManager,
    keys: Map<string, string>,
    facts: FactOf<'valid_job_offer'>[],
  ): Promise<void> {
    for (const round of rounds(facts, (fact) => fact.validJobOfferId)) {
      await manager.query(
        `INSERT INTO reporting_valid_job_offer (valid_job_offer_id, person_key, decision, logged_at, decided_at)
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS b(valid_job_offer_id uuid, person_key uuid, decision text,
           logged_at timestamptz, decided_at timestamptz)
          ORDER BY valid_job_offer_id
         ON CONFLICT (valid_job_offer_id) DO UPDATE SET
           decision = EXCLUDED.decision,
           decided_at = EXCLUDED.decided_at,
           logged_at = LEAST(reporting_valid_job_offer.logged_at, EXCLUDED.logged_at)
         WHERE EXCLUDED.decision <> 'pending'`,
        [
          JSON.stringify(
            round.map((fact) => ({
              valid_job_offer_id: fact.validJobOfferId,
              person_key: keyOf(keys, fact.candidateId),
              decision: fact.decision,
              logged_at: fact.loggedAt,
              decided_at: fact.decision === 'pending' ? null : fact.loggedAt,
            })),
          ),
        ],
      );
    }
  }

  /** Each session's changes in rounds, as one by one: a late booking never undoes an end. */
  private async writeSessions(
    manager: EntityManager,
    keys: Map<string, string>,
    facts: FactOf<'session'>[],
  ): Promise<void> {
    for (const round of rounds(facts, (fact) => fact.sessionId)) {
      // 'booked' is a booking or a reschedule (never an end): the row keeps its status.
      await manager.query(
        `INSERT INTO reporting_session (session_id, person_key, status, starts_at, completed_at, reschedules, coach_id)
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS b(session_id uuid, person_key uuid, status text,
           starts_at timestamptz, completed_at timestamptz, reschedules integer, coach_id uuid)
          ORDER BY session_id
         ON CONFLICT (session_id) DO UPDATE SET
           coach_id = COALESCE(EXCLUDED.coach_id, reporting_session.coach_id),
           status = CASE WHEN EXCLUDED.status = 'booked' THEN reporting_session.status ELSE EXCLUDED.status END,
           starts_at = EXCLUDED.starts_at,
           completed_at = COALESCE(EXCLUDED.completed_at, reporting_session.completed_at),
           reschedules = reporting_session.reschedules + EXCLUDED.reschedules`,
        [
          JSON.stringify(
            round.map((fact) => ({
              session_id: fact.sessionId,
              person_key: keyOf(keys, fact.candidateId),
              status: fact.state === 'rescheduled' ? 'booked' : fact.state,
              starts_at: fact.startsAt,
              completed_at: fact.state === 'completed' ? fact.at : null,
              reschedules: fact.state === 'rescheduled' ? 1 : 0,
              coach_id: fact.coachId,
            })),
          ),
        ],
      );
    }
  }

  /**
   * The erased people's rows renamed to their erased key (a digest of the id salted with this
   * database's salt), then their tombstones, with the last erasure's time (`ReportingRepository.erase`).
   */
  private async erase(
    manager: EntityManager,
    keys: Map<string, string>,
    facts: FactOf<'erasure'>[],
  ): Promise<void> {
    const last = new Map(facts.map((fact) => [fact.candidateId, fact.erasedAt]));
    const ids = [...last.keys()].sort();
    const erased: { id: string; key: string }[] = await manager.query(
      `SELECT e.id::text AS id, md5((SELECT salt FROM reporting_erasure_salt) || e.id::text)::uuid::text AS key
         FROM unnest($1::uuid[]) AS e(id)`,
      [ids],
    );
    const from = erased.map((row) => keyOf(keys, row.id));
    const to = erased.map((row) => row.key);
    for (const table of [
      'reporting_status_change',
      'reporting_outcome',
      'reporting_valid_job_offer',
      'reporting_session',
      'reporting_coach_assignment',
      'reporting_person',
    ])
      await manager.query(
        `UPDATE ${table} t SET person_key = m.key
           FROM unnest($1::uuid[], $2::uuid[]) AS m(id, key) WHERE t.person_key = m.id AND m.id <> m.key`,
        [from, to],
      );
    await manager.query(
      `INSERT INTO reporting_person (person_key, erased_at)
       SELECT key, erased_at FROM unnest($1::uuid[], $2::timestamptz[]) AS b(key, erased_at) ORDER BY key
       ON CONFLICT (person_key) DO UPDATE SET erased_at = EXCLUDED.erased_at`,
      [to, erased.map((row) => last.get(row.id))],
    );
  }
}

/** The key `lockPeople` resolved for a person of the batch. */
function keyOf(keys: ReadonlyMap<string, string>, candidateId: string): string {
  const key = keys.get(candidateId);
  if (key === undefined) throw new Error(`no key resolved for ${candidateId}`);
  return key;
}

function candidateOf(fact: Exclude<ReadModelFact, FactOf<'programme'>>): string {
  return fact.kind === 'enrolment' ? fact.enrolment.candidateId : fact.candidateId;
}

/** The n-th change of each row in the n-th round, each round in the batch's order. */
function rounds<T>(facts: readonly T[], rowOf: (fact: T) => string): T[][] {
  const result: T[][] = [];
  const seen = new Map<string, number>();
  for (const fact of facts) {
    const n = seen.get(rowOf(fact)) ?? 0;
    seen.set(rowOf(fact), n + 1);
    (result[n] ??= []).push(fact);
  }
  return result;
}
