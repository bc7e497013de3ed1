import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The employer's (or site's) NAF code is a programme term (decision 0039): matching reads a generic
 * former title with it. Programmes already running have none until ops enter it.
 */
export class ProgrammeEmployerNafCode1766100000000 implements MigrationInterface {
  name = 'ProgrammeEmployerNafCode1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programme" ADD COLUMN "employer_naf_code" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programme" DROP COLUMN "employer_naf_code"`);
  }
}
