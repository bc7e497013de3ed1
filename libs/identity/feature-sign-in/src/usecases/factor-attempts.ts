import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG, type ServiceConfig } from '@passerelle/shared/config';
import {
  accessTokenClaims,
  afterFailure,
  OPEN_THROTTLE,
  secondsLocked,
  type SignInThrottle,
} from '@passerelle/identity/domain';
import {
  AccountRepository,
  SignInAttemptRepository,
  type AccountEntity,
  type SignInOutcome,
} from '@passerelle/identity/data-access';
import { emailDigest } from '../email-digest';
import { addressBlocked } from './address-throttle';

/** One code typed after a right password (to sign in, or to set up the factor). */
export interface FactorAttemptCommand {
  accountId: string;
  code: string;
  sourceAddress: string;
  now: Date;
}

/**
 * What typing a code shares with typing a password: the account must still be allowed in, the
 * account's lock and the address's limit apply, a wrong code counts as a wrong password, a success
 * clears the count, and every attempt is audited in `sign_in_attempt`.
 */
@Injectable()
export class FactorAttempts {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly attempts: SignInAttemptRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  /**
   * Runs `check` for the account unless it may not sign in now (gone, disabled, locked, or its
   * address over the limit), then counts and audits its outcome. True when it was a success.
   */
  async attempt(
    command: FactorAttemptCommand,
    check: (account: AccountEntity) => Promise<SignInOutcome>,
  ): Promise<boolean> {
    const { now } = command;
    const account = await this.accounts.findById(command.accountId);
    if (!account) return false;
    const throttle: SignInThrottle = { failures: account.failedSignIns, lockedUntil: account.lockedUntil };
    let outcome: SignInOutcome;
    if (account.status !== 'active' || accessTokenClaims(account) === null) outcome = 'not_active';
    else if (
      secondsLocked(throttle, now) > 0 ||
      (await addressBlocked(this.attempts, command.sourceAddress, now))
    )
      outcome = 'locked';
    else outcome = await check(account);

    const success =
      outcome === 'signed_in' || outcome === 'factor_enrolled' || outcome === 'recovery_code_used';
    if (outcome === 'factor_failed' || outcome === 'factor_replayed') {
      await this.accounts.saveThrottle(account.id, afterFailure(throttle, now), now);
    } else if (success && throttle.failures > 0) {
      await this.accounts.saveThrottle(account.id, OPEN_THROTTLE, now);
    }
    await this.attempts.record({
      id: randomUUID(),
      accountId: account.id,
      emailDigest: emailDigest(this.config.INTERNAL_IDENTITY_SECRET, account.email),
      sourceAddress: command.sourceAddress,
      outcome,
      attemptedAt: now,
    });
    return success;
  }
}
