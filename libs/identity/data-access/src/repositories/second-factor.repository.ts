import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SecondFactorEntity } from '../entities/second-factor.entity';

/**
 * Accounts' second factors. Each write that spends something (a time step, a recovery code) is one
 * conditional UPDATE, so two requests racing with the same code cannot both succeed.
 */
@Injectable()
export class SecondFactorRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByAccount(accountId: string): Promise<SecondFactorEntity | null> {
    return this.dataSource.getRepository(SecondFactorEntity).findOneBy({ accountId });
  }

  /**
   * Starts setting up a factor with a new sealed secret, replacing one not yet confirmed; a
   * confirmed factor is left as it is. True when the new secret was stored.
   */
  async beginEnrolment(accountId: string, sealedSecret: string, now: Date): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO second_factor
         (account_id, sealed_secret, confirmed_at, last_used_step, recovery_code_digests, created_at, updated_at)
       VALUES ($1, $2, NULL, NULL, '{}', $3, $3)
       ON CONFLICT (account_id) DO UPDATE
         SET sealed_secret = EXCLUDED.sealed_secret, last_used_step = NULL, updated_at = EXCLUDED.updated_at
         WHERE second_factor.confirmed_at IS NULL
       RETURNING account_id`,
      [accountId, sealedSecret, now],
    );
    return rows.length === 1;
  }

  /** Confirms a factor being set up with the step of its first code and the recovery codes' digests. */
  async confirm(accountId: string, step: number, recoveryCodeDigests: string[], now: Date): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(SecondFactorEntity)
      .set({ confirmedAt: now, lastUsedStep: step, recoveryCodeDigests, updatedAt: now })
      .where('account_id = :accountId AND confirmed_at IS NULL', { accountId })
      .execute();
    return result.affected === 1;
  }

  /** Spends a time step: false when it, or a later one, was already used (a replay). */
  async useStep(accountId: string, step: number, now: Date): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(SecondFactorEntity)
      .set({ lastUsedStep: step, updatedAt: now })
      .where('account_id = :accountId AND confirmed_at IS NOT NULL', { accountId })
      .andWhere('(last_used_step IS NULL OR last_used_step < :step)', { step })
      .execute();
    return result.affected === 1;
  }

  /** Spends a recovery code: false when no unused code has this digest. */
  async useRecoveryCode(accountId: string, digest: string, now: Date): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(SecondFactorEntity)
      .set({ recoveryCodeDigests: () => 'array_remove(recovery_code_digests, :digest)', updatedAt: now })
      .where('account_id = :accountId AND confirmed_at IS NOT NULL', { accountId })
      .andWhere(':digest = ANY (recovery_code_digests)', { digest })
      .execute();
    return result.affected === 1;
  }
}
