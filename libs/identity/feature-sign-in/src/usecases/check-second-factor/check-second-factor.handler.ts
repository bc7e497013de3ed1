import { Injectable } from '@nestjs/common';
import {
  checkTotp,
  looksLikeRecoveryCode,
  openFactorSecret,
  recoveryCodeDigest,
} from '@passerelle/identity/domain';
import { SecondFactorRepository, type SignInOutcome } from '@passerelle/identity/data-access';
import { FactorKeys } from '../../factor-keys';
import { FactorAttempts } from '../factor-attempts';
import type { CheckSecondFactorCommand } from './check-second-factor.command';

/** How the second factor was passed: the `amr` values (RFC 8176) of the sign-in. */
export type CheckSecondFactorResult = { ok: true; amr: string[] } | { ok: false };

/**
 * The second step of signing in to an account with a confirmed factor: a code from the app (its
 * time step spent, so it cannot be played again) or a recovery code (spent too).
 */
@Injectable()
export class CheckSecondFactorHandler {
  constructor(
    private readonly factors: SecondFactorRepository,
    private readonly attempts: FactorAttempts,
    private readonly keys: FactorKeys,
  ) {}

  async execute(command: CheckSecondFactorCommand): Promise<CheckSecondFactorResult> {
    const ok = await this.attempts.attempt(command, async (account): Promise<SignInOutcome> => {
      const factor = await this.factors.findByAccount(account.id);
      if (!factor?.confirmedAt) return 'factor_failed';
      const { now } = command;
      if (looksLikeRecoveryCode(command.code)) {
        const digest = recoveryCodeDigest(command.code, this.keys.recoveryCodes);
        if (!(await this.factors.useRecoveryCode(account.id, digest, now))) return 'factor_failed';
        return 'recovery_code_used';
      }
      const secret = openFactorSecret(factor.sealedSecret, this.keys.sealing, account.id);
      const check = checkTotp({ secret, code: command.code, now, lastUsedStep: factor.lastUsedStep });
      if (!check.ok) return check.reason === 'replayed' ? 'factor_replayed' : 'factor_failed';
      // Spent atomically: of two requests racing with one code, one wins.
      if (!(await this.factors.useStep(account.id, check.step, now))) return 'factor_replayed';
      return 'signed_in';
    });
    // A recovery code is a one-time password too (RFC 8176 has no value of its own for it).
    return ok ? { ok: true, amr: ['pwd', 'otp'] } : { ok: false };
  }
}
