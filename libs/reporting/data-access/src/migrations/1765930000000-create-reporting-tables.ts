import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reporting's read model: programmes, people (coarse categories only), status changes, outcomes, offers, sessions. */
export class CreateReportingTables1765930000000 implements MigrationInterface {
  name = 'CreateReportingTables1765930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "reporting_programme" (
        "programme_id" uuid PRIMARY KEY,
        "sponsor_id" uuid NOT NULL,
        "office_ids" uuid[] NOT NULL,
        "headcount" integer NOT NULL,
        "outcome_targets" jsonb NOT NULL,
        "status" text NOT NULL,
        "terms_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "reporting_person" (
        "person_key" uuid PRIMARY KEY,
        "programme_id" uuid,
        "enrolled_at" timestamptz,
        "site" text,
        "age_band" text,
        "sex" text,
        "socio_professional_category" text,
        "seniority_band" text,
        "diagnosed_at" timestamptz,
        "coach_assigned_at" timestamptz,
        "at_risk" boolean NOT NULL DEFAULT false,
        "milestones_reached" integer NOT NULL DEFAULT 0,
        "assessments_completed" integer NOT NULL DEFAULT 0,
        "pathway_completed_at" timestamptz,
        "erased_at" timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX "reporting_person_programme" ON "reporting_person" ("programme_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "reporting_status_change" (
        "event_id" uuid PRIMARY KEY,
        "person_key" uuid NOT NULL,
        "to_status" text NOT NULL,
        "changed_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "reporting_status_change_person" ON "reporting_status_change" ("person_key")`,
    );
    await queryRunner.query(`
      CREATE TABLE "reporting_outcome" (
        "outcome_id" uuid PRIMARY KEY,
        "person_key" uuid NOT NULL,
        "category" text NOT NULL,
        "outcome_date" date NOT NULL,
        "recorded_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "reporting_outcome_person" ON "reporting_outcome" ("person_key")`);
    await queryRunner.query(`
      CREATE TABLE "reporting_valid_job_offer" (
        "valid_job_offer_id" uuid PRIMARY KEY,
        "person_key" uuid NOT NULL,
        "decision" text NOT NULL,
        "logged_at" timestamptz NOT NULL,
        "decided_at" timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX "reporting_valid_job_offer_person" ON "reporting_valid_job_offer" ("person_key")`,
    );
    await queryRunner.query(`
      CREATE TABLE "reporting_session" (
        "session_id" uuid PRIMARY KEY,
        "person_key" uuid NOT NULL,
        "status" text NOT NULL,
        "starts_at" timestamptz NOT NULL,
        "completed_at" timestamptz,
        "reschedules" integer NOT NULL DEFAULT 0
      )`);
    await queryRunner.query(`CREATE INDEX "reporting_session_person" ON "reporting_session" ("person_key")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'reporting_session',
      'reporting_valid_job_offer',
      'reporting_outcome',
      'reporting_status_change',
      'reporting_person',
      'reporting_programme',
    ])
      await queryRunner.query(`DROP TABLE "${table}"`);
  }
}
