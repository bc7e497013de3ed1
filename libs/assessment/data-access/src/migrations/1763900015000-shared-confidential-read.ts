import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The confidential-read log takes the shape every service shares (shared/database). */
export class SharedConfidentialRead1763900015000 implements MigrationInterface {
  name = 'SharedConfidentialRead1763900015000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "confidential_read" RENAME COLUMN "assessment_id" TO "about_id"`);
    await queryRunner.query(`ALTER TABLE "confidential_read" ALTER COLUMN "about_id" DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "confidential_read" ALTER COLUMN "about_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "confidential_read" RENAME COLUMN "about_id" TO "assessment_id"`);
  }
}
