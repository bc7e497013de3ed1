import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { AccountAction } from '@passerelle/identity/domain';
import { AccountAuditEntity } from '../entities/account-audit.entity';

/** The audit of changes to accounts, written in the transaction of the change. */
@Injectable()
export class AccountAuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(
    manager: EntityManager,
    entry: { accountId: string; action: AccountAction; actor: string; at: Date },
  ): Promise<void> {
    await manager.getRepository(AccountAuditEntity).insert({ id: randomUUID(), ...entry });
  }

  /** Several entries in one statement. */
  async recordAll(
    manager: EntityManager,
    entries: readonly { accountId: string; action: AccountAction; actor: string; at: Date }[],
  ): Promise<void> {
    if (entries.length === 0) return;
    for (let i = 0; i < entries.length; i += 2000) {
      await manager
        .getRepository(AccountAuditEntity)
        .insert(entries.slice(i, i + 2000).map((entry) => ({ id: randomUUID(), ...entry })));
    }
  }

  ofAccount(accountId: string): Promise<AccountAuditEntity[]> {
    return this.dataSource
      .getRepository(AccountAuditEntity)
      .find({ where: { accountId }, order: { at: 'ASC' } });
  }
}
