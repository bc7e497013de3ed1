import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The target occupations of the person's validated professional project (career's ProjectValidated
 * and ProjectChanged), and the version they came from: they drive the person's job leads.
 */
export class ProfileProjectTargets1766040000000 implements MigrationInterface {
  name = 'ProfileProjectTargets1766040000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "candidate_profile"
        ADD COLUMN "project_target_codes" text[] NOT NULL DEFAULT '{}',
        ADD COLUMN "project_version" integer`);
    await queryRunner.query(
      `CREATE INDEX "candidate_profile_project_target_codes" ON "candidate_profile" USING gin ("project_target_codes")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "candidate_profile_project_target_codes"`);
    await queryRunner.query(
      `ALTER TABLE "candidate_profile" DROP COLUMN "project_target_codes", DROP COLUMN "project_version"`,
    );
  }
}
