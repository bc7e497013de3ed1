import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Clock } from '@passerelle/shared/clock';
import type { OidcRecordRepository } from '@passerelle/identity/data-access';

/**
 * The provider's storage in PostgreSQL (its adapter contract: one instance per model name, such as
 * `Session`, `AuthorizationCode` or `RefreshToken`), so sessions and grants survive a restart and
 * are shared by every replica.
 */
export function postgresAdapter(records: OidcRecordRepository, clock: Clock): new (model: string) => Adapter {
  return class PostgresOidcAdapter implements Adapter {
    constructor(private readonly model: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      const expiresAt = expiresIn ? new Date(clock.now().getTime() + expiresIn * 1000) : null;
      await records.upsert(this.model, id, payload as Record<string, unknown>, expiresAt);
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      return (await records.findBy(this.model, { id }, clock.now())) as AdapterPayload | undefined;
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return (await records.findBy(this.model, { uid }, clock.now())) as AdapterPayload | undefined;
    }

    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return (await records.findBy(this.model, { userCode }, clock.now())) as AdapterPayload | undefined;
    }

    async consume(id: string): Promise<void> {
      await records.consume(this.model, id, clock.now());
    }

    async destroy(id: string): Promise<void> {
      await records.destroy(this.model, id);
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      await records.revokeByGrantId(grantId);
    }
  };
}
