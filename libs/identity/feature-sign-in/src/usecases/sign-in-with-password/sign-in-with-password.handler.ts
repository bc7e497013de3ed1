import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG, type ServiceConfig } from '@passerelle/shared/config';
import {
  accessTokenClaims,
  afterFailure,
  afterPassword,
  hashPassword,
  needsRehash,
  OPEN_THROTTLE,
  secondsLocked,
  verifyPassword,
  type AfterPassword,
} from '@passerelle/identity/domain';
import {
  AccountRepository,
  SecondFactorRepository,
  SignInAttemptRepository,
  type AccountEntity,
  type SignInOutcome,
} from '@passerelle/identity/data-access';
import { emailDigest } from '../../email-digest';
import { addressBlocked } from '../address-throttle';
import type { SignInWithPasswordCommand } from './sign-in-with-password.command';

/** After a right password: signed in, or a second factor to type (`code`) or set up (`enrol`). */
export type SignInResult = { ok: true; accountId: string; next: AfterPassword } | { ok: false };

/**
 * Checks a password. Every refusal looks the same to the caller (unknown address, wrong password,
 * locked, not yet active) and costs the same time (a password is always hashed), so the form
 * never tells whether an address has an account. Each attempt is audited.
 */
@Injectable()
export class SignInWithPasswordHandler {
  /** Hashed once: what an unknown address's password is checked against, for equal timing. */
  private readonly decoy = hashPassword(randomUUID());

  constructor(
    private readonly accounts: AccountRepository,
    private readonly attempts: SignInAttemptRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    private readonly factors: SecondFactorRepository,
  ) {}

  async execute(command: SignInWithPasswordCommand): Promise<SignInResult> {
    const { now } = command;
    const blocked = await addressBlocked(this.attempts, command.sourceAddress, now);
    const account = blocked ? null : await this.accounts.findByEmail(command.email);
    const { outcome, next } = await this.check(account, command, blocked);
    await this.attempts.record({
      id: randomUUID(),
      accountId: account?.id ?? null,
      emailDigest: emailDigest(this.config.INTERNAL_IDENTITY_SECRET, command.email),
      sourceAddress: command.sourceAddress,
      outcome,
      attemptedAt: now,
    });
    return account && next ? { ok: true, accountId: account.id, next } : { ok: false };
  }

  private async check(
    account: AccountEntity | null,
    command: SignInWithPasswordCommand,
    blocked: boolean,
  ): Promise<{ outcome: SignInOutcome; next?: AfterPassword }> {
    const { now } = command;
    const throttle = account
      ? { failures: account.failedSignIns, lockedUntil: account.lockedUntil }
      : OPEN_THROTTLE;
    // Only an active account whose role has what its tokens need may sign in.
    const passwordHash =
      account?.status === 'active' && accessTokenClaims(account) !== null ? account.passwordHash : null;
    if (blocked || !account || !passwordHash || secondsLocked(throttle, now) > 0) {
      await verifyPassword(command.password, await this.decoy);
      if (blocked) return { outcome: 'locked' };
      if (!account) return { outcome: 'unknown_account' };
      return { outcome: passwordHash ? 'locked' : 'not_active' };
    }
    if (!(await verifyPassword(command.password, passwordHash))) {
      await this.accounts.saveThrottle(account.id, afterFailure(throttle, now), now);
      return { outcome: 'wrong_password' };
    }
    if (needsRehash(passwordHash)) {
      await this.accounts.savePasswordHash(account.id, await hashPassword(command.password), now);
    }
    const factor = await this.factors.findByAccount(account.id);
    const next = afterPassword({ role: account.role, hasConfirmedFactor: Boolean(factor?.confirmedAt) });
    // With a second factor to come, the count is cleared only once it passes: a stolen password
    // must not reset the lock between guesses at the code.
    if (next !== 'signed_in') return { outcome: 'password_passed', next };
    if (throttle.failures > 0) await this.accounts.saveThrottle(account.id, OPEN_THROTTLE, now);
    return { outcome: 'signed_in', next };
  }
}
