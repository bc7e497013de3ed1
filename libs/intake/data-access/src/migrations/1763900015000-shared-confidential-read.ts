import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The confidential-read log takes the shape every service shares (shared/database). */
export class SharedConfidentialRead1763900015000 implements MigrationInterface {
  name = 'SharedConfidentialRead1763900015000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "confidential_read" RENAME COLUMN "actor_subject" TO "reader_subject"`,
    );
    await queryRunner.query(`ALTER TABLE "confidential_read" RENAME COLUMN "actor_role" TO "reader_role"`);
    await queryRunner.query(`ALTER TABLE "confidential_read" ADD COLUMN "about_id" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "confidential_read" DROP COLUMN "about_id"`);
    await queryRunner.query(`ALTER TABLE "confidential_read" RENAME COLUMN "reader_role" TO "actor_role"`);
    await queryRunner.query(
      `ALTER TABLE "confidential_read" RENAME COLUMN "reader_subject" TO "actor_subject"`,
    );
  }
}
