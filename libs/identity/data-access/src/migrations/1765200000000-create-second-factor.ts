import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff's second factor (TOTP): the sealed secret, its confirmation, replay guard, recovery codes. */
export class CreateSecondFactor1765200000000 implements MigrationInterface {
  name = 'CreateSecondFactor1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "second_factor" (
        "account_id" uuid PRIMARY KEY,
        "sealed_secret" text NOT NULL,
        "confirmed_at" timestamptz,
        "last_used_step" integer,
        "recovery_code_digests" text[] NOT NULL,
        "created_at" timestamptz NOT NULL,
        "updated_at" timestamptz NOT NULL,
        CONSTRAINT "second_factor_account" FOREIGN KEY ("account_id")
          REFERENCES "account" ("id") ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "second_factor"`);
  }
}
