import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, MoreThanOrEqual, type EntityManager } from 'typeorm';
import type { InvitationPurpose } from '@passerelle/identity/domain';
import { InvitationEntity } from '../entities/invitation.entity';

/** Invitations and sign-in links: a new one supersedes the account's earlier open ones, of either purpose. */
@Injectable()
export class InvitationRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<InvitationEntity | null> {
    return manager.getRepository(InvitationEntity).findOneBy({ id });
  }

  /** The invitation row locked for this transaction: two mints or two uses cannot interleave. */
  findForUpdate(manager: EntityManager, id: string): Promise<InvitationEntity | null> {
    return manager
      .getRepository(InvitationEntity)
      .createQueryBuilder('invitation')
      .setLock('pessimistic_write')
      .where('invitation.id = :id', { id })
      .getOne();
  }

  /** The invitations among these ids locked for this transaction, in id order (two batches wait, never deadlock). */
  findManyForUpdate(manager: EntityManager, ids: readonly string[]): Promise<InvitationEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager
      .getRepository(InvitationEntity)
      .createQueryBuilder('invitation')
      .setLock('pessimistic_write')
      .where('invitation.id IN (:...ids)', { ids: [...ids] })
      .orderBy('invitation.id')
      .getMany();
  }

  /**
   * Issues a new invitation (its secret is minted when the email is written), superseding older
   * ones: only the way in of the latest email works, whichever purpose the earlier ones had.
   */
  async issue(
    manager: EntityManager,
    invitation: { accountId: string; purpose: InvitationPurpose; issuedAt: Date; expiresAt: Date },
  ): Promise<InvitationEntity> {
    await manager
      .getRepository(InvitationEntity)
      .update(
        { accountId: invitation.accountId, usedAt: IsNull(), supersededAt: IsNull() },
        { supersededAt: invitation.issuedAt },
      );
    const row: InvitationEntity = {
      id: randomUUID(),
      ...invitation,
      secretDigest: null,
      usedAt: null,
      supersededAt: null,
    };
    await manager.getRepository(InvitationEntity).insert(row);
    return row;
  }

  /** Invitations of new accounts (none open to supersede), in one statement per thousand. */
  async insertAll(manager: EntityManager, invitations: readonly InvitationEntity[]): Promise<void> {
    for (let i = 0; i < invitations.length; i += 1000) {
      await manager.getRepository(InvitationEntity).insert(invitations.slice(i, i + 1000));
    }
  }

  /** How many of `purpose` the account was issued since `since` (the sign-in links' limit). */
  countIssuedSince(
    manager: EntityManager,
    accountId: string,
    purpose: InvitationPurpose,
    since: Date,
  ): Promise<number> {
    return manager
      .getRepository(InvitationEntity)
      .countBy({ accountId, purpose, issuedAt: MoreThanOrEqual(since) });
  }

  /** Each invitation's new secret digest, in one statement. */
  async saveSecretDigests(
    manager: EntityManager,
    digests: readonly { id: string; secretDigest: string }[],
  ): Promise<void> {
    if (digests.length === 0) return;
    await manager.query(
      `UPDATE invitation SET secret_digest = minted.digest
         FROM unnest($1::uuid[], $2::text[]) AS minted(id, digest)
        WHERE invitation.id = minted.id`,
      [digests.map((d) => d.id), digests.map((d) => d.secretDigest)],
    );
  }

  async markUsed(manager: EntityManager, id: string, now: Date): Promise<void> {
    await manager.getRepository(InvitationEntity).update({ id }, { usedAt: now });
  }
}
