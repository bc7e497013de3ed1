import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, the OpenID provider's records and signing keys, and the sign-in audit. */
export class CreateIdentityTables1765000000000 implements MigrationInterface {
  name = 'CreateIdentityTables1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "account" (
        "id" uuid PRIMARY KEY,
        "email" text NOT NULL,
        "display_name" text NOT NULL,
        "role" text NOT NULL,
        "status" text NOT NULL,
        "language" text NOT NULL,
        "password_hash" text,
        "candidate_id" uuid,
        "coach_id" uuid,
        "office_ids" uuid[] NOT NULL,
        "all_offices" boolean NOT NULL,
        "sponsor_ids" uuid[] NOT NULL,
        "failed_sign_ins" integer NOT NULL,
        "locked_until" timestamptz,
        "created_at" timestamptz NOT NULL,
        "updated_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "account_email" ON "account" ("email")`);
    await queryRunner.query(`
      CREATE TABLE "oidc_record" (
        "model" text NOT NULL,
        "id" text NOT NULL,
        "payload" jsonb NOT NULL,
        "grant_id" text,
        "uid" text,
        "user_code" text,
        "expires_at" timestamptz,
        "consumed_at" timestamptz,
        PRIMARY KEY ("model", "id")
      )`);
    await queryRunner.query(`CREATE INDEX "oidc_record_grant" ON "oidc_record" ("grant_id")`);
    await queryRunner.query(`CREATE INDEX "oidc_record_uid" ON "oidc_record" ("model", "uid")`);
    await queryRunner.query(`CREATE INDEX "oidc_record_user_code" ON "oidc_record" ("model", "user_code")`);
    await queryRunner.query(`CREATE INDEX "oidc_record_expiry" ON "oidc_record" ("expires_at")`);
    await queryRunner.query(`
      CREATE TABLE "signing_key" (
        "kid" text PRIMARY KEY,
        "private_jwk" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "sign_in_attempt" (
        "id" uuid PRIMARY KEY,
        "account_id" uuid,
        "email_digest" text NOT NULL,
        "source_address" text NOT NULL,
        "outcome" text NOT NULL,
        "attempted_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "sign_in_attempt_source" ON "sign_in_attempt" ("source_address", "attempted_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "sign_in_attempt_account" ON "sign_in_attempt" ("account_id", "attempted_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sign_in_attempt"`);
    await queryRunner.query(`DROP TABLE "signing_key"`);
    await queryRunner.query(`DROP TABLE "oidc_record"`);
    await queryRunner.query(`DROP TABLE "account"`);
  }
}
