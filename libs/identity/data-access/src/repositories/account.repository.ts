import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SignInThrottle } from '@passerelle/identity/domain';
import { AccountEntity } from '../entities/account.entity';

/** Accounts, looked up by their sign-in address or id. */
@Injectable()
export class AccountRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<AccountEntity | null> {
    return this.dataSource.getRepository(AccountEntity).findOneBy({ id });
  }

  /** By the address as typed: addresses are stored and compared lower-case. */
  findByEmail(email: string): Promise<AccountEntity | null> {
    return this.dataSource.getRepository(AccountEntity).findOneBy({ email: email.trim().toLowerCase() });
  }

  async insert(account: AccountEntity): Promise<void> {
    await this.dataSource
      .getRepository(AccountEntity)
      .insert({ ...account, email: account.email.toLowerCase() });
  }

  async saveThrottle(id: string, throttle: SignInThrottle, now: Date): Promise<void> {
    await this.dataSource
      .getRepository(AccountEntity)
      .update(
        { id },
        { failedSignIns: throttle.failures, lockedUntil: throttle.lockedUntil, updatedAt: now },
      );
  }

  async savePasswordHash(id: string, passwordHash: string, now: Date): Promise<void> {
    await this.dataSource.getRepository(AccountEntity).update({ id }, { passwordHash, updatedAt: now });
  }

  /**
   * Forgets a person's account (GDPR erasure), in the caller's transaction: the account, its sign-in
   * audit, and everything the OpenID provider keeps for it (sessions, grants, codes, tokens), so no
   * session of theirs outlives it. True when there was one.
   */
  async eraseCandidate(manager: EntityManager, candidateId: string): Promise<boolean> {
    const accounts = await manager.getRepository(AccountEntity).findBy({ candidateId });
    for (const { id } of accounts) {
      await manager.query(`DELETE FROM oidc_record WHERE payload->>'accountId' = $1`, [id]);
      await manager.query(`DELETE FROM sign_in_attempt WHERE account_id = $1`, [id]);
      await manager.getRepository(AccountEntity).delete({ id });
    }
    return accounts.length > 0;
  }
}
