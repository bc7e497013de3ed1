import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Instruments as data, ROME reference tables, and the session's life: answers, profile, debrief,
 * audit of confidential reads, and the projections from intake and matching.
 */
export class AssessmentSessionsAndInstruments1763900014000 implements MigrationInterface {
  name = 'AssessmentSessionsAndInstruments1763900014000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Defaults only to fill rows that may exist, then dropped: the code always writes these.
    await queryRunner.query(`
      ALTER TABLE "assessment"
        ADD COLUMN "instrument_version" text,
        ADD COLUMN "assigned_by" text NOT NULL DEFAULT 'coach',
        ADD COLUMN "assigned_by_coach_id" uuid,
        ADD COLUMN "milestone_id" uuid,
        ADD COLUMN "target_occupation_codes" text[] NOT NULL DEFAULT '{}',
        ADD COLUMN "submitted_at" timestamptz,
        ADD COLUMN "released_at" timestamptz,
        ADD COLUMN "updated_at" timestamptz NOT NULL DEFAULT now()`);
    await queryRunner.query(`
      ALTER TABLE "assessment"
        ALTER COLUMN "assigned_by" DROP DEFAULT,
        ALTER COLUMN "target_occupation_codes" DROP DEFAULT,
        ALTER COLUMN "updated_at" DROP DEFAULT`);
    await queryRunner.query(`CREATE UNIQUE INDEX "assessment_milestone" ON "assessment" ("milestone_id")`);

    await queryRunner.query(`
      CREATE TABLE "instrument" (
        "id" uuid PRIMARY KEY,
        "code" text NOT NULL,
        "version" text NOT NULL,
        "kind" text NOT NULL,
        "title" jsonb NOT NULL,
        "response_format" jsonb NOT NULL,
        "scales" jsonb NOT NULL,
        "scoring" text NOT NULL,
        "languages" text[] NOT NULL,
        "source" text NOT NULL,
        "imported_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "instrument_code_version" ON "instrument" ("code", "version")`,
    );
    await queryRunner.query(`
      CREATE TABLE "instrument_item" (
        "instrument_id" uuid NOT NULL,
        "item_id" text NOT NULL,
        "scale" text,
        "position" integer NOT NULL,
        "text" jsonb NOT NULL,
        PRIMARY KEY ("instrument_id", "item_id")
      )`);

    await queryRunner.query(`
      CREATE TABLE "rome_occupation" ("code" text PRIMARY KEY, "title" text NOT NULL, "source" text NOT NULL)`);
    await queryRunner.query(`
      CREATE TABLE "rome_skill" ("code" text PRIMARY KEY, "label" text NOT NULL, "category" text NOT NULL)`);
    await queryRunner.query(`
      CREATE TABLE "rome_occupation_skill" (
        "occupation_code" text NOT NULL,
        "skill_code" text NOT NULL,
        "core" boolean NOT NULL,
        PRIMARY KEY ("occupation_code", "skill_code")
      )`);
    await queryRunner.query(
      `CREATE INDEX "rome_occupation_skill_skill" ON "rome_occupation_skill" ("skill_code")`,
    );

    await queryRunner.query(`
      CREATE TABLE "assessment_skill_item" (
        "assessment_id" uuid NOT NULL,
        "skill_code" text NOT NULL,
        "candidate_id" uuid NOT NULL,
        "label" text NOT NULL,
        "occupation_code" text NOT NULL,
        "position" integer NOT NULL,
        PRIMARY KEY ("assessment_id", "skill_code")
      )`);
    await queryRunner.query(`
      CREATE TABLE "assessment_answer" (
        "assessment_id" uuid NOT NULL,
        "item_id" text NOT NULL,
        "candidate_id" uuid NOT NULL,
        "value" smallint NOT NULL,
        "answered_at" timestamptz NOT NULL,
        PRIMARY KEY ("assessment_id", "item_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "assessment_free_skill" (
        "assessment_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "candidate_id" uuid NOT NULL,
        "label" text NOT NULL,
        "rating" smallint NOT NULL,
        PRIMARY KEY ("assessment_id", "position")
      )`);
    await queryRunner.query(`
      CREATE TABLE "assessment_profile" (
        "assessment_id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "holland_code" text,
        "result" jsonb NOT NULL,
        "computed_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "assessment_debrief" (
        "assessment_id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "coach_id" uuid NOT NULL,
        "notes" text NOT NULL,
        "debriefed_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "confidential_read" (
        "id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "assessment_id" uuid NOT NULL,
        "what" text NOT NULL,
        "reader_role" text NOT NULL,
        "reader_subject" text NOT NULL,
        "read_at" timestamptz NOT NULL
      )`);
    for (const table of [
      'assessment_skill_item',
      'assessment_answer',
      'assessment_free_skill',
      'assessment_profile',
      'assessment_debrief',
      'confidential_read',
    ]) {
      await queryRunner.query(`CREATE INDEX "${table}_candidate" ON "${table}" ("candidate_id")`);
    }
    await queryRunner.query(`
      CREATE TABLE "candidate_background" (
        "candidate_id" uuid PRIMARY KEY,
        "former_occupation_code" text,
        "languages" text[] NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "suggested_occupation" (
        "candidate_id" uuid NOT NULL,
        "occupation_code" text NOT NULL,
        "rank" integer NOT NULL,
        "proximity" text NOT NULL,
        "computed_at" timestamptz NOT NULL,
        PRIMARY KEY ("candidate_id", "occupation_code")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'suggested_occupation',
      'candidate_background',
      'confidential_read',
      'assessment_debrief',
      'assessment_profile',
      'assessment_free_skill',
      'assessment_answer',
      'assessment_skill_item',
      'rome_occupation_skill',
      'rome_skill',
      'rome_occupation',
      'instrument_item',
      'instrument',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
    await queryRunner.query(`DROP INDEX "assessment_milestone"`);
    await queryRunner.query(`
      ALTER TABLE "assessment"
        DROP COLUMN "instrument_version",
        DROP COLUMN "assigned_by",
        DROP COLUMN "assigned_by_coach_id",
        DROP COLUMN "milestone_id",
        DROP COLUMN "target_occupation_codes",
        DROP COLUMN "submitted_at",
        DROP COLUMN "released_at",
        DROP COLUMN "updated_at"`);
  }
}
