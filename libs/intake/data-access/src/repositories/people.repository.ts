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
  /** true: people no coach follows yet; false: people with a coach. */
  assigned: boolean | null;
  outcomes: readonly string[];
  /** 'none': people without an outcome yet. */
  withoutOutcome: boolean;
  site: string | null;
  /** yyyy-mm-dd, inclusive, in Paris time. */
  enrolledFrom: string | null;
  enrolledTo: string | null;
}

export interface PersonInList {
  candidate: CandidateEntity;
  track: string | null;
  coachId: string | null;
  outcome: string | null;
  /** Where the next page starts after this person, in the list's order. */
  sortKey: (string | number)[];
}

interface ListRow {
  id: string;
  track: string | null;
  coach_id: string | null;
  outcome: string | null;
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
 * The people of a programme as a list: one query for a page (the person, their track, coach and
 * current outcome, joined), one for the count, then the page's records by id. Search and the
 * name order run on intake_fold, the indexed accent- and case-folding of migration 1763900017000.
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
    const { where, params } = conditions(criteria);
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
      `SELECT c.id, d.track, a.coach_id, o.category AS outcome, ${key[0]} AS k1, ${key[1]} AS k2
       FROM candidate c ${JOINS}
       WHERE ${where.join(' AND ')}
       ORDER BY ${by} LIMIT $${params.length}`,
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
      return [{ candidate, track: row.track, coachId: row.coach_id, outcome: row.outcome, sortKey }];
    });
  }

  async count(criteria: PeopleCriteria): Promise<number> {
    const { where, params } = conditions(criteria);
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS count FROM candidate c ${JOINS} WHERE ${where.join(' AND ')}`,
      params,
    )) as { count: number }[];
    return row?.count ?? 0;
  }
}

const JOINS = `
  LEFT JOIN diagnostic d ON d.candidate_id = c.id
  LEFT JOIN caseload_assignment a ON a.candidate_id = c.id
  LEFT JOIN outcome o ON o.candidate_id = c.id AND NOT o.superseded`;

/** The WHERE clauses of the criteria, with their parameters ($1 is the programme). */
function conditions(criteria: PeopleCriteria): { where: string[]; params: unknown[] } {
  const params: unknown[] = [criteria.programmeId];
  const where = ['c.programme_id = $1'];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (criteria.followedBy) add((n) => `a.coach_id = ${n}::uuid`, criteria.followedBy);
  for (const word of criteria.words)
    add(
      (n) =>
        `intake_fold(c.last_name || ' ' || c.first_name || ' ' || c.employee_number || ' ' || c.email)` +
        ` LIKE '%' || intake_fold(${n}) || '%'`,
      word.replace(/[\\%_]/g, (character) => `\\${character}`),
    );
  if (criteria.statuses.length) add((n) => `c.status = ANY(${n}::text[])`, criteria.statuses);
  if (criteria.tracks.length) add((n) => `d.track = ANY(${n}::text[])`, criteria.tracks);
  if (criteria.coachId) add((n) => `a.coach_id = ${n}::uuid`, criteria.coachId);
  if (criteria.assigned !== null)
    where.push(criteria.assigned ? 'a.coach_id IS NOT NULL' : 'a.coach_id IS NULL');
  if (criteria.outcomes.length || criteria.withoutOutcome) {
    const either: string[] = [];
    if (criteria.outcomes.length) {
      params.push(criteria.outcomes);
      either.push(`o.category = ANY($${params.length}::text[])`);
    }
    if (criteria.withoutOutcome) either.push('o.id IS NULL');
    where.push(`(${either.join(' OR ')})`);
  }
  if (criteria.site) add((n) => `intake_fold(c.site) = intake_fold(${n})`, criteria.site);
  if (criteria.enrolledFrom)
    add((n) => `c.enrolled_at >= (${n}::date::timestamp AT TIME ZONE 'Europe/Paris')`, criteria.enrolledFrom);
  if (criteria.enrolledTo)
    add(
      (n) => `c.enrolled_at < ((${n}::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')`,
      criteria.enrolledTo,
    );
  return { where, params };
}
