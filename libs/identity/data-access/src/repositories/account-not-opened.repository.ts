import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AccountNotOpenedEntity } from '../entities/account-not-opened.entity';

/** A person found without an account because their address is another account's. */
export interface NotOpened {
  candidateId: string;
  officeIds: string[];
  heldByAccountId: string;
  at: Date;
}

/** Enrolled people identity could not open an account for (decision 0048), for ops to resolve. */
@Injectable()
export class AccountNotOpenedRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records each person, in one statement: the first time kept, the offices, the holder and the
   * last time from this finding (a person once in `rows`).
   */
  async recordAll(manager: EntityManager, rows: readonly NotOpened[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO account_not_opened
              (candidate_id, office_ids, reason, held_by_account_id, first_seen_at, last_seen_at)
       SELECT r.candidate_id, r.office_ids, 'email_taken', r.held_by, r.at, r.at
         FROM jsonb_to_recordset($1::jsonb)
              AS r(candidate_id uuid, office_ids uuid[], held_by uuid, at timestamptz)
       ON CONFLICT (candidate_id) DO UPDATE
          SET office_ids = EXCLUDED.office_ids, reason = EXCLUDED.reason,
              held_by_account_id = EXCLUDED.held_by_account_id, last_seen_at = EXCLUDED.last_seen_at`,
      [
        JSON.stringify(
          rows.map((row) => ({
            candidate_id: row.candidateId,
            office_ids: `{${row.officeIds.join(',')}}`,
            held_by: row.heldByAccountId,
            at: row.at.toISOString(),
          })),
        ),
      ],
    );
  }

  /** The people's rows gone (their account opened, or they were erased), in one statement. */
  async clear(manager: EntityManager, candidateIds: readonly string[]): Promise<void> {
    if (candidateIds.length === 0) return;
    await manager.query(`DELETE FROM account_not_opened WHERE candidate_id = ANY($1::uuid[])`, [
      [...candidateIds],
    ]);
  }

  findByCandidateIds(candidateIds: readonly string[]): Promise<AccountNotOpenedEntity[]> {
    return this.dataSource
      .getRepository(AccountNotOpenedEntity)
      .findBy({ candidateId: In([...candidateIds]) });
  }

  /** Oldest first: those of these offices (every office's when `officeIds` is null), at most `first`. */
  async list(officeIds: readonly string[] | null, first: number): Promise<AccountNotOpenedEntity[]> {
    const query = this.dataSource
      .getRepository(AccountNotOpenedEntity)
      .createQueryBuilder('row')
      .orderBy('row.first_seen_at', 'ASC')
      .addOrderBy('row.candidate_id', 'ASC')
      .limit(first);
    if (officeIds !== null)
      query.where('row.office_ids && :officeIds::uuid[]', { officeIds: [...officeIds] });
    return query.getMany();
  }
}
