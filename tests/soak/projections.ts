// Where each service holds the run's people, as SQL on its own database: what the run waits for and
// then compares, person by person, with intake's candidates. $1 is the programme, $2 its people.
import { Client } from 'pg';
import type { Service } from './platform';

export interface Projection {
  name: string;
  service: Service;
  /** One row per effect, `id` the person it is about (a person twice = an event applied twice). */
  sql: string;
}

export const PROJECTIONS: Projection[] = [
  {
    name: 'intake candidates',
    service: 'intake',
    sql: `SELECT id::text AS id FROM candidate WHERE programme_id = $1`,
  },
  {
    name: 'pathway plans',
    service: 'pathway',
    sql: `SELECT candidate_id::text AS id FROM pathway WHERE programme_id = $1`,
  },
  {
    name: 'scheduling coach or queue entry with reason',
    service: 'scheduling',
    sql: `SELECT candidate_id::text AS id FROM coach_assignment WHERE programme_id = $1 AND ended_at IS NULL
          UNION ALL
          SELECT candidate_id::text FROM assignment_queue WHERE programme_id = $1 AND reason_code <> ''`,
  },
  {
    name: 'matching profiles',
    service: 'matching',
    sql: `SELECT candidate_id::text AS id FROM candidate_profile WHERE candidate_id = ANY($2::uuid[])`,
  },
  {
    name: 'assessment backgrounds',
    service: 'assessment',
    sql: `SELECT candidate_id::text AS id FROM candidate_background WHERE candidate_id = ANY($2::uuid[])`,
  },
  {
    // A person whose address another account holds gets no account but a row ops see (decision 0048).
    name: 'identity accounts (or not opened, with the reason ops see)',
    service: 'identity',
    sql: `SELECT candidate_id::text AS id FROM account WHERE candidate_id = ANY($2::uuid[])
          UNION ALL
          SELECT candidate_id::text FROM account_not_opened WHERE candidate_id = ANY($2::uuid[])`,
  },
  {
    name: 'reporting read model',
    service: 'reporting',
    sql: `SELECT person_key::text AS id FROM reporting_person WHERE programme_id = $1`,
  },
];

/** Services whose candidate scope (libs/shared/candidate-scope) projects every person. */
export const SCOPED: Service[] = [
  'pathway',
  'scheduling',
  'matching',
  'assessment',
  'career',
  'notifier',
  'identity',
];

export type Databases = Record<Service, Client>;

export async function connectAll(urls: Record<Service, string>): Promise<Databases> {
  const clients = {} as Databases;
  for (const [service, url] of Object.entries(urls) as [Service, string][]) {
    const client = new Client({ connectionString: url, application_name: 'soak-run' });
    // A dropped connection (the postgres-restart fault ends the run's own too) must not crash the run.
    client.on('error', () => undefined);
    await client.connect();
    clients[service] = client;
  }
  return clients;
}

/** Reconnects the clients whose connection the postgres fault ended. */
export async function reconnect(urls: Record<Service, string>, clients: Databases): Promise<void> {
  for (const [service, url] of Object.entries(urls) as [Service, string][]) {
    try {
      await clients[service].query('SELECT 1');
    } catch {
      await clients[service].end().catch(() => undefined);
      const client = new Client({ connectionString: url, application_name: 'soak-run' });
      client.on('error', () => undefined);
      await client.connect();
      clients[service] = client;
    }
  }
}

export async function idsOf(
  databases: Databases,
  projection: Projection,
  programmeId: string,
  people: readonly string[],
): Promise<string[]> {
  // A projection without the programme ($1) reads the people alone.
  const byProgramme = projection.sql.includes('$1');
  const sql = byProgramme ? projection.sql : projection.sql.replaceAll('$2', '$1');
  const params = byProgramme
    ? projection.sql.includes('$2')
      ? [programmeId, people]
      : [programmeId]
    : [people];
  const { rows } = await databases[projection.service].query<{ id: string }>(sql, params);
  return rows.map((row) => row.id);
}

export async function scopeIds(
  databases: Databases,
  service: Service,
  people: readonly string[],
): Promise<string[] | null> {
  const [exists] = (
    await databases[service].query(`SELECT to_regclass('candidate_scope') IS NOT NULL AS yes`)
  ).rows;
  if (!exists.yes) return null;
  const { rows } = await databases[service].query<{ id: string }>(
    `SELECT candidate_id::text AS id FROM candidate_scope WHERE candidate_id = ANY($1::uuid[])`,
    [people],
  );
  return rows.map((row) => row.id);
}

export interface OccupationRecommendations {
  code: string;
  people: number;
  recommended: number;
}

/**
 * Per occupation matching knows, how many of its people have recommendations. The sample reference
 * data ranks nothing for some occupations: then none of their people has any; an occupation with
 * some of its people recommended and others not means an effect is missing.
 */
export async function recommendationsByOccupation(
  databases: Databases,
  people: readonly string[],
): Promise<OccupationRecommendations[]> {
  const { rows } = await databases.matching.query<{ code: string; people: string; recommended: string }>(
    `SELECT p.former_occupation_code AS code, count(*) AS people,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM occupation_recommendation r WHERE r.candidate_id = p.candidate_id)) AS recommended
       FROM candidate_profile p
      WHERE p.candidate_id = ANY($1::uuid[]) AND p.former_occupation_code IS NOT NULL
      GROUP BY 1 ORDER BY 1`,
    [people],
  );
  return rows.map((row) => ({
    code: row.code,
    people: Number(row.people),
    recommended: Number(row.recommended),
  }));
}

export async function countOf(client: Client, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await client.query<{ n: string }>(sql, params);
  return Number(rows[0]?.n ?? 0);
}
