import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A programme's amended NAF code (decision 0039). Every write runs in the caller's transaction. */
@Injectable()
export class ProgrammeTitleContextRepository {
  /**
   * Keeps the NAF code an amendment gives the programme, unless a later amendment is already kept.
   * Returns whether it applied (a replayed or older amendment does not).
   */
  async recordAmendment(
    manager: EntityManager,
    programmeId: string,
    employerNafCode: string | null,
    amendedAt: Date,
  ): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO programme_title_context (programme_id, employer_naf_code, amended_at) VALUES ($1, $2, $3)
       ON CONFLICT (programme_id) DO UPDATE
         SET employer_naf_code = excluded.employer_naf_code, amended_at = excluded.amended_at
         WHERE programme_title_context.amended_at < excluded.amended_at
       RETURNING programme_id`,
      [programmeId, employerNafCode, amendedAt],
    )) as unknown[];
    return rows.length > 0;
  }

  /**
   * The programme's NAF code when an amendment after `at` changed it (an enrolment or a correction
   * announced before the amendment, read after it); undefined when the event's own code holds.
   */
  async amendedSince(
    manager: EntityManager,
    programmeId: string,
    at: Date,
  ): Promise<{ employerNafCode: string | null } | undefined> {
    const [row] = (await manager.query(
      `SELECT employer_naf_code FROM programme_title_context WHERE programme_id = $1 AND amended_at > $2`,
      [programmeId, at],
    )) as { employer_naf_code: string | null }[];
    return row ? { employerNafCode: row.employer_naf_code } : undefined;
  }

  /** The last amendment kept for each of these programmes (a batch's), by programme id. */
  async amendmentsOf(
    manager: EntityManager,
    programmeIds: readonly string[],
  ): Promise<Map<string, { employerNafCode: string | null; amendedAt: Date }>> {
    if (programmeIds.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT programme_id, employer_naf_code, amended_at FROM programme_title_context WHERE programme_id = ANY($1::uuid[])`,
      [[...new Set(programmeIds)]],
    )) as { programme_id: string; employer_naf_code: string | null; amended_at: Date }[];
    return new Map(
      rows.map((row) => [
        row.programme_id,
        { employerNafCode: row.employer_naf_code, amendedAt: new Date(row.amended_at) },
      ]),
    );
  }
}
