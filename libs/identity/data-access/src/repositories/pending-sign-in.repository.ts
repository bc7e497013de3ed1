import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { OidcRecordEntity } from '../entities/oidc-record.entity';

/** Where a sign-in stands once the password was right and a second factor is still to come. */
export interface PendingSignIn {
  accountId: string;
  /** `code`: a code or a recovery code is asked; `enrol`: the person is setting up a factor. */
  step: 'code' | 'enrol';
}

/** Kept beside the provider's records, so erasure (by accountId) and expiry treat it as theirs. */
const MODEL = 'PendingSignIn';

/**
 * A sign-in half done, kept on the server under the interaction's uid and expiring with it: the
 * browser holds nothing that says the password was right, and a new interaction starts over.
 */
@Injectable()
export class PendingSignInRepository {
  constructor(private readonly dataSource: DataSource) {}

  async save(uid: string, pending: PendingSignIn, expiresAt: Date): Promise<void> {
    await this.dataSource.getRepository(OidcRecordEntity).upsert(
      {
        model: MODEL,
        id: uid,
        payload: { ...pending },
        grantId: null,
        uid,
        userCode: null,
        expiresAt,
        consumedAt: null,
      } as QueryDeepPartialEntity<OidcRecordEntity>,
      ['model', 'id'],
    );
  }

  async find(uid: string, now: Date): Promise<PendingSignIn | null> {
    const row = await this.dataSource.getRepository(OidcRecordEntity).findOneBy({ model: MODEL, id: uid });
    if (!row || !row.expiresAt || row.expiresAt <= now) return null;
    const { accountId, step } = row.payload;
    return typeof accountId === 'string' && (step === 'code' || step === 'enrol')
      ? { accountId, step }
      : null;
  }

  async clear(uid: string): Promise<void> {
    await this.dataSource.getRepository(OidcRecordEntity).delete({ model: MODEL, id: uid });
  }
}
