import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
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
}
