import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AccountAuditEntity } from '../entities/account-audit.entity';
import { AccountNotOpenedEntity } from '../entities/account-not-opened.entity';
import { AccountEntity } from '../entities/account.entity';
import { CandidateFollowEntity } from '../entities/candidate-follow.entity';
import { InvitationEntity } from '../entities/invitation.entity';
import { SecondFactorEntity } from '../entities/second-factor.entity';
import { SignInAttemptEntity } from '../entities/sign-in-attempt.entity';

/**
 * A person's data as identity holds it (GDPR access): their account and what happened to it. Secrets
 * stay out (the password's digest, an invitation's, a second factor's sealed secret and recovery
 * codes): they are not information about the person, and an export must never help sign in.
 */
@Injectable()
export class IdentityPersonalDataRepository {
  constructor(private readonly dataSource: DataSource) {}

  async sections(candidateId: string): Promise<Record<string, object[]>> {
    const manager = this.dataSource.manager;
    const accounts = await manager.findBy(AccountEntity, { candidateId });
    const accountIds = accounts.map((account) => account.id);
    const [invitations, factors, attempts, audit, follow, notOpened] = await Promise.all([
      manager.find(InvitationEntity, { where: { accountId: In(accountIds) }, order: { issuedAt: 'ASC' } }),
      manager.findBy(SecondFactorEntity, { accountId: In(accountIds) }),
      manager.find(SignInAttemptEntity, {
        where: { accountId: In(accountIds) },
        order: { attemptedAt: 'ASC' },
      }),
      manager.find(AccountAuditEntity, { where: { accountId: In(accountIds) }, order: { at: 'ASC' } }),
      manager.findBy(CandidateFollowEntity, { candidateId }),
      manager.findBy(AccountNotOpenedEntity, { candidateId }),
    ]);
    return {
      account: accounts.map((account) => ({
        id: account.id,
        email: account.email,
        displayName: account.displayName,
        role: account.role,
        status: account.status,
        language: account.language,
        passwordSet: account.passwordHash !== null,
        failedSignIns: account.failedSignIns,
        lockedUntil: account.lockedUntil,
        createdAt: account.createdAt,
        updatedAt: account.updatedAt,
      })),
      invitations: invitations.map((invitation) => ({
        id: invitation.id,
        purpose: invitation.purpose,
        issuedAt: invitation.issuedAt,
        expiresAt: invitation.expiresAt,
        usedAt: invitation.usedAt,
        supersededAt: invitation.supersededAt,
      })),
      secondFactor: factors.map((factor) => ({
        confirmedAt: factor.confirmedAt,
        createdAt: factor.createdAt,
        updatedAt: factor.updatedAt,
      })),
      signInAttempts: attempts.map((attempt) => ({
        id: attempt.id,
        sourceAddress: attempt.sourceAddress,
        outcome: attempt.outcome,
        attemptedAt: attempt.attemptedAt,
      })),
      accountAudit: audit,
      coachFollowing: follow,
      // Why no account was opened (decision 0048); never which other account holds the address.
      accountNotOpened: notOpened.map((row) => ({
        reason: row.reason,
        officeIds: row.officeIds,
        since: row.firstSeenAt,
        lastSeenAt: row.lastSeenAt,
      })),
    };
  }
}
