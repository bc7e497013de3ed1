import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The HR file's service column (decision 0039): kept on the person, as the file writes it, so a
 * correction file that changes it is told to matching.
 */
export class CandidateService1766100000100 implements MigrationInterface {
  name = 'CandidateService1766100000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "candidate" ADD COLUMN "service" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "candidate" DROP COLUMN "service"`);
  }
}
