import { Logger } from '@nestjs/common';
import { Counter } from 'prom-client';
import { metricsRegistry } from '@passerelle/shared/observability';

/** Enrolled people left without an account because their address is another account's (decision 0048). */
export const accountsNotOpened = new Counter({
  name: 'passerelle_identity_accounts_not_opened_total',
  help: 'Enrolments that opened no account because the address is already another account’s sign-in name',
  labelNames: ['reason'],
  registers: [metricsRegistry],
});

const logger = new Logger('AccountsNotOpened');

/** The warning (ids only) and the metric for each person found without an account. */
export function reportNotOpened(found: readonly { candidateId: string; heldByAccountId: string }[]): void {
  for (const { candidateId, heldByAccountId } of found) {
    logger.warn(
      `candidate ${candidateId}: the address intake holds is account ${heldByAccountId}'s sign-in name; no account opened, listed for ops (accountsNotOpened)`,
    );
  }
  if (found.length > 0) accountsNotOpened.inc({ reason: 'email_taken' }, found.length);
}
