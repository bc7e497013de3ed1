import { Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { FederatedSignInEntity } from '../entities/federated-sign-in.entity';

/** Sign-ins waiting for a firm's provider; each is taken once, and expired ones read as absent. */
@Injectable()
export class FederatedSignInRepository {
  constructor(private readonly dataSource: DataSource) {}

  async save(row: FederatedSignInEntity, now: Date): Promise<void> {
    const repository = this.dataSource.getRepository(FederatedSignInEntity);
    await repository.delete({ expiresAt: LessThan(now) });
    await repository.insert(row);
  }

  find(state: string, now: Date): Promise<FederatedSignInEntity | null> {
    return this.dataSource
      .getRepository(FederatedSignInEntity)
      .findOneBy({ state })
      .then((row) => (row && row.expiresAt > now ? row : null));
  }

  /** Takes the row: a replayed answer from the provider finds nothing. */
  async take(state: string, now: Date): Promise<FederatedSignInEntity | null> {
    const rows: FederatedSignInEntity[] = await this.dataSource
      .getRepository(FederatedSignInEntity)
      .createQueryBuilder()
      .delete()
      .where('state = :state', { state })
      .returning('*')
      .execute()
      .then((result) => (result.raw as Record<string, unknown>[]).map(fromRaw));
    const row = rows[0];
    return row && row.expiresAt > now ? row : null;
  }
}

function fromRaw(raw: Record<string, unknown>): FederatedSignInEntity {
  return {
    state: raw['state'] as string,
    interactionUid: raw['interaction_uid'] as string,
    providerId: raw['provider_id'] as string,
    codeVerifier: raw['code_verifier'] as string,
    nonce: raw['nonce'] as string,
    expiresAt: new Date(raw['expires_at'] as string),
  };
}
