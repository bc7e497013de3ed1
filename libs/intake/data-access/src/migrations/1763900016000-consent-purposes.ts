import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent gets a purpose: the privacy notice (every row so far) or reminders by text message,
 * whose row keeps the mobile number the person agreed to be texted at.
 */
export class ConsentPurposes1763900016000 implements MigrationInterface {
  name = 'ConsentPurposes1763900016000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "consent" ADD COLUMN "purpose" text NOT NULL DEFAULT 'privacy_notice'`,
    );
    await queryRunner.query(`ALTER TABLE "consent" ALTER COLUMN "purpose" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "consent" ADD COLUMN "mobile" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "consent" WHERE "purpose" <> 'privacy_notice'`);
    await queryRunner.query(`ALTER TABLE "consent" DROP COLUMN "mobile"`);
    await queryRunner.query(`ALTER TABLE "consent" DROP COLUMN "purpose"`);
  }
}
