import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-ins waiting for a firm's provider to answer (state, PKCE verifier, nonce), for minutes. */
export class FederatedSignIn1765300000000 implements MigrationInterface {
  name = 'FederatedSignIn1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "federated_sign_in" (
        "state" text PRIMARY KEY,
        "interaction_uid" text NOT NULL,
        "provider_id" text NOT NULL,
        "code_verifier" text NOT NULL,
        "nonce" text NOT NULL,
        "expires_at" timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "federated_sign_in"`);
  }
}
