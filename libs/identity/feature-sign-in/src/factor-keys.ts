import { hkdfSync } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG, type IdentityConfig } from '@passerelle/shared/config';

/**
 * The keys the second factor uses, from IDENTITY_FACTOR_KEY: one seals TOTP secrets, another
 * (derived, so no key serves two purposes) keys the recovery codes' digests.
 */
@Injectable()
export class FactorKeys {
  readonly sealing: Buffer;
  readonly recoveryCodes: Buffer;

  constructor(@Inject(SERVICE_CONFIG) config: IdentityConfig) {
    this.sealing = config.IDENTITY_FACTOR_KEY;
    this.recoveryCodes = Buffer.from(
      hkdfSync('sha256', config.IDENTITY_FACTOR_KEY, '', 'passerelle identity recovery codes', 32),
    );
  }
}
