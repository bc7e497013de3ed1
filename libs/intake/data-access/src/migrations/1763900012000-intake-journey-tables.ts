import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Programme terms, diagnostics and their overrides, the audit of confidential reads, the coach
 * caseload, outcomes and valid job offers, consent, and the record of erasures.
 */
export class IntakeJourneyTables1763900012000 implements MigrationInterface {
  name = 'IntakeJourneyTables1763900012000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "programme"
        ADD COLUMN "status" text NOT NULL DEFAULT 'draft',
        ADD COLUMN "type" text,
        ADD COLUMN "sites" text[] NOT NULL DEFAULT '{}',
        ADD COLUMN "headcount" integer,
        ADD COLUMN "start_date" date,
        ADD COLUMN "duration_months" integer,
        ADD COLUMN "session_budget_per_person" integer,
        ADD COLUMN "outcome_targets" jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN "amended_at" timestamptz,
        ADD COLUMN "closed_at" timestamptz`);
    await queryRunner.query(`
      CREATE TABLE "diagnostic" (
        "id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "programme_id" uuid NOT NULL,
        "questionnaire_version" text NOT NULL,
        "answers" jsonb NOT NULL,
        "status" text NOT NULL,
        "started_at" timestamptz NOT NULL,
        "updated_at" timestamptz NOT NULL,
        "submitted_at" timestamptz,
        "rules_track" text,
        "track" text,
        "track_source" text,
        "reason_codes" text[] NOT NULL,
        "distress_flag" boolean NOT NULL,
        "distress_codes" text[] NOT NULL,
        CONSTRAINT "UQ_diagnostic_candidate_id" UNIQUE ("candidate_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "track_override" (
        "id" uuid PRIMARY KEY,
        "diagnostic_id" uuid NOT NULL,
        "candidate_id" uuid NOT NULL,
        "coach_id" uuid NOT NULL,
        "actor_subject" text NOT NULL,
        "from_track" text NOT NULL,
        "to_track" text NOT NULL,
        "reason" text NOT NULL,
        "overridden_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "track_override_candidate" ON "track_override" ("candidate_id")`);
    await queryRunner.query(`
      CREATE TABLE "confidential_read" (
        "id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "actor_subject" text NOT NULL,
        "actor_role" text NOT NULL,
        "what" text NOT NULL,
        "read_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "confidential_read_candidate" ON "confidential_read" ("candidate_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "caseload_assignment" (
        "candidate_id" uuid PRIMARY KEY,
        "coach_id" uuid NOT NULL,
        "assigned_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "caseload_assignment_coach" ON "caseload_assignment" ("coach_id")`);
    await queryRunner.query(`
      CREATE TABLE "outcome" (
        "id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "programme_id" uuid NOT NULL,
        "category" text NOT NULL,
        "outcome_date" date NOT NULL,
        "employer_name" text,
        "job_title" text,
        "occupation_code" text,
        "contract_months" integer,
        "full_time" boolean,
        "corrects_outcome_id" uuid,
        "correction_reason" text,
        "superseded" boolean NOT NULL,
        "recorded_by" text NOT NULL,
        "recorded_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "outcome_candidate" ON "outcome" ("candidate_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "outcome_current_per_candidate" ON "outcome" ("candidate_id") WHERE NOT superseded`,
    );
    await queryRunner.query(`
      CREATE TABLE "valid_job_offer" (
        "id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "programme_id" uuid NOT NULL,
        "employer_name" text NOT NULL,
        "job_title" text NOT NULL,
        "occupation_code" text,
        "contract_type" text NOT NULL,
        "offered_on" date NOT NULL,
        "decision" text NOT NULL,
        "decision_reason" text,
        "logged_by" text NOT NULL,
        "logged_at" timestamptz NOT NULL,
        "decided_at" timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX "valid_job_offer_candidate" ON "valid_job_offer" ("candidate_id")`);
    await queryRunner.query(`
      CREATE TABLE "consent" (
        "id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "notice_version" text NOT NULL,
        "granted" boolean NOT NULL,
        "recorded_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "consent_candidate" ON "consent" ("candidate_id")`);
    await queryRunner.query(`
      CREATE TABLE "candidate_erasure" (
        "candidate_id" uuid PRIMARY KEY,
        "erased_at" timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "candidate_erasure"`);
    await queryRunner.query(`DROP TABLE "consent"`);
    await queryRunner.query(`DROP TABLE "valid_job_offer"`);
    await queryRunner.query(`DROP TABLE "outcome"`);
    await queryRunner.query(`DROP TABLE "caseload_assignment"`);
    await queryRunner.query(`DROP TABLE "confidential_read"`);
    await queryRunner.query(`DROP TABLE "track_override"`);
    await queryRunner.query(`DROP TABLE "diagnostic"`);
    await queryRunner.query(`
      ALTER TABLE "programme"
        DROP COLUMN "closed_at",
        DROP COLUMN "amended_at",
        DROP COLUMN "outcome_targets",
        DROP COLUMN "session_budget_per_person",
        DROP COLUMN "duration_months",
        DROP COLUMN "start_date",
        DROP COLUMN "headcount",
        DROP COLUMN "sites",
        DROP COLUMN "type",
        DROP COLUMN "status"`);
  }
}
