import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each occupation's usual entry level (read from ROME's "accès au métier" text, 2 = no diploma
 * asked ... 8 = doctorate); whether a skill is general by ROME's category (soft skill, transverse
 * know-how, workplace rules) or a certification; each recommendation's level step and its explanation in English.
 */
export class QualificationLevelAndExplanationEn1765900000000 implements MigrationInterface {
  name = 'QualificationLevelAndExplanationEn1765900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "occupation"
        ADD COLUMN "entry_level" smallint CHECK ("entry_level" BETWEEN 2 AND 8)`);
    await queryRunner.query(`
      ALTER TABLE "skill"
        ADD COLUMN "general" boolean NOT NULL DEFAULT false,
        ADD COLUMN "certification" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`
      ALTER TABLE "occupation_recommendation"
        ADD COLUMN "explanation_en" text NOT NULL DEFAULT '',
        ADD COLUMN "level_step" smallint`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "occupation_recommendation" DROP COLUMN "explanation_en", DROP COLUMN "level_step"`,
    );
    await queryRunner.query(`ALTER TABLE "skill" DROP COLUMN "general", DROP COLUMN "certification"`);
    await queryRunner.query(`ALTER TABLE "occupation" DROP COLUMN "entry_level"`);
  }
}
