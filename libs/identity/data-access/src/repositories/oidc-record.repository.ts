import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { OidcRecordEntity } from '../entities/oidc-record.entity';

/** The OpenID provider's stored models (its adapter's storage); expired rows read as absent. */
@Injectable()
export class OidcRecordRepository {
  constructor(private readonly dataSource: DataSource) {}

  async upsert(
    model: string,
    id: string,
    payload: Record<string, unknown>,
    expiresAt: Date | null,
  ): Promise<void> {
    await this.dataSource.getRepository(OidcRecordEntity).upsert(
      {
        model,
        id,
        payload,
        grantId: typeof payload['grantId'] === 'string' ? payload['grantId'] : null,
        uid: typeof payload['uid'] === 'string' ? payload['uid'] : null,
        userCode: typeof payload['userCode'] === 'string' ? payload['userCode'] : null,
        expiresAt,
        consumedAt: null,
      } as QueryDeepPartialEntity<OidcRecordEntity>,
      ['model', 'id'],
    );
  }

  /** The payload, with `consumed` set once consumed (the provider refuses a code used twice). */
  async findBy(
    model: string,
    where: { id: string } | { uid: string } | { userCode: string },
    now: Date,
  ): Promise<Record<string, unknown> | undefined> {
    const row = await this.dataSource.getRepository(OidcRecordEntity).findOneBy({ model, ...where });
    if (!row || (row.expiresAt && row.expiresAt <= now)) return undefined;
    return row.consumedAt
      ? { ...row.payload, consumed: Math.floor(row.consumedAt.getTime() / 1000) }
      : row.payload;
  }

  async consume(model: string, id: string, now: Date): Promise<void> {
    await this.dataSource.getRepository(OidcRecordEntity).update({ model, id }, { consumedAt: now });
  }

  async destroy(model: string, id: string): Promise<void> {
    await this.dataSource.getRepository(OidcRecordEntity).delete({ model, id });
  }

  /** Everything issued under a grant (codes, access and refresh tokens): a revoked grant leaves nothing. */
  async revokeByGrantId(grantId: string): Promise<void> {
    await this.dataSource.getRepository(OidcRecordEntity).delete({ grantId });
  }
}
