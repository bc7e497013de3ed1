import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DIMENSIONS,
  emptyDashboardCounts,
  type CommitteeStatus,
  type DashboardCounts,
  type Dimension,
  type MonthColumn,
  type OfferDecision,
} from '@passerelle/reporting/domain';
import type { OutcomeCategory } from '@passerelle/shared/contracts';

/**
 * The milliseconds from one timestamptz to another, summed: each a whole number (the read model's
 * times come from JavaScript dates, to the millisecond), so the float sum is exact.
 */
const sumOfMs = (from: string, to: string) =>
  `coalesce(sum(round(date_part('epoch', ${to} - ${from}) * 1000)), 0)::bigint::text`;
/** The month (in Paris, as the domain's `monthOf`) an instant falls in, as its first instant. */
const month = (column: string) => `date_trunc('month', ${column}, 'Europe/Paris')`;

/**
 * The dashboard's counts worked out by PostgreSQL, the same rules as the domain's
 * `dashboardCounts` (its reference, tested against it): one statement, so one snapshot. Each
 * person's standing on `$2` once (`f`: the status of their last change by the date; when they
 * left, the start of their last run of placed or exited changes; their current outcome; their
 * first session attended and sessions attended), then only counts leave the database.
 */
const COUNTS = `
WITH p AS NOT MATERIALIZED (
  SELECT person_key, enrolled_at, site, age_band, sex, socio_professional_category
    FROM reporting_person
   WHERE programme_id = $1 AND enrolled_at <= $2),
changes AS (
  SELECT c.person_key, c.to_status, c.changed_at,
         max(c.changed_at) FILTER (WHERE c.to_status NOT IN ('placed', 'exited'))
           OVER (PARTITION BY c.person_key) AS last_not_held
    FROM reporting_status_change c JOIN p USING (person_key)
   WHERE c.changed_at <= $2),
standing AS (
  SELECT person_key,
         (array_agg(to_status ORDER BY changed_at DESC))[1] AS to_status,
         min(changed_at) FILTER (WHERE to_status IN ('placed', 'exited')
                                   AND (last_not_held IS NULL OR changed_at > last_not_held)) AS held_since
    FROM changes GROUP BY person_key),
outcome AS (
  SELECT DISTINCT ON (o.person_key) o.person_key, o.category, o.recorded_at
    FROM reporting_outcome o JOIN p USING (person_key)
   WHERE o.recorded_at <= $2
   ORDER BY o.person_key, o.recorded_at DESC),
attended AS (
  SELECT s.person_key, min(s.completed_at) AS first_at, count(*)::int AS sessions
    FROM reporting_session s JOIN p USING (person_key)
   WHERE s.status = 'completed' AND s.completed_at <= $2
   GROUP BY s.person_key),
f AS MATERIALIZED (
  SELECT p.*,
         CASE WHEN standing.to_status IN ('paused', 'placed', 'exited') THEN standing.to_status
              ELSE 'in_accompaniment' END AS status,
         CASE WHEN standing.to_status IN ('placed', 'exited') THEN standing.held_since END AS left_at,
         outcome.category, outcome.recorded_at, attended.first_at, coalesce(attended.sessions, 0) AS sessions
    FROM p LEFT JOIN standing USING (person_key) LEFT JOIN outcome USING (person_key)
         LEFT JOIN attended USING (person_key))
SELECT
  (SELECT min(enrolled_at) FROM f) AS first_enrolled_at,
  (SELECT json_agg(g) FROM (
     SELECT CASE GROUPING(site, age_band, sex, socio_professional_category)
              WHEN 7 THEN 'site' WHEN 11 THEN 'ageBand' WHEN 13 THEN 'sex'
              WHEN 14 THEN 'socioProfessionalCategory' END AS dimension,
            coalesce(site, age_band, sex, socio_professional_category) AS label, status, count(*)::int AS people
       FROM f
      GROUP BY GROUPING SETS ((status), (site, status), (age_band, status), (sex, status),
                              (socio_professional_category, status))) g) AS groups,
  (SELECT json_agg(o) FROM (SELECT category, count(*)::int AS people FROM f GROUP BY category) o) AS outcomes,
  (SELECT json_agg(d) FROM (
     SELECT CASE WHEN GROUPING(decision) = 1 THEN NULL ELSE decision END AS decision,
            count(*)::int AS offers, count(DISTINCT person_key)::int AS people
       FROM (SELECT v.person_key,
                    CASE WHEN v.decided_at <= $2 THEN v.decision ELSE 'pending' END AS decision
               FROM reporting_valid_job_offer v JOIN f USING (person_key)
              WHERE v.logged_at <= $2) offered
      GROUP BY GROUPING SETS ((decision), ())) d) AS offers,
  (SELECT json_build_object(
     'firstMeetings', count(first_at),
     'waitMs', ${sumOfMs('enrolled_at', 'first_at')},
     'sessions', coalesce(sum(sessions), 0)::int,
     'accompanimentMs', ${sumOfMs('enrolled_at', 'greatest(enrolled_at, coalesce(left_at, $2::timestamptz))')})
     FROM f) AS sums,
  (SELECT json_agg(m) FROM (
     SELECT to_char(month AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS month, col AS column, count(*)::int AS people FROM (
       SELECT ${month('enrolled_at')} AS month, 'enrolled' AS col FROM f
       UNION ALL SELECT ${month('first_at')}, 'firstMeetings' FROM f WHERE first_at IS NOT NULL
       UNION ALL SELECT ${month('recorded_at')}, 'outcomesRecorded' FROM f WHERE recorded_at IS NOT NULL
       UNION ALL SELECT ${month('left_at')}, 'left' FROM f WHERE left_at IS NOT NULL) events
      GROUP BY month, col) m) AS months`;

interface CountsRow {
  first_enrolled_at: Date | null;
  groups:
    { dimension: Dimension | null; label: string | null; status: CommitteeStatus; people: number }[] | null;
  outcomes: { category: OutcomeCategory | null; people: number }[] | null;
  offers: { decision: OfferDecision | null; offers: number; people: number }[] | null;
  sums: { firstMeetings: number; waitMs: string; sessions: number; accompanimentMs: string };
  months: { month: string; column: MonthColumn; people: number }[] | null;
}

/**
 * The commission de suivi's counts of a programme on a date, worked out in SQL: only counts and
 * sums leave the database (a few hundred rows for 10,000 people), and the domain then applies the
 * one suppression rule to them (`committeeDashboardFromCounts`). Reads only.
 */
@Injectable()
export class DashboardCountsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async countsOf(programmeId: string, asOf: Date): Promise<DashboardCounts> {
    const [row]: CountsRow[] = await this.dataSource.transaction(async (manager) => {
      // JIT-compiling this statement takes seconds and never pays back tens of ms of work: with
      // the people as a materialized CTE, the planner guessed millions of rows for 10,000 and
      // compiled it, 3 to 7 s (bench:reporting). Kept off should a large programme's cost cross
      // jit_above_cost.
      await manager.query('SET LOCAL jit = off');
      return manager.query(COUNTS, [programmeId, asOf]);
    });
    const counts = emptyDashboardCounts();
    if (!row) return counts;
    counts.firstEnrolledAt = row.first_enrolled_at;
    for (const group of row.groups ?? []) {
      if (group.dimension === null) {
        counts.statuses[group.status] = group.people;
        counts.adhering += group.people;
      } else if (DIMENSIONS.includes(group.dimension))
        counts.breakdowns[group.dimension].push({
          label: group.label,
          status: group.status,
          people: group.people,
        });
    }
    for (const outcome of row.outcomes ?? []) counts.outcomes[outcome.category ?? 'none'] = outcome.people;
    for (const offer of row.offers ?? []) {
      if (offer.decision === null) counts.peopleWithOffers = offer.people;
      else counts.offers[offer.decision] = { offers: offer.offers, people: offer.people };
    }
    counts.firstMeetings = { people: row.sums.firstMeetings, waitMs: Number(row.sums.waitMs) };
    counts.sessionsAttended = row.sums.sessions;
    counts.accompanimentMs = Number(row.sums.accompanimentMs);
    counts.months = row.months ?? [];
    return counts;
  }
}
