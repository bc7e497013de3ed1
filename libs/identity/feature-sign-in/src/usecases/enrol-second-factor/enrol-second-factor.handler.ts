import { Injectable } from '@nestjs/common';
import {
  checkTotp,
  newRecoveryCodes,
  newTotpSecret,
  openFactorSecret,
  recoveryCodeDigest,
  sealFactorSecret,
  totpUri,
} from '@passerelle/identity/domain';
import { AccountRepository, SecondFactorRepository } from '@passerelle/identity/data-access';
import { FactorKeys } from '../../factor-keys';
import { FactorAttempts } from '../factor-attempts';
import type { EnrolSecondFactorCommand } from './enrol-second-factor.command';

/** What an authenticator app needs: the secret to type, or the URI its camera reads. */
export interface FactorSetup {
  secret: string;
  uri: string;
}

export type EnrolSecondFactorResult = { ok: true; recoveryCodes: string[] } | { ok: false };

/** The name authenticator apps show the codes under. */
export const TOTP_ISSUER = 'Passerelle';

/**
 * Setting up a second factor while signing in (staff who must have one and have none): a new
 * secret for each setup, confirmed by a first right code, which also signs the person in and
 * gives them their recovery codes, shown this once.
 */
@Injectable()
export class EnrolSecondFactorHandler {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly factors: SecondFactorRepository,
    private readonly attempts: FactorAttempts,
    private readonly keys: FactorKeys,
  ) {}

  /** A new secret for the account, replacing one set up but never confirmed. */
  async begin(accountId: string, now: Date): Promise<void> {
    const sealed = sealFactorSecret(newTotpSecret(), this.keys.sealing, accountId);
    await this.factors.beginEnrolment(accountId, sealed, now);
  }

  /** The secret being set up, to show again (a page reloaded); null when there is none. */
  async setup(accountId: string): Promise<FactorSetup | null> {
    const [account, factor] = await Promise.all([
      this.accounts.findById(accountId),
      this.factors.findByAccount(accountId),
    ]);
    if (!account || !factor || factor.confirmedAt) return null;
    const secret = openFactorSecret(factor.sealedSecret, this.keys.sealing, accountId);
    return { secret, uri: totpUri(secret, { issuer: TOTP_ISSUER, label: account.email }) };
  }

  /** Confirms the factor with a first code; the recovery codes in clear, never stored so. */
  async execute(command: EnrolSecondFactorCommand): Promise<EnrolSecondFactorResult> {
    const recoveryCodes = newRecoveryCodes();
    const ok = await this.attempts.attempt(command, async (account) => {
      const factor = await this.factors.findByAccount(account.id);
      if (!factor || factor.confirmedAt) return 'factor_failed';
      const secret = openFactorSecret(factor.sealedSecret, this.keys.sealing, account.id);
      const check = checkTotp({ secret, code: command.code, now: command.now, lastUsedStep: null });
      if (!check.ok) return 'factor_failed';
      const digests = recoveryCodes.map((code) => recoveryCodeDigest(code, this.keys.recoveryCodes));
      const confirmed = await this.factors.confirm(account.id, check.step, digests, command.now);
      return confirmed ? 'factor_enrolled' : 'factor_failed';
    });
    return ok ? { ok: true, recoveryCodes } : { ok: false };
  }
}
