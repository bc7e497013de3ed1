import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { CandidateEntity, type CandidateStatus } from '../entities/candidate.entity';

export type PeopleOrder = 'name' | 'enrolled_newest' | 'enrolled_oldest';

/** Which people of a programme a list shows (every given criterion must hold). */
export interface PeopleCriteria {
  programmeId: string;
  /** A coach's own list: only the people this coach follows. */
  followedBy: string | null;
  /** Each word must appear in the name, employee number or email, accents and case aside. */
  words: readonly string[];
  statuses: readonly CandidateStatus[];
  tracks: readonly string[];
  coachId: string | null;
  /** People followed from this office. */
  officeId: string | null;
  /** true: people no coach follows yet; false: people with a coach. */
  assigned: boolean | null;
  outcomes: readonly string[];
  /** 'none': people without an outcome yet. */
  withoutOutcome: boolean;
  site: string | null;
  /** true: people pathway flags at risk; false: people it does not. */
  atRisk: boolean | null;
  /** yyyy-mm-dd, inclusive, in Paris time. */
  enrolledFrom: string | null;
  enrolledTo: string | null;
}

export interface PersonInList {
  candidate: CandidateEntity;
  track: string | null;
  coachId: string | null;
  outcome: string | null;
  /** How urgently pathway flags them at risk; null when it does not. */
  risk: string | null;
  /** Where the next page starts after this person, in the list's order. */
  sortKey: (string | number)[];
}

interface ListRow {
  id: string;
  track: string | null;
  coach_id: string | null;
  outcome: string | null;
  risk: string | null;
  k1: string;
  k2: string;
}

// Each order: its SQL, the sort key it pages on, and how to compare a row with a cursor.
const ORDERS: Record<PeopleOrder, { by: string; key: [string, string]; after: string }> = {
  name: {
    by: 'intake_fold(c.last_name), intake_fold(c.first_name), c.id',
    key: ['intake_fold(c.last_name)', 'intake_fold(c.first_name)'],
    after: '(intake_fold(c.last_name), intake_fold(c.first_name), c.id) > ($A1, $A2, $A3::uuid)',
  },
  enrolled_newest: {
    by: 'c.enrolled_at DESC, c.id DESC',
    key: ["to_char(c.enrolled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')", "''"],
    after: "(c.enrolled_at, c.id) < ($A1::timestamp AT TIME ZONE 'UTC', $A3::uuid)",
  },
  enrolled_oldest: {
    by: 'c.enrolled_at, c.id',
    key: ["to_char(c.enrolled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')", "''"],
    after: "(c.enrolled_at, c.id) > ($A1::timestamp AT TIME ZONE 'UTC', $A3::uuid)",
  },
};

/**
 * The people of a programme as a list: one query for a page (the person, then their track, coach
 * and current outcome for its rows only), one for the count, then the page's records by id.
 * Search and the name order run on intake_fold, the indexed accent- and case-folding of migration
 * 1763900017000. Filters on other tables are EXISTS tests, which PostgreSQL plans as (anti-)joins.
 */
@Injectable()
export class PeopleRepository {
  constructor(private readonly dataSource: DataSource) {}

  async page(
    criteria: PeopleCriteria,
    order: PeopleOrder,
    after: readonly (string | number)[] | null,
    limit: number,
  ): Promise<PersonInList[]> {
    const { from, where, params } = conditions(criteria);
    const { by, key, after: afterSql } = ORDERS[order];
    if (after) {
      // $A1..$A3: the cursor's parts, each a parameter only where the order's SQL uses it.
      where.push(
        afterSql.replace(/\$A([123])/g, (_, part: string) => {
          params.push(String(after[Number(part) - 1] ?? ''));
          return `$${params.length}`;
        }),
      );
    }
    params.push(limit);
    const rows: ListRow[] = await this.dataSource.query(
      `${from}
       SELECT p.id, d.track, a.coach_id, o.category AS outcome, r.urgency AS risk, p.k1, p.k2
       FROM (SELECT c.id, ${key[0]} AS k1, ${key[1]} AS k2, c.enrolled_at
             FROM candidates c WHERE ${where.join(' AND ')}
             ORDER BY ${by} LIMIT $${params.length}) AS p
       LEFT JOIN diagnostic d ON d.candidate_id = p.id
       LEFT JOIN caseload_assignment a ON a.candidate_id = p.id
       LEFT JOIN outcome o ON o.candidate_id = p.id AND NOT o.superseded
       LEFT JOIN candidate_risk r ON r.candidate_id = p.id
       ORDER BY ${order === 'name' ? 'p.k1, p.k2, p.id' : by.replaceAll('c.', 'p.')}`,
      params,
    );
    const records = await this.dataSource
      .getRepository(CandidateEntity)
      .findBy({ id: In(rows.map((row) => row.id)) });
    const byId = new Map(records.map((record) => [record.id, record]));
    return rows.flatMap((row) => {
      const candidate = byId.get(row.id);
      if (!candidate) return []; // erased between the two reads
      const sortKey = order === 'name' ? [row.k1, row.k2, row.id] : [row.k1, '', row.id];
      return [
        { candidate, track: row.track, coachId: row.coach_id, outcome: row.outcome, risk: row.risk, sortKey },
      ];
    });
  }

  async count(criteria: PeopleCriteria): Promise<number> {
    const { from, where, params } = conditions(criteria);
    const [row] = (await this.dataSource.query(
      `${from} SELECT count(*)::int AS count FROM candidates c WHERE ${where.join(' AND ')}`,
      params,
    )) as { count: number }[];
    return row?.count ?? 0;
  }
}

/**
 * The criteria as SQL: `from` defines `candidates`, the programme's people (those matching the
 * search words first, materialised: a search matches few people, found through the trigram index,
 * which the planner would otherwise trade for a walk of the name index), and `where` the other
 * criteria, with their parameters ($1 is the programme).
 */
function conditions(criteria: PeopleCriteria): { from: string; where: string[]; params: unknown[] } {
  const params: unknown[] = [criteria.programmeId];
  const parameter = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const matches = criteria.words.map(
    (word) =>
      `intake_fold(c.last_name || ' ' || c.first_name || ' ' || c.employee_number || ' ' || c.email)` +
      ` LIKE '%' || intake_fold(${parameter(word.replace(/[\\%_]/g, (character) => `\\${character}`))}) || '%'`,
  );
  const from = matches.length
    ? `WITH candidates AS MATERIALIZED (SELECT * FROM candidate c WHERE c.programme_id = $1 AND ${matches.join(' AND ')})`
    : `WITH candidates AS (SELECT * FROM candidate c WHERE c.programme_id = $1)`;
  const where = ['true'];
  const assignment = (condition: string) =>
    `EXISTS (SELECT 1 FROM caseload_assignment a WHERE a.candidate_id = c.id AND ${condition})`;
  if (criteria.followedBy) where.push(assignment(`a.coach_id = ${parameter(criteria.followedBy)}::uuid`));
  if (criteria.coachId) where.push(assignment(`a.coach_id = ${parameter(criteria.coachId)}::uuid`));
  if (criteria.officeId) where.push(assignment(`a.office_id = ${parameter(criteria.officeId)}::uuid`));
  if (criteria.assigned !== null) where.push(`${criteria.assigned ? '' : 'NOT '}${assignment('true')}`);
  if (criteria.statuses.length) where.push(`c.status = ANY(${parameter(criteria.statuses)}::text[])`);
  if (criteria.tracks.length)
    where.push(
      `EXISTS (SELECT 1 FROM diagnostic d WHERE d.candidate_id = c.id AND d.track = ANY(${parameter(criteria.tracks)}::text[]))`,
    );
  const current = 'SELECT 1 FROM outcome o WHERE o.candidate_id = c.id AND NOT o.superseded';
  const outcome: string[] = [];
  if (criteria.outcomes.length)
    outcome.push(`EXISTS (${current} AND o.category = ANY(${parameter(criteria.outcomes)}::text[]))`);
  if (criteria.withoutOutcome) outcome.push(`NOT EXISTS (${current})`);
  if (outcome.length) where.push(`(${outcome.join(' OR ')})`);
  if (criteria.atRisk !== null)
    where.push(
      `${criteria.atRisk ? '' : 'NOT '}EXISTS (SELECT 1 FROM candidate_risk r WHERE r.candidate_id = c.id)`,
    );
  if (criteria.site) where.push(`intake_fold(c.site) = intake_fold(${parameter(criteria.site)})`);
  if (criteria.enrolledFrom)
    where.push(
      `c.enrolled_at >= (${parameter(criteria.enrolledFrom)}::date::timestamp AT TIME ZONE 'Europe/Paris')`,
    );
  if (criteria.enrolledTo)
    where.push(
      `c.enrolled_at < ((${parameter(criteria.enrolledTo)}::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')`,
    );
  return { from, where, params };
}
