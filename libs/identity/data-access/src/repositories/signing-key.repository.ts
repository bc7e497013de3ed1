import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { SigningKeyEntity } from '../entities/signing-key.entity';

/** The provider's signing keys, oldest first (the newest signs; all stay in the JWKS). */
@Injectable()
export class SigningKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  all(): Promise<SigningKeyEntity[]> {
    return this.dataSource.getRepository(SigningKeyEntity).find({ order: { createdAt: 'ASC' } });
  }

  /**
   * Keeps `key` unless another replica stored one first: the first start of several replicas must
   * end with one key, not one each.
   */
  async insertFirst(key: SigningKeyEntity): Promise<SigningKeyEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('passerelle.identity.signing-key'))`);
      const existing = await manager.getRepository(SigningKeyEntity).find({ order: { createdAt: 'ASC' } });
      if (existing.length > 0) return existing;
      await manager.getRepository(SigningKeyEntity).insert(key as QueryDeepPartialEntity<SigningKeyEntity>);
      return [key];
    });
  }
}
