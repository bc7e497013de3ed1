import { Injectable } from '@nestjs/common';
import { ArrayContains, DataSource, In, type EntityManager } from 'typeorm';
import type { SignInThrottle } from '@passerelle/identity/domain';
import { AccountEntity } from '../entities/account.entity';
import { CandidateFollowEntity } from '../entities/candidate-follow.entity';

/** Accounts, looked up by their sign-in address or id. */
@Injectable()
export class AccountRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<AccountEntity | null> {
    return this.dataSource.getRepository(AccountEntity).findOneBy({ id });
  }

  /** The accounts among these ids, in one statement (unknown ids are left out). */
  findByIds(ids: readonly string[]): Promise<AccountEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(AccountEntity).findBy({ id: In([...ids]) });
  }

  /** By the address as typed: addresses are stored and compared lower-case. */
  /** Inside a transaction, pass its manager: a second connection per transaction can drain the pool. */
  findByEmail(
    email: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AccountEntity | null> {
    return manager.getRepository(AccountEntity).findOneBy({ email: email.trim().toLowerCase() });
  }

  /** The account locked for the caller's transaction: two requests on it cannot interleave. */
  findForUpdate(manager: EntityManager, id: string): Promise<AccountEntity | null> {
    return manager
      .getRepository(AccountEntity)
      .createQueryBuilder('account')
      .setLock('pessimistic_write')
      .where('account.id = :id', { id })
      .getOne();
  }

  findByCandidateId(candidateId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(AccountEntity).findOneBy({ candidateId });
  }

  /** The accounts of these people, in one statement (a Kafka batch's enrolments, decision 0048). */
  findByCandidateIds(manager: EntityManager, candidateIds: readonly string[]): Promise<AccountEntity[]> {
    if (candidateIds.length === 0) return Promise.resolve([]);
    return manager.getRepository(AccountEntity).findBy({ candidateId: In([...candidateIds]) });
  }

  /** Which of these (lower-case) addresses already are an account's sign-in name: address to account id. */
  async holdersOf(manager: EntityManager, emails: readonly string[]): Promise<Map<string, string>> {
    if (emails.length === 0) return new Map();
    const rows: { id: string; email: string }[] = await manager.query(
      `SELECT id, email FROM account WHERE email = ANY($1::text[])`,
      [[...emails]],
    );
    return new Map(rows.map((row) => [row.email, row.id]));
  }

  /** New accounts, in one statement per thousand (addresses already lower-case). */
  async insertAll(manager: EntityManager, accounts: readonly AccountEntity[]): Promise<void> {
    for (let i = 0; i < accounts.length; i += 1000) {
      await manager.getRepository(AccountEntity).insert(accounts.slice(i, i + 1000));
    }
  }

  /** Each account's offices replaced, in one statement (people enrolled again). */
  async updateOfficesAll(
    manager: EntityManager,
    changes: readonly { id: string; officeIds: string[] }[],
    now: Date,
  ): Promise<void> {
    if (changes.length === 0) return;
    await manager.query(
      `UPDATE account SET office_ids = c.office_ids, updated_at = $2
         FROM jsonb_to_recordset($1::jsonb) AS c(id uuid, office_ids uuid[])
        WHERE account.id = c.id`,
      [
        JSON.stringify(
          changes.map((change) => ({ id: change.id, office_ids: `{${change.officeIds.join(',')}}` })),
        ),
        now,
      ],
    );
  }

  findByCoachId(coachId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(AccountEntity).findOneBy({ coachId });
  }

  /** The ops who serve an office: its own and those of every office. */
  async opsOfOffice(officeId: string): Promise<AccountEntity[]> {
    const repository = this.dataSource.getRepository(AccountEntity);
    return repository.find({
      where: [
        { role: 'ops', officeIds: ArrayContains([officeId]) },
        { role: 'ops', allOffices: true },
      ],
      order: { createdAt: 'ASC' },
    });
  }

  /** Records the coach who follows a person; an older assignment never overwrites a newer one. */
  async saveFollow(manager: EntityManager, follow: CandidateFollowEntity): Promise<void> {
    await manager.query(
      `INSERT INTO candidate_follow (candidate_id, coach_id, assigned_at) VALUES ($1, $2, $3)
       ON CONFLICT (candidate_id) DO UPDATE SET coach_id = EXCLUDED.coach_id, assigned_at = EXCLUDED.assigned_at
       WHERE candidate_follow.assigned_at <= EXCLUDED.assigned_at`,
      [follow.candidateId, follow.coachId, follow.assignedAt],
    );
  }

  async coachFollowing(candidateId: string): Promise<string | null> {
    const row = await this.dataSource.getRepository(CandidateFollowEntity).findOneBy({ candidateId });
    return row?.coachId ?? null;
  }

  async insert(account: AccountEntity, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(AccountEntity).insert({ ...account, email: account.email.toLowerCase() });
  }

  async update(
    manager: EntityManager,
    id: string,
    change: Partial<
      Pick<AccountEntity, 'officeIds' | 'status' | 'passwordHash' | 'failedSignIns' | 'lockedUntil'>
    >,
    now: Date,
  ): Promise<void> {
    await manager.getRepository(AccountEntity).update({ id }, { ...change, updatedAt: now });
  }

  /**
   * Ends every session of an account: the provider's sessions, grants, codes and refresh tokens go,
   * so no refresh succeeds; access tokens already issued expire on their own (IDENTITY_ACCESS_TOKEN_SECONDS).
   */
  async revokeSessions(manager: EntityManager, accountId: string): Promise<number> {
    const rows: unknown[] = await manager.query(
      `DELETE FROM oidc_record WHERE payload->>'accountId' = $1 RETURNING model`,
      [accountId],
    );
    return rows.length;
  }

  async saveThrottle(id: string, throttle: SignInThrottle, now: Date): Promise<void> {
    await this.dataSource
      .getRepository(AccountEntity)
      .update(
        { id },
        { failedSignIns: throttle.failures, lockedUntil: throttle.lockedUntil, updatedAt: now },
      );
  }

  /** An invited account comes into use without a password (its firm's provider vouched for it). */
  async activate(id: string, now: Date): Promise<void> {
    await this.dataSource
      .getRepository(AccountEntity)
      .update({ id, status: 'invited' }, { status: 'active', updatedAt: now });
  }

  async savePasswordHash(id: string, passwordHash: string, now: Date): Promise<void> {
    await this.dataSource.getRepository(AccountEntity).update({ id }, { passwordHash, updatedAt: now });
  }

  /**
   * Forgets a person's account (GDPR erasure), in the caller's transaction: the account, its audits and
   * invitations, and everything the OpenID provider keeps for it (sessions, grants, codes, tokens), so no
   * session of theirs outlives it. True when there was one.
   */
  async eraseCandidate(manager: EntityManager, candidateId: string): Promise<boolean> {
    const accounts = await manager.getRepository(AccountEntity).findBy({ candidateId });
    for (const { id } of accounts) {
      await manager.query(`DELETE FROM oidc_record WHERE payload->>'accountId' = $1`, [id]);
      await manager.query(`DELETE FROM sign_in_attempt WHERE account_id = $1`, [id]);
      await manager.query(`DELETE FROM account_audit WHERE account_id = $1`, [id]);
      await manager.getRepository(AccountEntity).delete({ id });
    }
    await manager.getRepository(CandidateFollowEntity).delete({ candidateId });
    return accounts.length > 0;
  }
}
